import type { RuleOverride, Scenario } from '../types.ts';
import { createGrader, type Grader } from '../grade/grade-path.ts';
import type { Scorecard } from '../grade/scorecard.ts';
import type { PathError } from '../path/walk.ts';
import { resolveProfile, withExamOverrides, type Profile } from '../rules/profiles.ts';
import type { Exam, ScenarioPin } from './exam-types.ts';
import type { ExamOutcome, ScenarioRun, TimedMove } from './record-types.ts';

/** The profile an exam grades with: its base profile plus its overrides and critical rules, which win over every scenario's `rules:`. */
export function examProfile(exam: Exam): Profile {
  const overrides: Record<string, RuleOverride> = {};
  for (const [id, o] of Object.entries(exam.rules)) overrides[id] = { ...o };
  for (const id of exam.critical) overrides[id] = { ...overrides[id], critical: true };
  return withExamOverrides(resolveProfile(exam.profile), exam.id, overrides);
}

/** Graders for an exam's pinned scenarios, in exam order, sharing the exam's profile. */
export function examGraders(exam: Exam, scenarios: readonly Scenario[]): Grader[] {
  const profile = examProfile(exam);
  return scenarios.map((s) => createGrader(s, profile));
}

/**
 * Grade one scenario of an exam from its timed transcript (choice ids, timed-out silences, and typed replies,
 * read by the grader's default typed-reply reader): the run as a record stores it, with its scorecard.
 */
export function gradeExamRun(
  pin: ScenarioPin,
  scenario: Scenario,
  grader: Grader,
  moves: readonly TimedMove[],
): { ok: true; run: ScenarioRun; scorecard: Scorecard } | { ok: false; error: PathError } {
  const graded = grader.grade(moves.map((m) => m.move));
  if (!graded.ok) return graded;
  const card = graded.scorecard;
  const passScore = pin.passScore ?? scenario.passScore;
  const run: ScenarioRun = {
    id: scenario.id,
    version: scenario.version,
    sha256: pin.sha256,
    moves: moves.map((m) => ({ move: m.move, ms: m.ms })),
    score: card.score,
    passScore,
    passed: card.score >= passScore && card.criticalFailures.length === 0,
    outcome: card.outcome,
    criticalFailures: [...card.criticalFailures],
    brokenRules: [...new Set(card.violations.map((v) => v.rule))].sort(),
  };
  return { ok: true, run, scorecard: card };
}

/** The overall verdict from the scenario runs: mean score (one decimal) against the pass mark, and every run passed. */
export function examOutcome(exam: Exam, runs: readonly Pick<ScenarioRun, 'score' | 'passed' | 'criticalFailures'>[]): ExamOutcome {
  const sum = runs.reduce((n, r) => n + r.score, 0);
  const score = runs.length === 0 ? 0 : Math.round((sum * 10) / runs.length) / 10;
  const critical = [...new Set(runs.flatMap((r) => r.criticalFailures))].sort();
  const all = runs.length === exam.scenarios.length && runs.every((r) => r.passed);
  return { score, passScore: exam.passScore, passed: all && score >= exam.passScore, criticalFailures: critical };
}
