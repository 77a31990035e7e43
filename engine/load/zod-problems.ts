import type { z } from 'zod';
import type { ProblemCode, ProblemParams } from '../types.ts';
import type { DocPath } from '../lint/types.ts';
import type { ExpectedKind, FormatName, GotKind, Shown } from '../messages/load-codes.ts';
import type { ParsedDoc } from './parse-yaml.ts';
import type { ProblemSink } from './problem-sink.ts';
import { ID_PATTERN, NODE_ID_PATTERN, scenarioSchema } from './schema.ts';
import { enumeratedKeys, knownKeysAt, schemaAt, shapesOf } from './schema-walk.ts';
import { createSuggester } from './suggest.ts';

type Issue = z.core.$ZodIssue;

/** Phrase a document path the way a trainer reads it: nodes.opening.choices[0].to */
export function formatPath(path: DocPath): string {
  return path.reduce<string>((s, seg) => (typeof seg === 'number' ? `${s}[${seg}]` : s ? `${s}.${seg}` : seg), '');
}

/** Where a problem goes and how it is made; shared with the union analysis. */
export interface IssueSink {
  doc: ParsedDoc;
  /** True once the file's problems are capped: the rest are only counted. */
  full(): boolean;
  skip(count: number): void;
  add<C extends ProblemCode>(code: C, params: ProblemParams[C], path: DocPath, part?: 'key' | 'value'): void;
}

/** Turn zod's issues into located problems for trainers, into the file's sink. */
export function reportZodIssues(issues: readonly Issue[], doc: ParsedDoc, problems: ProblemSink): void {
  const sink: IssueSink = {
    doc,
    full: () => problems.full,
    skip: (count) => problems.skip(count),
    add: (code, params, path, part = 'value') => problems.add(code, params, doc.locate(path, part)),
  };
  for (const issue of issues) {
    if (problems.full) problems.skip(issue.code === 'unrecognized_keys' ? issue.keys.length : 1);
    else reportIssue(issue, [], sink);
  }
}

/** Report one zod issue whose path is relative to `base` (unions report their options' issues this way). */
export function reportIssue(issue: Issue, base: DocPath, sink: IssueSink): void {
  const path: DocPath = [...base, ...(issue.path as DocPath)];
  if (issue.code === 'unrecognized_keys') reportUnknownKeys(issue.keys, path, sink);
  else if (issue.code === 'invalid_union') describeUnion(issue, path, sink);
  else if (isMissing(sink.doc.data, path)) {
    sink.add('missing-field', { field: String(path[path.length - 1]), parent: formatPath(path.slice(0, -1)) }, path.slice(0, -1));
  } else reportValueIssue(issue, path, sink);
}

/**
 * Report keys the schema does not know at `path`, naming each and suggesting the nearest valid one
 * (`synonym` may name a key by meaning when spelling does not find it).
 */
export function reportUnknownKeys(keys: readonly string[], path: DocPath, sink: IssueSink, synonym?: (key: string) => string | null): void {
  const schema = schemaAt(scenarioSchema, path);
  const rules = schema ? enumeratedKeys(schema) : null;
  const known = rules ?? knownKeysAt(scenarioSchema, path);
  const suggest = createSuggester(known);
  const where = formatPath(path);
  for (const [i, key] of keys.entries()) {
    if (sink.full()) return sink.skip(keys.length - i);
    const suggestion = synonym?.(key) ?? suggest(key);
    const withS = <T extends object>(p: T) => (suggestion === null ? p : { ...p, suggestion });
    if (rules) sink.add('unknown-rule', withS({ key, rules }), [...path, key], 'key');
    else sink.add('unknown-field', withS({ key, path: where, known }), [...path, key], 'key');
  }
}

// zod reports an absent field as a wrong type or value; the trainer needs to hear that it is missing.
function isMissing(data: unknown, path: DocPath): boolean {
  if (path.length === 0) return false;
  let parent: unknown = data;
  for (const seg of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object' || !Object.hasOwn(parent, seg)) return false;
    parent = (parent as Record<string | number, unknown>)[seg];
  }
  return parent !== null && typeof parent === 'object' && !Object.hasOwn(parent, path[path.length - 1]!);
}

