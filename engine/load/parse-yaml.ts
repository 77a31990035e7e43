import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { Problem } from '../types.ts';
import type { DocPath } from '../lint/types.ts';
import { problemAt } from './read-text.ts';

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
    return { ok: false, problems: [problemAt(file, 'yaml-syntax', `could not parse: ${errorText(err)}`)] };
  }
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const problems = [...doc.errors, ...doc.warnings].map((e) => {
    const { line, column } = pos(e.pos[0]);
    const lineText = text.split('\n', line)[line - 1] ?? '';
    const message = commonMistake(lineText) ?? yamlMessage(e.code, e.message);
    return problemAt(file, `yaml-${e.code.toLowerCase().replace(/_/g, '-')}`, message, line, column);
  });
  if (problems.length > 0) return { ok: false, problems: dedupe(problems) };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const msg = /alias/i.test(errorText(err))
      ? `too many alias expansions (more than ${MAX_ALIAS_COUNT}); write the text out instead of using anchors`
      : `could not read the document: ${errorText(err)}`;
    return { ok: false, problems: [problemAt(file, 'yaml-aliases', msg)] };
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
function commonMistake(lineText: string): string | null {
  if (/^\s*(- )?[\w$-]+\s*：/.test(lineText)) return 'this key is followed by a full-width colon "："; YAML needs an ASCII colon ":" and a space';
  if (/^\s*(- )?[\w$-]+: [^'"|>{[].*: /.test(lineText)) {
    return 'this value contains ": ", which YAML reads as a new key; put the whole value in quotes';
  }
  return null;
}

// The yaml package's messages are precise but terse; a few common ones get plainer words for trainers.
function yamlMessage(code: string, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'duplicate key: this key is already set earlier in the same mapping';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'unexpected indentation or a missing ":" — a line here is indented deeper than the key above it allows';
    case 'TAB_AS_INDENT':
      return 'tabs are not allowed for indentation in YAML; indent with spaces';
    default:
      return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  }
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
