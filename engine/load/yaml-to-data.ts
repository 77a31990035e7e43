import { isAlias, isMap, isPair, isScalar, isSeq, type Node as YamlNode, type Pair, type YAMLSeq } from 'yaml';
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

type At = (offset: number) => { line: number; column: number };

/** A converted value and how many values it holds (aliases are charged by it). */
interface Value {
  value: unknown;
  size: number;
}

const NULL: Value = { value: null, size: 1 };
const start = (n: YamlNode | null | undefined): number => n?.range?.[0] ?? 0;

/**
 * Turn a parsed YAML tree into plain data in one pass over the tree: mappings become objects without a
 * prototype (a key named like an Object.prototype member is just a key), keys must be plain names and
 * unique, `__proto__` is refused, nesting is bounded, and aliases are resolved by a document-order
 * anchor table (each anchored value converted once) within a budget, instead of the parser's toJS, whose
 * key stringification and alias lookups cost time quadratic in the input.
 */
export function yamlToData(root: YamlNode | null, at: At, sink: ProblemSink): Converted {
  const converter = new Converter(at, sink);
  return { data: converter.convert(root, 0).value, origins: converter.origins };
}

class Converter {
  readonly origins = new WeakMap<object, Origin>();
  private readonly anchors = new Map<string, YamlNode>();
  private readonly done = new Map<YamlNode, Value>();
  private readonly open = new Set<YamlNode>();
  private aliasUses = 0;
  private aliasValues = 0;
  private aliasFailed = false;

  constructor(
    private readonly at: At,
    private readonly sink: ProblemSink,
  ) {}

  private report<C extends ProblemCode>(code: C, params: ProblemParams[C], offset: number): void {
    this.sink.add(code, params, this.at(offset));
  }

  convert(node: YamlNode | null | undefined, depth: number): Value {
    if (!node) return NULL;
    if (isAlias(node)) return this.viaAlias(node.source, start(node), depth);
    if (depth > MAX_NESTING) {
      this.report('too-deep', { max: MAX_NESTING }, start(node));
      return NULL;
    }
    if (node.anchor) this.anchors.set(node.anchor, node);
    this.open.add(node);
    const out = isMap(node) ? this.convertPairs(node.items, node, depth) : isSeq(node) ? this.convertSeq(node, depth) : { value: isScalar(node) ? node.value : null, size: 1 };
    this.open.delete(node);
    if (node.anchor) this.done.set(node, out);
    return out;
  }

  // An anchored value is converted once and shared; every use is charged its size against the budget.
  private viaAlias(name: string, offset: number, depth: number): Value {
    const target = this.anchors.get(name);
    if (!target || this.open.has(target)) {
      this.report('yaml-bad-alias', { detail: `alias *${name} has no value here` }, offset);
      return NULL;
    }
    const hit = this.done.get(target) ?? this.convert(target, depth);
    this.aliasUses++;
    this.aliasValues += hit.size;
    if ((this.aliasUses > MAX_ALIAS_COUNT || this.aliasValues > MAX_ALIAS_VALUES) && !this.aliasFailed) {
      this.aliasFailed = true;
      this.report('yaml-aliases', { max: MAX_ALIAS_COUNT }, offset);
    }
    return this.aliasFailed ? NULL : hit;
  }

  private keyOf(key: unknown): string | null {
    const k = isAlias(key) ? this.anchors.get(key.source) : key;
    if (k === null || k === undefined) return '';
    if (!isScalar(k)) return null;
    return k.value === null || k.value === undefined ? '' : String(k.value);
  }

  private convertPairs(items: readonly unknown[], node: YamlNode, depth: number): Value {
    const obj: Record<string, unknown> = Object.create(null);
    const pairs = new Map<string, Pair>();
    let size = 1;
    for (const pair of items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as YamlNode | null;
      const key = this.keyOf(keyNode);
      const offset = start(keyNode) || start(node);
      const first = key === null ? undefined : pairs.get(key);
      if (key === null) this.report('complex-key', {}, offset);
      else if (key === '__proto__') this.report('reserved-key', { key }, offset);
      else if (first) this.report('yaml-duplicate-key', { key, firstLine: this.at(start(first.key as YamlNode)).line }, offset);
      else {
        const v = this.convert(pair.value as YamlNode | null, depth + 1);
        obj[key] = v.value;
        pairs.set(key, pair);
        size += v.size;
      }
    }
    this.origins.set(obj, { node, pairs });
    return { value: obj, size };
  }

  // A flow list may hold `key: value` items (`[a: 1]`); each is a one-key mapping, as YAML reads it.
  private convertSeq(seq: YAMLSeq, depth: number): Value {
    let size = 1;
    const arr = seq.items.map((item) => {
      const v = isPair(item) ? this.convertPairs([item], seq, depth + 1) : this.convert(item as YamlNode | null, depth + 1);
      size += v.size;
      return v.value;
    });
    this.origins.set(arr, { node: seq });
    return { value: arr, size };
  }
}
