// Seeded generators of hostile scenario text for the fuzz script (scripts/fuzz/loader.ts) and the
// loader's property tests: mutations of a valid file, YAML-ish noise, deep nesting in every form YAML
// has, names from Object.prototype, and the known hostile files at random sizes.
import { HOSTILE_CASES, ordinaryScenario } from './hostile-yaml.ts';
import type { Rand } from './rand.ts';

// A small valid scenario (a chain of nodes n0, n1, … with replies `a`) that mutations start from.
const BASE_YAML = ordinaryScenario(1500);

const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const int = (rand: Rand, max: number) => Math.floor(rand() * (max + 1));

/** Names a lookup by plain-object indexing or `in` would find on every object. */
export const PROTOTYPE_NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'toLocaleString', '__defineGetter__'] as const;

const TOKENS = ['a', 'b:', ': ', '- ', '? ', '[', ']', '{', '}', ',', "'", '"', '\\', '#', '&x ', '*x', '!!str ', '|', '>', '\n', '\n  ', '\t', '：', ' ', '---\n', '%YAML 1.2\n', '😀', '\u0000', '\r\n', '::', '<<: '];

// Each form of nesting YAML has, repeated; some hide behind quotes the way fuzzed files did.
const NESTERS = ['? ', '- ', '[', '{', '{a: ', '[a, ', "- '", '"[', "? '", ' - ', '? - ', '- ? '];

function noise(rand: Rand, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += pick(rand, TOKENS);
  return s;
}

function mutate(rand: Rand, text: string): string {
  let out = text;
  for (let k = 1 + int(rand, 4); k > 0; k--) {
    const at = int(rand, out.length);
    const op = int(rand, 5);
    if (op === 0) out = out.slice(0, at) + noise(rand, 1 + int(rand, 12)) + out.slice(at);
    else if (op === 1) out = out.slice(0, at) + out.slice(at + int(rand, 40));
    else if (op === 2) {
      const lines = out.split('\n');
      const i = int(rand, lines.length - 1);
      lines.splice(i, 0, lines[int(rand, lines.length - 1)]!);
      out = lines.join('\n');
    } else if (op === 3) out = out.replace(pick(rand, ['n0', 'n1', 'n2', 'id: a', 'Sam', 'powerful']), pick(rand, PROTOTYPE_NAMES));
    else out = out.slice(0, at) + ' '.repeat(int(rand, 6)) + out.slice(at);
  }
  return out;
}

function deepNesting(rand: Rand): string {
  const depth = 50 + int(rand, 5000);
  const nester = pick(rand, NESTERS);
  const body = nester.repeat(depth);
  return pick(rand, [`x: ${body}a\n`, `${body}a\n`, `a: b 'c\n${body}\n`, `- x'\n  ${body}\n`, `${BASE_YAML}nodes2: ${body}\n`]);
}

/** One fuzz input: what kind it is (to report failures by kind) and its text. */
export interface FuzzCase {
  kind: string;
  text: string;
}

/** Make one fuzz input from a random source; `maxBytes` bounds the known hostile files' size. */
export function makeFuzzCase(rand: Rand, maxBytes = 64 * 1024): FuzzCase {
  switch (int(rand, 5)) {
    case 0:
      return { kind: 'noise', text: noise(rand, int(rand, 300)) };
    case 1:
      return { kind: 'mutated base file', text: mutate(rand, BASE_YAML) };
    case 2:
      return { kind: 'deep nesting', text: deepNesting(rand) };
    case 3: {
      const c = pick(rand, HOSTILE_CASES);
      return { kind: `hostile: ${c.name}`, text: c.make(64 + int(rand, maxBytes)) };
    }
    case 4:
      return { kind: 'mutated hostile', text: mutate(rand, pick(rand, HOSTILE_CASES).make(200 + int(rand, 4000))) };
    default:
      return { kind: 'prototype names', text: BASE_YAML.replace(new RegExp(`\\bn${int(rand, 2)}\\b`, 'g'), pick(rand, PROTOTYPE_NAMES)) };
  }
}
