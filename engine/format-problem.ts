import type { Locale, Problem, ProblemOf } from './types.ts';
import type { ProblemCode } from './problem-codes.ts';
import { createFmt, type Fmt } from './messages/format.ts';
import { PROBLEM_TABLES } from './problem-tables.ts';

const FMTS = new Map<Locale, Fmt>();

/** Put a problem into words in a UI language (the message only: no file, position or code). */
export function formatProblem(problem: Problem, lang: Locale): string {
  const table = PROBLEM_TABLES[lang];
  let f = FMTS.get(lang);
  if (!f) FMTS.set(lang, (f = createFmt(lang, table.style)));
  // The union of codes cannot be narrowed generically; each table entry takes exactly its code's params.
  const word = table.wordings[problem.code] as (p: ProblemOf<ProblemCode>['params'], f: Fmt) => string;
  return word(problem.params, f);
}

/** A problem as compilers print it: `file:line:column: severity: message [code]`. */
export function formatProblemLine(problem: Problem, lang: Locale): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.severity}: ${formatProblem(problem, lang)} [${problem.code}]`;
}
