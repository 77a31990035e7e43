import type { z } from 'zod';
import type { Problem } from '../types.ts';
import type { DocPath } from '../lint/types.ts';
import { RULE_IDS } from '../rules/index.ts';
import type { ParsedDoc } from './parse-yaml.ts';
import {
  choiceSchema,
  issueSchema,
  nodeSchema,
  personaSchema,
  ruleOverrideSchema,
  scenarioSchema,
  tagsSchema,
  transitionSchema,
} from './schema.ts';
import { didYouMean } from './suggest.ts';

type Issue = z.core.$ZodIssue;

/** Phrase a document path the way a trainer reads it: nodes.opening.choices[0].to */
export function formatPath(path: DocPath): string {
  return path.reduce<string>((s, seg) => (typeof seg === 'number' ? `${s}[${seg}]` : s ? `${s}.${seg}` : seg), '');
}

/** Turn zod's issues into located problems worded for trainers. */
export function zodIssuesToProblems(issues: readonly Issue[], doc: ParsedDoc, file: string): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path as DocPath;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const where = doc.locate([...path, key], 'key');
        const known = knownKeysAt(path);
        const what = path.length === 1 && path[0] === 'rules' ? 'rule' : 'field';
        const list = what === 'rule' ? `; rules are: ${RULE_IDS.join(', ')}` : '';
        const msg = `unknown ${what} "${key}"${path.length ? ` in ${formatPath(path)}` : ''}${didYouMean(key, known)}${list}`;
        out.push(problem(file, `unknown-${what}`, msg, where));
      }
      continue;
    }
    const missing = isMissing(doc.data, path);
    const where = missing ? doc.locate(path.slice(0, -1), 'value') : doc.locate(path, 'value');
    out.push(problem(file, missing ? 'missing-field' : issueCode(issue), describeIssue(issue, path, missing), where));
  }
  return out;
}

// zod reports an absent field as a wrong type or value; the trainer needs to hear that it is missing.
function isMissing(data: unknown, path: DocPath): boolean {
  if (path.length === 0) return false;
  let parent: unknown = data;
  for (const seg of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return false;
    parent = (parent as Record<string | number, unknown>)[seg];
  }
  return parent !== null && typeof parent === 'object' && !Object.hasOwn(parent, path[path.length - 1]!);
}

function problem(file: string, code: string, message: string, at: { line: number; column: number }): Problem {
  return { code, severity: 'error', message, file, line: at.line, column: at.column };
}

function issueCode(issue: Issue): string {
  return issue.code === 'invalid_type' ? 'wrong-type' : issue.code.replace(/_/g, '-');
}

function describeIssue(issue: Issue, path: DocPath, missing: boolean): string {
  const name = `"${formatPath(path)}"`;
  const input = 'input' in issue ? issue.input : undefined;
  const got = input !== undefined && (input === null || typeof input !== 'object') ? ` (got ${show(input)})` : '';
  if (missing) return `missing required field "${String(path[path.length - 1])}"${path.length > 1 ? ` in ${formatPath(path.slice(0, -1))}` : ''}`;
  switch (issue.code) {
    case 'invalid_type':
      return `${name} must be ${article(issue.expected)}, not ${kindOf(issue.input)}${got}`;
    case 'too_small':
      return `${name} ${boundText(issue.origin, 'least', issue.minimum)}${got}`;
    case 'too_big':
      return `${name} ${boundText(issue.origin, 'most', issue.maximum)}${got}`;
    case 'invalid_value': {
      const values = issue.values.map((v) => String(v));
      const hint = typeof issue.input === 'string' ? (LOCALE_ALIASES[issue.input] ?? didYouMean(issue.input, values)) : '';
      return `${name} must be one of ${values.join(', ')}${got}${hint}`;
    }
    case 'invalid_format':
      return `${name} ${issue.message}${got}`;
    case 'invalid_union':
      if (path[path.length - 1] === 'when') return `${name} must be either {moodAtLeast: N} or {moodBelow: N}, with N from 0 to 100`;
      return `${name} has an invalid value${got}`;
    case 'invalid_key':
      return `${name}: ${issue.issues[0]?.message ?? 'invalid key'}`;
    default:
      return `${name}: ${issue.message}`;
  }
}

function boundText(origin: string, side: 'least' | 'most', bound: number | bigint): string {
  if (origin === 'string') return side === 'least' && Number(bound) <= 1 ? 'must not be empty' : `must be at ${side} ${bound} characters long`;
  if (origin === 'array') return `must have at ${side} ${bound} item${Number(bound) === 1 ? '' : 's'}`;
  return `must be at ${side} ${bound}`;
}

// Locale tags trainers often write for the three supported ones.
const LOCALE_ALIASES: Record<string, string> = Object.fromEntries([
  ...['zh-CN', 'zh-cn', 'zh_CN', 'zh-SG', 'zh', 'cn', 'zh-Hans-CN'].map((k) => [k, ' (did you mean "zh-Hans"?)']),
  ...['zh-TW', 'zh-tw', 'zh_TW', 'zh-HK', 'zh-MO', 'tw', 'zh-Hant-TW'].map((k) => [k, ' (did you mean "zh-Hant"?)']),
  ...['en-US', 'en-GB', 'en_US', 'english', 'English'].map((k) => [k, ' (did you mean "en"?)']),
]);

function article(expected: string): string {
  if (expected === 'int') return 'a whole number';
  return expected === 'object' ? 'a mapping (key: value lines)' : expected === 'array' ? 'a list' : /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'number' && !Number.isInteger(v)) return 'a fractional number';
  return `a ${typeof v}`;
}

function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  return Array.isArray(v) ? 'a list' : 'a mapping';
}

// Which fields were expected where an unknown one appeared, so the suggestion comes from the right set.
function knownKeysAt(path: DocPath): string[] {
  const last = path[path.length - 1];
  const parentIsNodes = path.length === 2 && path[0] === 'nodes';
  if (path.length === 0) return Object.keys(scenarioSchema.shape);
  if (path.length === 1 && last === 'persona') return Object.keys(personaSchema.shape);
  if (path.length === 1 && last === 'issue') return Object.keys(issueSchema.shape);
  if (path.length === 1 && last === 'rules') return [...RULE_IDS];
  if (path.length === 2 && path[0] === 'rules') return Object.keys(ruleOverrideSchema.shape);
  if (parentIsNodes) return Object.keys(nodeSchema.shape);
  if (last === 'tags') return Object.keys(tagsSchema.shape);
  if (last === 'when') return ['moodAtLeast', 'moodBelow'];
  if (path[path.length - 2] === 'next') return Object.keys(transitionSchema.shape);
  if (path[path.length - 2] === 'choices') return Object.keys(choiceSchema.shape);
  return [];
}
