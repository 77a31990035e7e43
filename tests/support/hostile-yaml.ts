// Generated scenario files that once made the loader slow or loud, each scalable to a size, and an
// ordinary scenario of any size to compare them with. The bench (scripts/bench/load.ts), the fuzz script
// and the loader's property tests share them.

/** A hostile file: what it does to a loader, and how to make one of about `bytes` bytes. */
export interface HostileCase {
  name: string;
  /** Why it is hostile, with the figure measured before the loader was made linear, where there is one. */
  why: string;
  make(bytes: number): string;
  /** The size the issue reported it at, when it names one (the bench runs it there and at the cap). */
  reported?: number;
}

const HEAD = `id: hostile-case
version: 1
locale: en
title: Hostile case
difficulty: 2
persona: { name: Sam, temperament: powerful, mood: 80 }
brief: The parcel is late.
issue: { summary: late delivery, keywords: [late, delivery] }
solvableInCall: true
maxTurns: 6
passScore: 70
start: n0
`;

/** Repeat `unit(i)` for i = 0, 1, … until the text reaches `bytes` (UTF-16 units; ASCII here). */
function fill(bytes: number, head: string, unit: (i: number) => string, tail = ''): string {
  const parts = [head];
  let size = head.length + tail.length;
  for (let i = 0; size < bytes; i++) {
    const u = unit(i);
    parts.push(u);
    size += u.length;
  }
  parts.push(tail);
  return parts.join('');
}

const REPLY = 'I am sorry your parcel is late; I will send a new one today.';

/** A node of the chain: its reply leads to the next node; `extra` adds lines to the choice. */
const chainNode = (i: number, reply: string, extra = '') =>
  `  n${i}:\n    customer: Where is my parcel? It is a week late.\n    choices:\n      - id: a\n        reply: ${reply}\n${extra}        to: n${i + 1}\n`;

/** A chain of nodes of about `bytes` bytes, each made by `unit`, closed by a resolved ending. */
function chain(bytes: number, unit: (i: number) => string): string {
  let count = 0;
  const text = fill(bytes - 60, `${HEAD}nodes:\n`, (i) => ((count = i + 1), unit(i)));
  return `${text}  n${count}:\n    customer: Thanks.\n    end: resolved\n`;
}

/** A valid scenario of about `bytes` bytes: a chain of ordinary nodes with realistic replies, ending resolved. */
export function ordinaryScenario(bytes: number): string {
  return chain(bytes, (i) => chainNode(i, REPLY));
}

const nestedQuestionKeys = (bytes: number) => `${'? '.repeat(Math.max(1, Math.floor((bytes - 2) / 2)))}a\n`;

/** The hostile files, smallest reproduction first. */
export const HOSTILE_CASES: readonly HostileCase[] = [
  { name: 'nested ? keys', why: "400 nested '? ' keys: 16 s and a 598 KB message", reported: 802, make: nestedQuestionKeys },
  {
    name: 'unknown to: targets',
    why: '5,000 unknown targets among 5,000 nodes: 29 s in the CLI (did-you-mean over every node)',
    reported: 413_000,
    make: (bytes) =>
      fill(bytes, `${HEAD.replace('start: n0', 'start: node-00000')}nodes:\n`, (i) => `  node-${String(i).padStart(5, '0')}: { customer: c, choices: [{ id: a, reply: r, to: nod-${String(i).padStart(5, '0')} }] }\n`),
  },
  { name: 'root keys', why: '10,000 unknown root keys: 4.4 s', reported: 138_000, make: (bytes) => fill(bytes, '', (i) => `key${i}: ${i}\n`) },
  { name: 'valid chain of nodes', why: 'a valid 10,000-node file: 5-7 s', make: ordinaryScenario },
  {
    name: 'one long reply',
    why: 'a reply of ~200,000 characters: 3 s (the analyzer is quadratic in reply length)',
    reported: 200_500,
    make: (bytes) => `${HEAD}nodes:\n  n0:\n    customer: hi\n    choices:\n      - id: a\n        reply: ${'I am sorry but no. '.repeat(Math.ceil(bytes / 19))}\n        to: n1\n  n1:\n    customer: bye\n    end: resolved\n`,
  },
  {
    name: 'longest legal replies',
    why: 'every reply at the 2,000-character cap, full of the analyzer’s cues',
    make: (bytes) => chain(bytes, (i) => chainNode(i, 'Sorry, but no; I understand, but we cannot, however '.repeat(38).slice(0, 1990))),
  },
  { name: 'comment lines then a letter', why: 'a 54-byte file: 20 s (a blank-file regex backtracked)', reported: 54, make: (bytes) => `${'#\n'.repeat(Math.max(1, Math.floor((bytes - 2) / 2)))}x\n` },
  { name: 'duplicate keys', why: 'the same key on every line (the parser’s duplicate check is quadratic)', make: (bytes) => fill(bytes, '', () => 'k: v\n') },
  { name: 'tiny flow items', why: '[a,a,a,…]: the most parser tokens per byte', make: (bytes) => fill(bytes, 'x: [', () => 'a,', 'a]\n') },
  { name: 'empty flow lists', why: '[[][][]…]: two parser errors per 2 bytes, all on one line', make: (bytes) => fill(bytes, 'x: [', () => '[]', ']\n') },
  { name: 'an error on every line', why: 'a syntax error per line', make: (bytes) => fill(bytes, '', () => 'a: b: c\n') },
  { name: 'tab indentation', why: 'a tab error per line', make: (bytes) => fill(bytes, '', () => 'x:\n\t- a\n') },
  { name: 'deep flow nesting', why: "'[' × N: the parser recurses per level", make: (bytes) => `x: ${'['.repeat(bytes)}\n` },
  { name: 'nesting behind an apostrophe', why: "a quote the pre-check saw where YAML sees none, then '[' × N", make: (bytes) => `a: b 'c\n${'['.repeat(bytes / 2)}${']'.repeat(bytes / 2)}\n` },
  {
    name: 'alias bomb',
    why: 'nine levels of nine aliases each (a billion laughs)',
    make: () => ['a: &a [x,x,x,x,x,x,x,x,x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`)].join('\n'),
  },
  { name: 'one huge key', why: 'a key as long as the file, quoted back in a message', make: (bytes) => `${HEAD}${'k'.repeat(bytes)}: 1\n` },
  {
    name: 'misspelled field in every choice',
    why: 'an unknown field (with a suggestion) in every reply',
    make: (bytes) => chain(bytes, (i) => chainNode(i, REPLY, '        moood: 5\n')),
  },
  {
    name: 'unknown guard key everywhere',
    why: '`when: { moodAbove: N }` in every reply: union analysis per guard',
    make: (bytes) =>
      chain(bytes, (i) => `  n${i}:\n    customer: Where is my parcel?\n    choices:\n      - id: a\n        reply: ${REPLY}\n        next:\n          - when: { moodAbove: 40 }\n            to: n${i + 1}\n          - to: n${i + 1}\n`),
  },
];
