import type { ErrorCode } from 'yaml';

/** Nothing to say beyond the code itself. */
export type NoParams = Record<string, never>;

/** A value quoted back to the trainer: strings are clipped when the problem is made, so a message stays short. */
export type Shown = string | number | boolean | null;

// `BAD_INDENT` → `bad-indent`: the yaml package's error codes as HardCall's problem codes spell them.
type Kebab<S extends string> = S extends `${infer A}_${infer B}` ? `${Lowercase<A>}-${Kebab<B>}` : Lowercase<S>;

/** The problem code of each yaml parser error, e.g. `yaml-bad-indent`. */
export type YamlErrorCode = `yaml-${Kebab<Exclude<ErrorCode, 'DUPLICATE_KEY'>>}`;

/** Why a YAML line is wrong when the parser's own words would mislead: two mistakes trainers make often. */
export type YamlHint = 'full-width-colon' | 'colon-in-value';

/** What a value should have been, as zod names it ('int' is a whole number). */
export type ExpectedKind = 'string' | 'number' | 'int' | 'boolean' | 'object' | 'array' | 'record' | 'other';
/** What a value was instead. */
export type GotKind = 'null' | 'list' | 'mapping' | 'fraction' | 'string' | 'number' | 'boolean' | 'other';

/** The named formats of the schema's strings. */
export type FormatName = 'kebab-case' | 'node-id' | 'other';

/** Codes of the loader: reading bytes, parsing YAML, the schema and the graph checks, with their parameters. */
export type LoadProblemParams = {
  'file-too-large': { bytes: number; maxBytes: number };
  'invalid-utf8': { byte: number };
  'empty-file': NoParams;
  'too-deep': { max: number };
  'internal-error': { detail: string };
  'more-problems': { count: number };
  'not-a-mapping': NoParams;
  'yaml-syntax': { detail: string };
  'yaml-aliases': { max: number };
  'yaml-duplicate-key': { key: string; firstLine: number };
  'complex-key': NoParams;
  'reserved-key': { key: string };
  'unknown-field': { key: string; path: string; suggestion?: string; known: string[] };
  'unknown-rule': { key: string; suggestion?: string; rules: string[] };
  'missing-field': { field: string; parent: string };
  'wrong-type': { path: string; expected: ExpectedKind; got: GotKind; value?: Shown };
  'too-small': { path: string; origin: 'string' | 'array' | 'number'; bound: number; value?: Shown };
  'too-big': { path: string; origin: 'string' | 'array' | 'number'; bound: number; value?: Shown; length?: number };
  'invalid-value': { path: string; values: Shown[]; value?: Shown; suggestion?: string };
  'invalid-format': { path: string; format: FormatName; value?: Shown; detail: string };
  'invalid-key': { path: string; key: string; format: FormatName; detail: string };
  'invalid-union': { path: string; keys: string[] };
  'invalid-input': { path: string; detail: string };
  'no-nodes': NoParams;
  'unknown-start': { start: string; suggestion?: string };
  'node-choices-and-end': { node: string };
  'node-without-choices-or-end': { node: string };
  'duplicate-choice-id': { choice: string; node: string; firstLine: number };
  'choice-to-and-next': { choice: string };
  'choice-without-target': { choice: string };
  'unknown-target': { choice: string; target: string; suggestion?: string };
  'unknown-fallback': { node: string; target: string; suggestion?: string };
  'fallback-choices-only': { node: string };
  'fallback-on-ending': { node: string };
  'next-last-has-when': { choice: string };
  'next-entry-without-when': { choice: string; entry: number };
} & { [C in YamlErrorCode]: { detail: string; hint?: YamlHint } };
