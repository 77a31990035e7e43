import type { NoParams, Shown } from './load-codes.ts';

/** Codes of the lint warnings, the cross-file checks and reading files, with their parameters. */
export interface LintProblemParams {
  'unreachable-node': { node: string; start: string };
  /** `end` is the ending's kind (resolved, escalated, abandoned), quoted as written. */
  'ending-unreachable': { node: string; end: string; maxTurns: number };
  'node-unreachable-in-play': { node: string; maxTurns: number };
  'no-ending-reachable': { node: string };
  'tags-disagree': { choice: string; feature: string; tagged: Shown; read: Shown; cues: string[] };
  'contrast-before-resolution': { choice: string; cues: string[] };
  'vague-apology-before-resolution': { choice: string; cues: string[]; issue: string };
  /** `term` is the words the reply points back to; `other` a reply that said them; `node` the reply's node. */
  'off-path-reference': { choice: string; term: string; other: string; node: string };
  /** `features`: the feature names both replies read (empty: none). */
  'replies-read-same': { node: string; first: string; second: string; features: string[] };
  /** An authored mood more than `tolerance` points from the mood model's `predicted` for the reply's `effects` (mood-model rows). */
  'mood-far-from-model': { choice: string; authored: number; predicted: number; temperament: 'lively' | 'peaceful' | 'powerful' | 'perfect'; effects: string[]; tolerance: number };
  'duplicate-scenario-id': { id: string; firstFile: string };
  'file-not-found': NoParams;
  'file-unreadable': { detail: string; errno?: string };
  'read-failed': { detail: string };
  'symlink-broken': { target: string };
}
