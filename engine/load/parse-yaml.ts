import { parseDocument, type Document, type Node as YamlNode, type YAMLError } from 'yaml';
import type { DocPath } from '../lint/types.ts';
import type { YamlErrorCode, YamlHint } from '../messages/load-codes.ts';
import type { ProblemSink } from './problem-sink.ts';
import { createLineIndex, type LineIndex } from './line-index.ts';
import { MAX_NESTING } from './read-text.ts';
import { yamlToData, type Origin } from './yaml-to-data.ts';

export { MAX_ALIAS_COUNT } from './yaml-to-data.ts';

/** A parsed document: its plain data and a way to find where any part of it was written. */
export interface ParsedDoc {
  data: unknown;
  /** Line and column of the key (`part: 'key'`) or value at a path; the nearest existing ancestor otherwise. */
  locate(path: DocPath, part?: 'key' | 'value'): { line: number; column: number };
}

/**
 * Parse YAML (or JSON) text, treating every YAML warning as an error: the document, or null when its
 * problems went to the sink. Never throws; `deepest` is where the pre-check saw the deepest nesting.
 */
export function parseYaml(text: string, sink: ProblemSink, deepest = 0): ParsedDoc | null {
  const lines = createLineIndex(text);
  let doc: Document.Parsed;
  // The parser makes an Error object per syntax error, and capturing its stack is most of the cost of a
  // file with 100,000 errors; nothing here reads those stacks, so none are captured while it runs.
  const stackLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    // uniqueKeys is checked in yamlToData with a Map per mapping; the parser's own check is quadratic.
    doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: true, logLevel: 'silent' });
  } catch (err) {
    // The parser recurses once per level; nesting the pre-check could not see ends here, not in a crash.
    if (err instanceof RangeError) sink.add('too-deep', { max: MAX_NESTING }, lines.at(deepest));
    else sink.add('yaml-syntax', { detail: errorText(err) }, lines.at(deepest));
    return null;
  } finally {
    Error.stackTraceLimit = stackLimit;
  }
  const errors = [...doc.errors, ...doc.warnings];
  if (errors.length > 0) {
    reportYamlErrors(errors, lines, sink);
    return null;
  }
  const before = sink.total;
  const { data, origins } = yamlToData(doc.contents as YamlNode | null, lines.at, sink);
  if (sink.total > before) return null;
  return { data, locate: (path, part = 'value') => lines.at(offsetOf(data, origins, doc.contents as YamlNode | null, path, part)) };
}

// One problem per line: the parser often reports one mistake several ways at the same place. Lines are
// compared before any wording work, so a one-line file with 500,000 errors costs one look at its line.
function reportYamlErrors(errors: readonly YAMLError[], lines: LineIndex, sink: ProblemSink): void {
  const seen = new Set<number>();
  for (const e of errors) {
    const at = lines.at(e.pos[0]);
    if (seen.has(at.line)) continue;
    seen.add(at.line);
    if (sink.full) {
      sink.skip(1);
      continue;
    }
    // The parser turns its own stack overflow into this error; for a trainer it is nesting that is too deep.
    if (e.code === 'RESOURCE_EXHAUSTION' && /call stack/i.test(e.message)) {
      sink.add('too-deep', { max: MAX_NESTING }, at);
      continue;
    }
    const hint = commonMistake(lines.lineText(at.line));
    const code = `yaml-${e.code.toLowerCase().replace(/_/g, '-')}` as YamlErrorCode;
    sink.add(code, hint ? { detail: yamlDetail(e.message), hint } : { detail: yamlDetail(e.message) }, at);
  }
}

// Walks the data along the path (own properties only) and reads each step's position from its origin.
function offsetOf(data: unknown, origins: WeakMap<object, Origin>, root: YamlNode | null, path: DocPath, part: 'key' | 'value'): number {
  let cur: unknown = data;
  let offset = root?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const origin = cur !== null && typeof cur === 'object' ? origins.get(cur) : undefined;
    if (!origin || !Object.hasOwn(cur as object, seg)) return offset;
    const pair = origin.pairs?.get(String(seg));
    const keyStart = (pair?.key as YamlNode | null)?.range?.[0];
    if (i === path.length - 1 && part === 'key' && keyStart !== undefined) return keyStart;
    const item = pair ? (pair.value as YamlNode | null) : Array.isArray(cur) ? ((origin.node as { items?: unknown[] }).items?.[seg as number] as YamlNode | undefined) : undefined;
    offset = item?.range?.[0] ?? keyStart ?? offset;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return offset;
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

function errorText(err: unknown): string {
  return err instanceof Error ? err.message.split('\n')[0]! : String(err);
}
