import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node as YamlNode, type YAMLError } from 'yaml';
import type { Problem } from '../types.ts';
import type { DocPath } from '../lint/types.ts';
import type { YamlErrorCode, YamlHint } from '../messages/load-codes.ts';
import { makeProblem } from '../messages/make-problem.ts';

/** Most alias expansions a file may cause; far above real use, far below a "billion laughs" bomb. */
export const MAX_ALIAS_COUNT = 100;

/** A parsed document: its plain data and a way to find where any part of it was written. */
export interface ParsedDoc {
  data: unknown;
  /** Line and column of the key (`part: 'key'`) or value at a path; the nearest existing ancestor otherwise. */
  locate(path: DocPath, part?: 'key' | 'value'): { line: number; column: number };
}

/** Parse YAML (or JSON) text, treating every YAML warning as an error; never throws. */
export function parseYaml(text: string, file: string): { ok: true; doc: ParsedDoc } | { ok: false; problems: Problem[] } {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, logLevel: 'silent' });
  } catch (err) {
    return { ok: false, problems: [makeProblem('yaml-syntax', { detail: errorText(err) }, { file, line: 1, column: 1 })] };
  }
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const problems = [...doc.errors, ...doc.warnings].map((e) => {
    const at = { file, ...pos(e.pos[0]) };
    if (e.code === 'DUPLICATE_KEY') return makeProblem('yaml-duplicate-key', duplicateOf(doc, e, text, pos), at);
    const lineText = text.split('\n', at.line)[at.line - 1] ?? '';
    const hint = commonMistake(lineText);
    const code = `yaml-${e.code.toLowerCase().replace(/_/g, '-')}` as YamlErrorCode;
    return makeProblem(code, hint ? { detail: yamlDetail(e.message), hint } : { detail: yamlDetail(e.message) }, at);
  });
  if (problems.length > 0) return { ok: false, problems: dedupe(problems) };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const at = { file, line: 1, column: 1 };
    const problem = /alias/i.test(errorText(err))
      ? makeProblem('yaml-aliases', { max: MAX_ALIAS_COUNT }, at)
      : makeProblem('yaml-syntax', { detail: errorText(err) }, at);
    return { ok: false, problems: [problem] };
  }
  return { ok: true, doc: { data, locate: (path, part = 'value') => pos(offsetOf(doc.contents, path, part)) } };
}

function offsetOf(root: YamlNode | null, path: DocPath, part: 'key' | 'value'): number {
  let node: unknown = root;
  let offset = rangeStart(root);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return offset;
      if (last && part === 'key') return rangeStart(pair.key as YamlNode);
      node = pair.value;
      offset = rangeStart(pair.value as YamlNode | null) ?? rangeStart(pair.key as YamlNode);
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (!item) return offset;
      node = item;
      offset = rangeStart(item as YamlNode);
    } else return offset;
  }
  return offset;
}

function rangeStart(node: YamlNode | null | undefined): number {
  return node && 'range' in node && node.range ? node.range[0] : 0;
}

// Two mistakes trainers make all the time get named outright, since the parser's words for them mislead.
function commonMistake(lineText: string): YamlHint | null {
  if (/^\s*(- )?[\w$-]+\s*：/.test(lineText)) return 'full-width-colon';
  if (/^\s*(- )?[\w$-]+: [^'"|>{[].*: /.test(lineText)) return 'colon-in-value';
  return null;
}

// The parser's message names the position again, which the problem already carries.
function yamlDetail(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

// The parser says only that a key repeats; the trainer needs the key and where it was first set.
function duplicateOf(doc: Document.Parsed, e: YAMLError, text: string, pos: (o: number) => { line: number }): { key: string; firstLine: number } {
  const key = text.slice(e.pos[0], e.pos[1]);
  let firstLine = pos(e.pos[0]).line;
  visit(doc, {
    Map(_, map) {
      const dup = map.items.find((p) => isScalar(p.key) && p.key.range?.[0] === e.pos[0]);
      if (!dup || !isScalar(dup.key)) return undefined;
      const value = dup.key.value;
      const first = map.items.find((p) => isScalar(p.key) && p.key.value === value);
      if (first && isScalar(first.key) && first.key.range) firstLine = pos(first.key.range[0]).line;
      return visit.BREAK;
    },
  });
  return { key, firstLine };
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message.split('\n')[0]! : String(err);
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    // One problem per line: the yaml parser often reports one mistake several ways at the same place.
    const k = `${p.line}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
