import type { Locale, Problem } from '../types.ts';
import { formatProblemLine } from '../format-problem.ts';

/** Print a problem the way compilers do: path:line:col: error|warning: message [code]. */
export function formatProblem(p: Problem, lang: Locale = 'en'): string {
  return formatProblemLine(p, lang);
}
