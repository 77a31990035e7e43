import type { NoParams } from '../messages/load-codes.ts';

/** Codes of the Twine import's problems, with the parameters their wording needs. */
export interface ImportProblemParams {
  'import-unknown-format': NoParams;
  'import-parse-failed': { detail: string };
  'import-no-passages': NoParams;
  'import-start-missing': { start: string; first: string };
  'import-macro': { excerpt: string };
  'import-variable': { excerpt: string };
  'import-script': { excerpt: string };
  'import-markup': { excerpt: string };
  'import-setter': { excerpt: string };
  'import-story-script': NoParams;
  'import-empty-passage': { passage: string };
  'import-ending-outcome': { passage: string };
  'import-broken-link': { text: string; target: string };
  'import-duplicate-passage': { passage: string };
  'import-other-stories': { count: number; imported: string; others: string[] };
}
