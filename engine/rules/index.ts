import type { Rule } from './types.ts';

/** Every rule of the catalog, in the order scorecards list them. */
export const ALL_RULES: readonly Rule[] = [];

/** The ids of every rule, for validating a scenario's `rules:` section. */
export const RULE_IDS: readonly string[] = [
  'soothe-first',
  'no-but',
  'specific-apology',
  'offer-alternatives',
  'listen-confirm',
  'no-blame',
  'honest-commitment',
  'willingness',
  'temperament-match',
  'no-refusal-at-opening',
];