function reportValueIssue(issue: Issue, path: DocPath, sink: IssueSink): void {
  const name = formatPath(path);
  const input = 'input' in issue ? issue.input : undefined;
  const value = shown(input);
  const withValue = <T extends object>(p: T) => (value === undefined ? p : { ...p, value });
  switch (issue.code) {
    case 'invalid_type':
      return sink.add('wrong-type', withValue({ path: name, expected: expectedKind(issue.expected), got: gotKind(input) }), path);
    case 'too_small':
    case 'too_big': {
      const origin: 'string' | 'array' | 'number' = issue.origin === 'string' ? 'string' : issue.origin === 'array' ? 'array' : 'number';
      const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const params = origin === 'number' ? withValue({ path: name, origin, bound }) : { path: name, origin, bound };
      if (issue.code === 'too_big' && typeof input === 'string') return sink.add('too-big', { ...params, length: input.length }, path);
      return sink.add(issue.code === 'too_small' ? 'too-small' : 'too-big', params, path);
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => shown(v) ?? String(v));
      const suggestion = typeof input === 'string' ? (LOCALE_ALIASES.get(input) ?? createSuggester(values.map(String))(input)) : null;
      return sink.add('invalid-value', { ...withValue({ path: name, values }), ...(suggestion === null ? {} : { suggestion }) }, path);
    }
    case 'invalid_format':
      return sink.add('invalid-format', withValue({ path: name, format: formatName(issue.pattern), detail: issue.message }), path);
    case 'invalid_key': {
      const inner = issue.issues[0];
      const format = inner?.code === 'invalid_format' ? formatName(inner.pattern) : 'other';
      const params = { path: formatPath(path.slice(0, -1)), key: String(issue.input ?? path[path.length - 1]), format, detail: inner?.message ?? '' };
      return sink.add('invalid-key', params, path, 'key');
    }
    default:
      return sink.add('invalid-input', { path: name, detail: issue.message }, path);
  }
}

function formatName(pattern: string | undefined): FormatName {
  if (pattern === String(ID_PATTERN)) return 'kebab-case';
  return pattern === String(NODE_ID_PATTERN) ? 'node-id' : 'other';
}

function expectedKind(expected: string): ExpectedKind {
  const known: readonly string[] = ['string', 'number', 'int', 'boolean', 'object', 'array', 'record'];
  return known.includes(expected) ? (expected as ExpectedKind) : 'other';
}

function gotKind(v: unknown): GotKind {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'object') return 'mapping';
  if (typeof v === 'number') return Number.isInteger(v) ? 'number' : 'fraction';
  if (typeof v === 'string') return 'string';
  return typeof v === 'boolean' ? 'boolean' : 'other';
}

// Only scalars are quoted back; a list or mapping is described by its kind instead.
function shown(v: unknown): Shown | undefined {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null) return v;
  return undefined;
}

// Locale tags trainers often write for the three supported ones.
const LOCALE_ALIASES: ReadonlyMap<string, string> = new Map([
  ...['zh-CN', 'zh-cn', 'zh_CN', 'zh-SG', 'zh', 'cn', 'zh-Hans-CN'].map((k) => [k, 'zh-Hans'] as const),
  ...['zh-TW', 'zh-tw', 'zh_TW', 'zh-HK', 'zh-MO', 'tw', 'zh-Hant-TW'].map((k) => [k, 'zh-Hant'] as const),
  ...['en-US', 'en-GB', 'en_US', 'english', 'English'].map((k) => [k, 'en'] as const),
]);

// Words trainers reach for when they mean one of the guard's two forms ("moodAbove: 40" is "at least").
const GUARD_SYNONYMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/above|over|great|more|higher|min|least|gte?$|from/i, 'moodAtLeast'],
  [/below|under|less|lower|max|most|lte?$/i, 'moodBelow'],
];

function synonymOf(key: string, known: readonly string[]): string | null {
  for (const [pattern, meant] of GUARD_SYNONYMS) if (known.includes(meant) && pattern.test(key.replace(/^mood/i, ''))) return meant;
  return null;
}

/**
 * Say why a value matches none of a union's options: a key no option knows is named with the nearest
 * valid key; keys from two options at once are named together; a value of the wrong kind is said so;
 * when the keys pick one option, that option's own problems are reported.
 */
export function describeUnion(issue: Extract<Issue, { code: 'invalid_union' }>, path: DocPath, sink: IssueSink): void {
  const input = issue.input;
  if (input === null || typeof input !== 'object' || Array.isArray(input) || issue.errors.length === 0) {
    reportIssue({ ...(issue.errors[0]?.[0] ?? issue), path: [] } as Issue, path, sink);
    return;
  }
  const keys = Object.keys(input);
  // zod lists each option's issues in the order of the union's options, which is the order of their shapes.
  const schema = schemaAt(scenarioSchema, path);
  const optionShapes = schema ? shapesOf(schema) : [];
  const shapes = issue.errors.map((errors, i) => ({ errors, asked: new Set(Object.keys(optionShapes[i] ?? {})) }));
  const allKnown = [...new Set(shapes.flatMap((s) => [...s.asked]))];
  const known = new Set(allKnown);
  const unknown = keys.filter((k) => !known.has(k));
  reportUnknownKeys(unknown, path, sink, (key) => synonymOf(key, allKnown));
  if (unknown.length > 0) return;
  const matching = shapes.filter((s) => keys.some((k) => s.asked.has(k)));
  if (matching.length === 1) {
    for (const e of matching[0]!.errors) if (e.code !== 'unrecognized_keys') reportIssue(e, path, sink);
    return;
  }
  sink.add('invalid-union', { path: formatPath(path), keys }, path);
}
