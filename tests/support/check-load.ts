// What every load must satisfy, whatever the file: used by the fuzz script and the loader's property tests.
import { formatProblem, LOCALES, loadScenario, type Problem } from '../../engine/index.ts';
import { createLineIndex } from '../../engine/load/line-index.ts';

/** Longest message a problem may have in any language. */
export const MAX_MESSAGE_LENGTH = 600;

/** What one load did: its problems (or warnings) and the CPU time it took. */
export interface LoadCheck {
  violations: string[];
  problems: readonly Problem[];
  cpuMs: number;
}

/** Whether a problem's line and column point into the text (a column may be one past a line's end). */
export function isWithin(text: string, p: Problem): boolean {
  const lines = createLineIndex(text);
  return p.line >= 1 && p.line <= lines.lines && p.column >= 1 && p.column <= lines.lineText(p.line).length + 2;
}

/** Load a text and list every way the load broke the loader's promises; `budgetMs` bounds its CPU time. */
export function checkLoad(text: string, budgetMs = 2000): LoadCheck {
  const violations: string[] = [];
  const c0 = process.cpuUsage();
  let problems: readonly Problem[] = [];
  try {
    const r = loadScenario(text, 'fuzz.yaml');
    problems = r.ok ? r.warnings : r.problems;
    if (!r.ok && r.problems.length === 0) violations.push('rejected with no problem');
  } catch (e) {
    violations.push(`threw: ${e instanceof Error ? e.message : String(e)}`);
  }
  const c = process.cpuUsage(c0);
  const cpuMs = (c.user + c.system) / 1000;
  if (cpuMs > budgetMs) violations.push(`took ${cpuMs.toFixed(0)} ms of CPU (budget ${budgetMs} ms)`);
  for (const p of problems) {
    if (p.code === 'internal-error') violations.push(`internal error: ${formatProblem(p, 'en')}`);
    if (!isWithin(text, p)) violations.push(`${p.code} at ${p.line}:${p.column} is outside the file`);
    for (const lang of LOCALES) {
      const m = formatProblem(p, lang);
      if (m.length > MAX_MESSAGE_LENGTH) violations.push(`${p.code} message in ${lang} is ${m.length} characters`);
      if (/call stack|undefined|\[object /i.test(m)) violations.push(`${p.code} message in ${lang} says: ${m.slice(0, 120)}`);
    }
  }
  return { violations, problems, cpuMs };
}
