import type { LintProblemParams } from '../messages/lint-codes.ts';

/** A path into the scenario document, e.g. ['nodes', 'opening', 'choices', 0, 'reply']. */
export type DocPath = ReadonlyArray<string | number>;

/** The codes a scenario's lint reports (the cross-file and file codes are reported elsewhere). */
export type LintCode =
  | 'unreachable-node'
  | 'ending-unreachable'
  | 'node-unreachable-in-play'
  | 'no-ending-reachable'
  | 'tags-disagree'
  | 'contrast-before-resolution'
  | 'vague-apology-before-resolution'
  | 'off-path-reference'
  | 'replies-read-same'
  | 'mood-far-from-model';

/** A lint warning before it is located in the file: the loader maps `path` to a line and column. */
export type LintFinding = { [C in LintCode]: { code: C; params: LintProblemParams[C]; path: DocPath } }[LintCode];
