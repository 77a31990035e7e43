import type { Problem } from '../types.ts';
import { clipText } from './format.ts';
import type { ProblemCode, ProblemParams } from '../problem-codes.ts';

/** Most items a list parameter keeps (known fields, cues…); a message never needs more. */
export const MAX_LIST_ITEMS = 24;

/** Where a problem is: a file and a 1-based line and column. */
export interface Place {
  file: string;
  line: number;
  column: number;
}

// Parameters come from hostile files too: a 1 MB key must not make a 1 MB problem, so strings are
// clipped and lists shortened here, once, for every producer.
function clipValue(v: unknown): unknown {
  if (typeof v === 'string') return clipText(v);
  if (Array.isArray(v)) return v.slice(0, MAX_LIST_ITEMS).map(clipValue);
  return v;
}

/** Make a located problem with its parameters clipped to a readable size. */
export function makeProblem<C extends ProblemCode>(code: C, params: ProblemParams[C], at: Place, severity: 'error' | 'warning' = 'error'): Problem {
  const clipped: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) if (v !== undefined) clipped[k] = clipValue(v);
  return { code, severity, params: clipped, file: at.file, line: at.line, column: at.column } as Problem;
}

/** A problem's code and parameters before it has a place (a lint finding, for one). */
export type UnplacedProblem = { [C in ProblemCode]: { code: C; params: ProblemParams[C] } }[ProblemCode];

/** Place a problem that was found before its position was known. */
export function placeProblem(p: UnplacedProblem, at: Place, severity: 'error' | 'warning' = 'error'): Problem {
  return makeProblem(p.code, p.params as never, at, severity);
}
