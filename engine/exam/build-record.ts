import type { Scenario } from '../types.ts';
import type { Grader } from '../grade/grade-path.ts';
import type { Scorecard } from '../grade/scorecard.ts';
import type { PathError } from '../path/walk.ts';
import type { Exam } from './exam-types.ts';
import { examGraders, examOutcome, examProfile, gradeExamRun } from './grade-exam.ts';
import { RECORD_FORMAT, RECORD_FORMAT_VERSION, type ExamRecord, type ScenarioRun, type TimedMove } from './record-types.ts';
import { sealRecord } from './seal.ts';
import { ENGINE_VERSION } from './version.ts';

/** Everything about a finished attempt except what grading derives. */
export interface AttemptInput {
  candidate: { name: string; id: string };
  attempt: number;
  seed: string;
  startedAt: string;
  finishedAt: string;
  /** Per pinned scenario, in exam order, its timed transcript. */
  transcripts: TimedMove[][];
}

/**
 * Grade a finished attempt and seal it as a record. `scenarios` are the exam's pinned scenarios in exam
 * order (checked by the caller); a transcript that is not a complete path comes back as its error.
 */
export function buildRecord(
  exam: Exam,
  scenarios: readonly Scenario[],
  input: AttemptInput,
  graders: readonly Grader[] = examGraders(exam, scenarios),
): { ok: true; record: ExamRecord; scorecards: Scorecard[] } | { ok: false; scenario: string; error: PathError } {
  const runs: ScenarioRun[] = [];
  const scorecards: Scorecard[] = [];
  for (let i = 0; i < exam.scenarios.length; i++) {
    const pin = exam.scenarios[i]!;
    const graded = gradeExamRun(pin, scenarios[i]!, graders[i]!, input.transcripts[i] ?? []);
    if (!graded.ok) return { ok: false, scenario: pin.id, error: graded.error };
    runs.push(graded.run);
    scorecards.push(graded.scorecard);
  }
  const record = sealRecord({
    format: RECORD_FORMAT,
    formatVersion: RECORD_FORMAT_VERSION,
    engineVersion: ENGINE_VERSION,
    exam: { id: exam.id, version: exam.version, sha256: exam.sha256, title: exam.title },
    candidate: { name: input.candidate.name.trim(), id: input.candidate.id.trim() },
    attempt: input.attempt,
    seed: input.seed,
    profile: examProfile(exam).id,
    startedAt: input.startedAt,
    finishedAt: input.finishedAt,
    scenarios: runs,
    result: examOutcome(exam, runs),
  });
  return { ok: true, record, scorecards };
}
