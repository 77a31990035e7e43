import type { Problem } from '../types.ts';

/** Print a problem the way compilers do: path:line:col: error|warning: message [code]. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message} [${p.code}]`;
}
