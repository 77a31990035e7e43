import type { Ending, Move } from '../types.ts';

/** The `format` field of every exam record. */
export const RECORD_FORMAT = 'hardcall-exam-record';
/** Bumped on any change to the record's shape or to how its digest is computed. */
export const RECORD_FORMAT_VERSION = 1;

/** One move of a transcript and when it was made, in milliseconds since the attempt started. */
export interface TimedMove {
  move: Move;
  ms: number;
}

/** One pinned scenario as the candidate played it, and how it graded. */
export interface ScenarioRun {
  id: string;
  version: number;
  sha256: string;
  moves: TimedMove[];
  score: number;
  passScore: number;
  passed: boolean;
  outcome: Ending;
  /** Critical rules the run broke (any one fails it), in the order the scorecard lists them. */
  criticalFailures: string[];
  /** Every rule the run broke at least once, sorted. */
  brokenRules: string[];
}

/** The overall verdict: the mean of the scenario scores against the exam's pass mark, every scenario passed. */
export interface ExamOutcome {
  score: number;
  passScore: number;
  passed: boolean;
  /** Critical rules broken in any scenario, sorted. */
  criticalFailures: string[];
}

/** A trainer's override of the verdict, kept with the original as an audit trail. */
export interface Review {
  by: string;
  /** ISO 8601 time of the review. */
  at: string;
  /** The verdict before this review (the record's own, or the previous review's). */
  from: 'passed' | 'failed';
  verdict: 'passed' | 'failed';
  reason: string;
  /** SHA-256 of this review chained to the one before it (the record's digest for the first). */
  digest: string;
}

/** A sealed, verifiable record of one attempt at an exam (the contract is in the README). */
export interface ExamRecord {
  format: typeof RECORD_FORMAT;
  formatVersion: number;
  engineVersion: string;
  exam: { id: string; version: number; sha256: string; title: string };
  candidate: { name: string; id: string };
  attempt: number;
  /** Seed of this attempt's reply order (hex), so the screens the candidate saw can be reproduced. */
  seed: string;
  profile: string;
  startedAt: string;
  finishedAt: string;
  scenarios: ScenarioRun[];
  result: ExamOutcome;
  /** SHA-256 of the canonical record without `digest` and `reviews`: the certificate's verification code. */
  digest: string;
  reviews: Review[];
}

/** The verdict that stands: the last review's, or the record's own. */
export function effectiveVerdict(r: Pick<ExamRecord, 'result' | 'reviews'>): 'passed' | 'failed' {
  const last = r.reviews[r.reviews.length - 1];
  return last ? last.verdict : r.result.passed ? 'passed' : 'failed';
}
