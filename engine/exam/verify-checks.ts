import type { ExamRecord, ScenarioRun } from './record-types.ts';
import { reviewDigest } from './seal.ts';
import type { Finding } from './verify-finding.ts';

/** Compare a recorded run with the same transcript re-graded: each differing field is a finding. */
export function compareRun(recorded: ScenarioRun, regraded: ScenarioRun, index: number, findings: Finding[]): void {
  for (const field of ['score', 'passScore', 'passed', 'outcome', 'criticalFailures', 'brokenRules'] as const) {
    const a = JSON.stringify(recorded[field]);
    const b = JSON.stringify(regraded[field]);
    if (a !== b) findings.push({ code: 'record-score-mismatch', params: { scenario: recorded.id, field, recorded: a, regraded: b }, path: ['scenarios', index, field] });
  }
}

/** The attempt must finish after it starts. */
export function checkSpan(record: ExamRecord, findings: Finding[]): void {
  const span = Date.parse(record.finishedAt) - Date.parse(record.startedAt);
  if (!(span >= 0)) findings.push({ code: 'record-time-negative', params: { span }, path: ['finishedAt'] });
}

/** Move times must be non-decreasing and within the attempt's start and finish. */
export function checkTimes(record: ExamRecord, run: ScenarioRun, index: number, findings: Finding[]): void {
  const span = Date.parse(record.finishedAt) - Date.parse(record.startedAt);
  if (!(span >= 0)) return;
  let last = 0;
  run.moves.forEach((m, k) => {
    const path = ['scenarios', index, 'moves', k, 'ms'];
    if (m.ms < last) findings.push({ code: 'record-time-order', params: { scenario: run.id, move: k + 1, ms: m.ms, before: last }, path });
    else if (m.ms > span) findings.push({ code: 'record-time-after-finish', params: { scenario: run.id, move: k + 1, ms: m.ms, span }, path });
    last = Math.max(last, m.ms);
  });
}

/** Reviews form a chain from the record's digest; each starts from the verdict the previous one left. */
export function checkReviews(record: ExamRecord, findings: Finding[]): void {
  let prior = record.digest;
  let verdict: 'passed' | 'failed' = record.result.passed ? 'passed' : 'failed';
  record.reviews.forEach((r, i) => {
    const path = ['reviews', i];
    if (r.from !== verdict) findings.push({ code: 'record-review-from', params: { index: i + 1, from: r.from, before: verdict }, path: [...path, 'from'] });
    if (reviewDigest(r, prior) !== r.digest) findings.push({ code: 'record-review-digest', params: { index: i + 1 }, path: [...path, 'digest'] });
    prior = r.digest;
    verdict = r.verdict;
  });
}
