import { EXT_KEYS, XAPI, type Statement } from './xapi.ts';
import type { Finding } from './verify-record.ts';

/** A record found in an LRS: the record data its verdict statement carries, and what disagrees with its answers. */
export interface LrsRecord {
  source: string;
  data: unknown;
  findings: Finding[];
}

/**
 * Gather exam records from xAPI statements (any order): per registration, the record carried by its
 * `passed`/`failed` statement, checked against the `answered` statements of the same registration —
 * a record edited on its way into the LRS, or answers that were sent differently, disagree. Linear in the statements.
 */
export function recordsFromStatements(statements: readonly Statement[]): LrsRecord[] {
  const byReg = new Map<string, { verdict: Statement | null; answers: Map<string, string> }>();
  for (const s of statements) {
    const reg = (s.context as { registration?: unknown } | undefined)?.registration;
    const verb = (s.verb as { id?: unknown } | undefined)?.id;
    if (typeof reg !== 'string') continue;
    const entry = byReg.get(reg) ?? { verdict: null, answers: new Map<string, string>() };
    byReg.set(reg, entry);
    if ((verb === XAPI.passed || verb === XAPI.failed) && recordOf(s) !== undefined) entry.verdict = s;
    else if (verb === XAPI.answered) {
      const key = answerKey(s);
      const response = (s.result as { response?: unknown } | undefined)?.response;
      if (key && typeof response === 'string') entry.answers.set(key, response);
    }
  }
  const out: LrsRecord[] = [];
  for (const [reg, { verdict, answers }] of byReg) {
    const source = `lrs:${reg}`;
    if (!verdict) {
      if (answers.size > 0) out.push({ source, data: null, findings: [{ code: 'lrs-no-record', params: { registration: reg }, path: [] }] });
      continue;
    }
    const data = recordOf(verdict);
    out.push({ source, data, findings: compareAnswers(data, answers) });
  }
  return out;
}

function recordOf(s: Statement): unknown {
  const ext = (s.result as { extensions?: Record<string, unknown> } | undefined)?.extensions;
  return ext && Object.hasOwn(ext, EXT_KEYS.record) ? ext[EXT_KEYS.record] : undefined;
}

function answerKey(s: Statement): string | null {
  const ext = (s.context as { extensions?: Record<string, unknown> } | undefined)?.extensions;
  const scenario = ext && Object.hasOwn(ext, EXT_KEYS.scenario) ? (ext[EXT_KEYS.scenario] as { index?: unknown } | null) : null;
  const id = (s.object as { id?: unknown } | undefined)?.id;
  const turn = typeof id === 'string' ? /\/decision\/(\d+)$/.exec(id)?.[1] : undefined;
  return scenario && typeof scenario.index === 'number' && turn ? `${scenario.index}/${turn}` : null;
}

// Each of the record's choices must have been answered with the same id, and nothing more answered.
function compareAnswers(data: unknown, answers: Map<string, string>): Finding[] {
  const runs = (data as { scenarios?: unknown } | null)?.scenarios;
  if (!Array.isArray(runs)) return [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  runs.forEach((run: { id?: unknown; moves?: unknown }, i) => {
    const moves = Array.isArray(run?.moves) ? run.moves : [];
    let turn = 0;
    for (const m of moves as Array<{ move?: unknown }>) {
      if (typeof m?.move !== 'string') continue;
      turn++;
      const key = `${i + 1}/${turn}`;
      seen.add(key);
      const got = answers.get(key);
      if (got !== m.move) findings.push({ code: 'lrs-answer-mismatch', params: { scenario: String(run.id), turn, statement: got ?? '(none)', recorded: m.move }, path: ['scenarios', i, 'moves'] });
    }
  });
  for (const [key, got] of answers) {
    if (seen.has(key)) continue;
    const [index, turn] = key.split('/');
    findings.push({ code: 'lrs-answer-mismatch', params: { scenario: `#${index}`, turn: turn!, statement: got, recorded: '(none)' }, path: ['scenarios'] });
  }
  return findings;
}
