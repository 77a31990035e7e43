// The engine's one entry point: the app, the CLI's commands and the behaviour tests import the engine
// through this file only. Parts the app's first screen does not need are also offered as lazy loaders
// (`load…Module`), so a bundler splits them into their own chunks.

export * from './types.ts';
export {
  clampMood, guardHolds, resolveTarget, endingAt, walkPath, walkMoves, takeMove, positionAfter, startPosition, isSilence, isTyped, deadAirMood,
  DEFAULT_DEAD_AIR_MOOD, FALLBACK_CHOICE_ID, isTypedRefusal,
} from './path/walk.ts';
export type { PathStep, PathError, WalkedPath, Walk, Position, TypedReader, TypedReading, TypedRefusal } from './path/walk.ts';
export { runPath, turnOf } from './run/run-path.ts';
export type { PathRun, RunStep, RunOptions, FindingRecord } from './run/run-path.ts';
export { compileScenario, TURN_LIMIT_STATE } from './compile/compile-scenario.ts';
export type { CallContext, CallEvent } from './compile/compile-scenario.ts';
export { createGrader, gradePath, gradeRun } from './grade/grade-path.ts';
export { insteadForTurn } from './grade/instead-for-turn.ts';
export type { Grader } from './grade/grade-path.ts';
export type { GradeResult, Scorecard, ScorecardViolation, ScorecardCredit, RuleSummary, Instead } from './grade/scorecard.ts';
export { formatScorecard, formatPathError } from './grade/format-scorecard.ts';
export { BASE_SCORE, CREDIT_POINTS, SEVERITY_POINTS, clampScore, finishStates, initStates, pointsOf, resolveRules, stepStates, type ActiveRule } from './rules/run.ts';
export type { Rule, RuleFinding, RuleState, RuleTexts, Turn, Citation, PathEnd, FindingParams, AdviceContext } from './rules/types.ts';
export { findingText, localize, ruleAdvice, ruleTitle } from './rules/texts.ts';
export { DEFAULT_PROFILE, REASSURANCE_PROFILE, PROFILES, PROFILE_IDS, resolveProfile, withExamOverrides, checkOverrides, type Profile } from './rules/profiles.ts';
export { ALL_RULES, RULE_IDS } from './rules/index.ts';
export { loadScenario, loadScenarioBytes } from './load/load-scenario.ts';
export { analyzeScenario } from './analyze/analyze-scenario.ts';
export type { Analysis } from './analyze/types.ts';
export { analyzeReply, detectLocale } from './text/analyze-reply.ts';
export { readScenarioReplies, findDoubts, describeDoubt, DOUBT_CODES } from './text/readings.ts';
export type { Doubt, DoubtCode, ReplyReading } from './text/readings.ts';
export { lintScenario } from './lint/lint-scenario.ts';
export { moodDeltaFor, moodEffectsOf, MOOD_TABLE, MAX_MOOD_STEP, type MoodEffect } from './mood/mood-model.ts';
export { formatProblem, formatProblemLine } from './format-problem.ts';
export { makeProblem, placeProblem, type Place, type UnplacedProblem } from './messages/make-problem.ts';
export type { Fmt, LocaleStyle, Wordings } from './messages/format.ts';
export { readTyped, readTypedReply, rankChoices, isNear, checkTypedText, tidyTypedText, NEAR_DISTANCE, NEAR_WORDING } from './typed/read-typed.ts';
export { findTranscripts, collectCandidates, type FoundTranscript, type Candidate, type CandidateSet } from './typed/candidates.ts';
export { featureDistance, sharedFeatures, readingKey, wordingUnits, wordingSimilarity } from './typed/closeness.ts';
export type { TypedMatch, TypedReport } from './typed/read-typed.ts';
export { typedProblemText, type TypedProblemParams } from './typed/typed-texts.ts';
export { MAX_TYPED_CHARS } from './typed/limits.ts';

/** Load the scenario loader (YAML parser + schema) on demand: the app needs it only for opened files. */
export const loadLoaderModule = () => import('./load/load-scenario.ts');
/** Load the reply analyzer on demand: the app needs it only for opened files and typed replies. */
export const loadTextModule = () => import('./text/analyze-reply.ts');
/** Load the grader on demand: the app needs it only when a call ends. */
export const loadGradeModule = () => import('./grade/grade-path.ts');
/** Load the problem wording tables on demand: the app needs them only to show a broken file's problems. */
export const loadProblemFormatModule = () => import('./format-problem.ts');
/** Load the path analysis on demand: the app needs it only in the debrief. */
export const loadAnalysisModule = () => import('./analyze/analyze-scenario.ts');

export type { Exam, ScenarioPin } from './exam/exam-types.ts';
export type { ExamRecord, ScenarioRun, TimedMove, Review, ExamOutcome } from './exam/record-types.ts';
export { RECORD_FORMAT, RECORD_FORMAT_VERSION, effectiveVerdict } from './exam/record-types.ts';
export { canonicalJson, sha256Hex, digestOf } from './exam/canonical.ts';
export { scenarioContent, scenarioHash } from './exam/scenario-hash.ts';
export { loadExam, loadExamBytes, checkPins, pinnedScenarios, type ExamResult } from './exam/load-exam.ts';
export { examJsonSchema } from './exam/exam-schema.ts';
export { EXAM_CODES, examMessage, examProblem, type ExamProblem, type ExamCode, type Params } from './exam/exam-messages.ts';
export { examGraders, examOutcome, examProfile, gradeExamRun } from './exam/grade-exam.ts';
export { buildRecord, type AttemptInput } from './exam/build-record.ts';
export { sealRecord, addReview, recordDigest, reviewDigest } from './exam/seal.ts';
export { prepareExam, verifyRecordText, verifyRecordData, type ExamContext, type Verified, type Finding as RecordFinding } from './exam/verify-record.ts';
export { buildRoster, type Roster, type RosterRow } from './exam/roster.ts';
export { rosterCsv } from './exam/roster-csv.ts';
export { rosterHtml } from './exam/roster-html.ts';
export { replyOrder } from './exam/shuffle.ts';
export { answeredStatements, verdictExtensions, XAPI, EXT_KEYS, type LaunchInfo, type Statement } from './exam/xapi.ts';
export { recordsFromStatements, type LrsRecord } from './exam/lrs-records.ts';
export { ENGINE_VERSION } from './exam/version.ts';

/** Load what the app's exam mode needs (hashing, grading an attempt, sealing records, xAPI statements) on demand. */
export const loadExamModule = () => import('./exam/exam-module.ts');
export { cmi5CourseXml, scormManifestXml, examIri, launchUrl } from './exam/packages.ts';
/** Load the typed-reply reader (and the text analyzer it calls) on demand: the app needs it only once the agent types or speaks a reply. */
export const loadTypedModule = () => import('./typed/read-typed.ts');

// What the CLI's commands need beyond the above (they import the engine only through this file, like the app).
export { scenarioJsonSchema } from './load/schema.ts';
export { formatAnalysis, formatCount } from './analyze/format-analysis.ts';
export { analysisToJson } from './analyze/to-json.ts';
export { findDuplicateIds } from './lint/lint-set.ts';
export { createScorecardBytes, createScorecardWriter } from './grade/scorecard-json.ts';

export type { TwineImport, TwineImportResult } from './import/import-twine.ts';
export { decodeScenarioBytes } from './load/read-text.ts';
export type { TwineFormat } from './import/twine-source.ts';
/** Load the Twine import (extwee, its HTML parser) on demand: only the studio's import needs it. */
export const loadImportModule = () => import('./import/import-twine.ts');
