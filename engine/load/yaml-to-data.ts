import { isAlias, isMap, isPair, isScalar, isSeq, type Node as YamlNode, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { ProblemCode, ProblemParams } from '../types.ts';
import type { ProblemSink } from './problem-sink.ts';
import { MAX_NESTING } from './read-text.ts';

/** Most alias uses (`*name`) a file may have; far above real use. */
export const MAX_ALIAS_COUNT = 100;
/** Most values a file's aliases may stand for in all; a "billion laughs" bomb stops here. */
export const MAX_ALIAS_VALUES = 10_000;

/** Where a converted mapping or list came from, so any part of the data can be located in the text. */
export interface Origin {
  node: YamlNode;
  /** A mapping's pairs by key, in one Map, so locating costs O(1) per path step. */
  pairs?: Map<string, Pair>;
}

/** The converted data and where each of its objects came from. */
export interface Converted {
  data: unknown;
  origins: WeakMap<object, Origin>;
}

const start = (n: YamlNode | null | undefined): number => n?.range?.[0] ?? 0;

/**
 * Turn a parsed YAML tree into plain data in one pass over the tree: mappings become objects without a
 * prototype (a key named like an Object.prototype member is just a key), keys must be plain names and
 * unique, `__proto__` is refused, nesting is bounded, and aliases are resolved by a document-order
 * anchor table (each anchored value converted once) within a budget, instead of the parser's toJS, whose
 * key stringification and alias lookups cost time quadratic in the input.
 */
export function yamlToData(root: YamlNode | null, at: (offset: number) => { line: number; column: number }, sink: ProblemSink): Converted {
  const origins = new WeakMap<object, Origin>();
  const problems = { push: <C extends ProblemCode>(p: { code: C; params: ProblemParams[C]; offset: number }) => sink.add(p.code, p.params, at(p.offset)) };
  const lineOf = (offset: number) => at(offset).line;
  const anchors = new Map<string, YamlNode>();
  const done = new Map<YamlNode, { value: unknown; size: number }>();
  const open = new Set<YamlNode>();
  let aliasUses = 0;
  let aliasValues = 0;
  let aliasFailed = false;

  const convert = (node: YamlNode | null | undefined, depth: number): { value: unknown; size: number } => {
    if (!node) return { value: null, size: 1 };
    if (isAlias(node)) return viaAlias(node.source, start(node), depth);
    if (depth > MAX_NESTING) {
      problems.push({ code: 'too-deep', params: { max: MAX_NESTING }, offset: start(node) });
      return { value: null, size: 1 };
    }
    if (node.anchor) anchors.set(node.anchor, node);
    open.add(node);
    const out = isMap(node) ? convertMap(node, depth) : isSeq(node) ? convertSeq(node, depth) : { value: isScalar(node) ? node.value : null, size: 1 };
    open.delete(node);
    if (node.anchor) done.set(node, out);
    return out;
  };

  const viaAlias = (name: string, offset: number, depth: number): { value: unknown; size: number } => {
    const target = anchors.get(name);
    if (!target || open.has(target)) {
      problems.push({ code: 'yaml-bad-alias', params: { detail: `alias *${name} has no value here` }, offset });
      return { value: null, size: 1 };
    }
    const hit = done.get(target) ?? convert(target, depth);
    aliasUses++;
    aliasValues += hit.size;
    if ((aliasUses > MAX_ALIAS_COUNT || aliasValues > MAX_ALIAS_VALUES) && !aliasFailed) {
      aliasFailed = true;
      problems.push({ code: 'yaml-aliases', params: { max: MAX_ALIAS_COUNT }, offset });
    }
    return aliasFailed ? { value: null, size: 1 } : hit;
  };

  const keyOf = (key: unknown): string | null => {
    const k = isAlias(key) ? anchors.get(key.source) : key;
    if (k === null || k === undefined) return '';
    if (!isScalar(k)) return null;
    return k.value === null || k.value === undefined ? '' : String(k.value);
  };

  const convertPairs = (items: readonly unknown[], node: YamlNode, depth: number): { value: unknown; size: number } => {
    const obj: Record<string, unknown> = Object.create(null);
    const pairs = new Map<string, Pair>();
    let size = 1;
    for (const pair of items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as YamlNode | null;
      const key = keyOf(keyNode);
      const at = start(keyNode) || start(node);
      if (key === null) problems.push({ code: 'complex-key', params: {}, offset: at });
      else if (key === '__proto__') problems.push({ code: 'reserved-key', params: { key }, offset: at });
      else if (pairs.has(key)) {
        problems.push({ code: 'yaml-duplicate-key', params: { key, firstLine: lineOf(start(pairs.get(key)!.key as YamlNode)) }, offset: at });
      } else {
        const v = convert(pair.value as YamlNode | null, depth + 1);
        obj[key] = v.value;
        pairs.set(key, pair);
        size += v.size;
      }
    }
    origins.set(obj, { node, pairs });
    return { value: obj, size };
  };

  const convertMap = (map: YAMLMap, depth: number) => convertPairs(map.items, map, depth);

  // A flow list may hold `key: value` items (`[a: 1]`); each is a one-key mapping, as YAML reads it.
  const convertSeq = (seq: YAMLSeq, depth: number): { value: unknown; size: number } => {
    let size = 1;
    const arr = seq.items.map((item) => {
      const v = isPair(item) ? convertPairs([item], seq, depth + 1) : convert(item as YamlNode | null, depth + 1);
      size += v.size;
      return v.value;
    });
    origins.set(arr, { node: seq });
    return { value: arr, size };
  };

  return { data: convert(root, 0).value, origins };
}
