import type { Roster } from './roster.ts';

/** Write the roster as CSV (RFC 4180, CRLF), one line per candidate, scenario scores in exam order. */
export function rosterCsv(roster: Roster): string {
  const head = ['candidate_id', 'name', 'attempt', 'attempts', 'score', 'verdict', 'original_verdict', 'reviewed_by', 'reviewed_at', 'review_reason', ...roster.exam.scenarios.map((s) => `score_${s}`), 'critical_failures', 'problems', 'digest', 'file'];
  const lines = [head.map(cell).join(',')];
  for (const r of roster.rows) {
    const scores = roster.exam.scenarios.map((_, i) => r.scenarioScores[i] ?? '');
    const fields = [r.candidateId, r.name, r.attempt, r.attempts, r.score ?? '', r.verdict, r.original ?? '', r.review?.by ?? '', r.review?.at ?? '', r.review?.reason ?? '', ...scores, r.criticalFailures.join(' '), r.problems.join(' '), r.digest, r.file];
    lines.push(fields.map(cell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

// Candidate names are typed by candidates: a cell a spreadsheet would run as a formula is prefixed
// with an apostrophe (OWASP's advice against CSV injection), and quoting follows RFC 4180.
function cell(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
