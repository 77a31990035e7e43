import type { Problem, ProblemCode, ProblemParams } from '../types.ts';
import { makeProblem } from '../messages/make-problem.ts';

/** Most problems one file reports; a hostile file with 100,000 mistakes gets these and a count of the rest. */
export const MAX_PROBLEMS = 200;

/** Collects a file's problems up to MAX_PROBLEMS; beyond that it only counts, so each costs O(1). */
export interface ProblemSink {
  readonly file: string;
  /** True once no more problems will be kept: callers skip the work of wording-ready parameters. */
  readonly full: boolean;
  /** How many problems were reported, kept or not. */
  readonly total: number;
  add<C extends ProblemCode>(code: C, params: ProblemParams[C], at: { line: number; column: number }, severity?: 'error' | 'warning'): void;
  /** Count problems that are not kept. */
  skip(count: number, severity?: 'error' | 'warning'): void;
  /** The kept problems in file order, then a note of how many more there were. */
  take(): Problem[];
}

/** Make a problem sink for one file. */
export function createProblemSink(file: string, max = MAX_PROBLEMS): ProblemSink {
  const kept: Problem[] = [];
  let total = 0;
  let droppedSeverity: 'error' | 'warning' = 'warning';
  return {
    file,
    get full() {
      return kept.length >= max;
    },
    get total() {
      return total;
    },
    add(code, params, at, severity = 'error') {
      total++;
      if (kept.length < max) kept.push(makeProblem(code, params, { file, line: at.line, column: at.column }, severity));
      else if (severity === 'error') droppedSeverity = 'error';
    },
    skip(count, severity = 'error') {
      total += count;
      if (severity === 'error') droppedSeverity = 'error';
    },
    take() {
      const sorted = [...kept].sort((a, b) => a.line - b.line || a.column - b.column);
      const more = total - kept.length;
      if (more > 0) sorted.push(makeProblem('more-problems', { count: more }, { file, line: sorted.at(-1)?.line ?? 1, column: 1 }, droppedSeverity));
      return sorted;
    },
  };
}
