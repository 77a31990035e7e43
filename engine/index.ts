// The engine's one entry point: the app, the CLI's commands and the behaviour tests import the engine
// through this file only. Parts the app's first screen does not need are also offered as lazy loaders
// (`load…Module`), so a bundler splits them into their own chunks.

export * from './types.ts';
export {
  clampMood, guardHolds, resolveTarget, endingAt, walkPath, walkMoves, takeMove, positionAfter, startPosition, isSilence, isTyped, deadAirMood,
  DEFAULT_DEAD_AIR_MOOD,
} from './path/walk.ts';
export type { PathStep, PathError, WalkedPath, Walk, Position, TypedReader, TypedReading } from './path/walk.ts';
export { runPath, turnOf } from './run/run-path.ts';
export type { PathRun, RunStep, RunOptions, FindingRecord } from './run/run-path.ts';
export { compileScenario, TURN_LIMIT_STATE } from './compile/compile-scenario.ts';
export type { CallContext, CallEvent } from './compile/compile-scenario.ts';
export { createGrader, gradePath, gradeRun } from './grade/grade-path.ts';
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
export { lintScenario } from './lint/lint-scenario.ts';
export { moodDeltaFor, moodEffectsOf, MOOD_TABLE, MAX_MOOD_STEP, type MoodEffect } from './mood/mood-model.ts';

/** Load the scenario loader (YAML parser + schema) on demand: the app needs it only for opened files. */
export const loadLoaderModule = () => import('./load/load-scenario.ts');
/** Load the reply analyzer on demand: the app needs it only for opened files and typed replies. */
export const loadTextModule = () => import('./text/analyze-reply.ts');
/** Load the grader on demand: the app needs it only when a call ends. */
export const loadGradeModule = () => import('./grade/grade-path.ts');
/** Load the path analysis on demand: the app needs it only in the debrief. */
export const loadAnalysisModule = () => import('./analyze/analyze-scenario.ts');
