import type { Scorecard } from '../grade/scorecard.ts';
import type { Exam } from './exam-types.ts';
import { effectiveVerdict, type ExamRecord } from './record-types.ts';
import type { Verified } from './verify-record.ts';

/** One candidate's line of the roster: their latest attempt and how it stands. */
export interface RosterRow {
  candidateId: string;
  name: string;
  attempt: number;
  attempts: number;
  score: number | null;
  /** The verdict that stands (after reviews); `invalid` when the record does not verify. */
  verdict: 'passed' | 'failed' | 'invalid';
  original: 'passed' | 'failed' | null;
  review: { by: string; at: string; reason: string } | null;
  scenarioScores: Array<number | null>;
  criticalFailures: string[];
  problems: string[];
  digest: string;
  file: string;
}

/** The cohort's figures: rows, score distributions per scenario, per-rule failure rates, critical failures. */
export interface Roster {
  exam: { id: string; version: number; title: string; scenarios: string[] };
  rows: RosterRow[];
  /** Per scenario, candidates per 10-point score bucket (0–9 … 90–99, 100). */
  distributions: number[][];
  /** Per rule, in how many of the verified runs it was broken, of how many runs. */
  ruleFailures: Array<{ rule: string; runs: number; failed: number; critical: boolean }>;
  /** Who failed on which critical rule, in which scenario. */
  criticalByCandidate: Array<{ candidateId: string; name: string; scenario: string; rule: string }>;
  invalid: number;
}

/** Build the roster from verified records: each candidate's latest attempt counts; figures are over valid records. Linear in the records. */
export function buildRoster(exam: Exam, verified: readonly Verified[]): Roster {
  const latest = new Map<string, { v: Verified; count: number }>();
  const orphans: Verified[] = [];
  for (const v of verified) {
    if (!v.record) {
      orphans.push(v);
      continue;
    }
    const key = v.record.candidate.id;
    const seen = latest.get(key);
    if (!seen) latest.set(key, { v, count: 1 });
    else latest.set(key, { v: isLater(v.record, seen.v.record!) ? v : seen.v, count: seen.count + 1 });
  }
  const roster: Roster = {
    exam: { id: exam.id, version: exam.version, title: exam.title, scenarios: exam.scenarios.map((s) => s.id) },
    rows: [],
    distributions: exam.scenarios.map(() => new Array<number>(11).fill(0)),
    ruleFailures: [],
    criticalByCandidate: [],
    invalid: 0,
  };
  const rules = new Map<string, { runs: number; failed: number; critical: boolean }>();
  for (const { v, count } of latest.values()) {
    roster.rows.push(rowOf(v, count));
    if (!v.ok) roster.invalid++;
    else tally(roster, rules, v);
  }
  for (const v of orphans) {
    roster.invalid++;
    roster.rows.push(rowOf(v, 1));
  }
  roster.rows.sort((a, b) => (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0));
  roster.ruleFailures = [...rules].map(([rule, r]) => ({ rule, ...r })).sort((a, b) => b.failed / b.runs - a.failed / a.runs || (a.rule < b.rule ? -1 : 1));
  return roster;
}

function isLater(a: ExamRecord, b: ExamRecord): boolean {
  return a.attempt !== b.attempt ? a.attempt > b.attempt : a.finishedAt > b.finishedAt;
}

function tally(roster: Roster, rules: Map<string, { runs: number; failed: number; critical: boolean }>, v: Verified): void {
  const record = v.record!;
  v.scorecards.forEach((card, i) => {
    if (!card) return;
    roster.distributions[i]![Math.min(10, Math.floor(card.score / 10))]!++;
    countRules(rules, card);
    for (const rule of card.criticalFailures) roster.criticalByCandidate.push({ candidateId: record.candidate.id, name: record.candidate.name, scenario: card.scenario.id, rule });
  });
}

function countRules(rules: Map<string, { runs: number; failed: number; critical: boolean }>, card: Scorecard): void {
  for (const s of card.summary) {
    const r = rules.get(s.rule) ?? { runs: 0, failed: 0, critical: s.critical };
    r.runs++;
    if (s.violations > 0) r.failed++;
    r.critical ||= s.critical;
    rules.set(s.rule, r);
  }
}

function rowOf(v: Verified, count: number): RosterRow {
  const r = v.record;
  const errors = v.problems.filter((p) => p.severity === 'error').map((p) => p.code);
  const last = r?.reviews[r.reviews.length - 1];
  return {
    candidateId: r?.candidate.id ?? '',
    name: r?.candidate.name ?? '',
    attempt: r?.attempt ?? 0,
    attempts: count,
    score: r ? r.result.score : null,
    verdict: v.ok && r ? effectiveVerdict(r) : 'invalid',
    original: r ? (r.result.passed ? 'passed' : 'failed') : null,
    review: last ? { by: last.by, at: last.at, reason: last.reason } : null,
    scenarioScores: r ? r.scenarios.map((s) => s.score) : [],
    criticalFailures: r ? r.result.criticalFailures : [],
    problems: [...new Set(errors)],
    digest: r?.digest ?? '',
    file: v.file,
  };
}
