// Located errors that name the culprit: an unknown key anywhere names that key, where it is, and the
// nearest valid key; a duplicate key names the key and the line it was first set on; a value outside a
// union of values gets the nearest one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatProblem, loadScenario, type Problem } from '../../engine/index.ts';
import { boundedDistance } from '../../engine/load/suggest.ts';
import { arbScenarioDoc } from '../support/random-yaml.ts';

type Doc = Record<string, unknown>;

// Where an unknown key can go: the object at a path in the document, created when the file has none.
const PLACES: ReadonlyArray<{ name: string; object: (d: Doc) => Doc }> = [
  { name: 'root', object: (d) => d },
  { name: 'persona', object: (d) => d['persona'] as Doc },
  { name: 'issue', object: (d) => d['issue'] as Doc },
  { name: 'node', object: (d) => (d['nodes'] as Doc)['n0'] as Doc },
  { name: 'choice', object: (d) => firstChoice(d) },
  { name: 'tags', object: (d) => ((firstChoice(d)['tags'] = { solution: true, apology: 'none' }), firstChoice(d)['tags'] as Doc) },
  { name: 'rule override', object: (d) => ((d['rules'] = { 'no-but': { weight: 2, disabled: false } }), (d['rules'] as Doc)['no-but'] as Doc) },
  { name: 'rules', object: (d) => ((d['rules'] = { 'no-but': { weight: 2 }, 'soothe-first': { critical: true } }), d['rules'] as Doc) },
  { name: 'next entry', object: (d) => guardedNext(d)[1]! },
  { name: 'when', object: (d) => guardedNext(d)[0]!['when'] as Doc },
];

function firstChoice(d: Doc): Doc {
  return ((d['nodes'] as Doc)['n0'] as { choices: Doc[] }).choices[0]!;
}

function guardedNext(d: Doc): Doc[] {
  const c = firstChoice(d);
  if (!Array.isArray(c['next'])) {
    c['next'] = [{ when: { moodAtLeast: 50 }, to: c['to'] }, { to: c['to'] }];
    delete c['to'];
  }
  return c['next'] as Doc[];
}

// One edit a trainer makes: a letter dropped, doubled or changed.
function misspell(key: string, how: number, at: number): string {
  const i = at % key.length;
  if (how === 0 && key.length > 3) return key.slice(0, i) + key.slice(i + 1);
  if (how === 1) return key.slice(0, i) + key[i] + key.slice(i);
  return `${key.slice(0, i)}${key[i] === 'x' ? 'y' : 'x'}${key.slice(i + 1)}`;
}

const lineOf = (text: string, key: string) => text.split('\n').findIndex((l) => new RegExp(`(^|[\\s{,])${key.replace(/[$]/g, '\\$&')}:`).test(l)) + 1;

function problems(text: string): Problem[] {
  const r = loadScenario(text, 'case.yaml');
  if (r.ok) throw new Error(`expected problems:\n${text}`);
  return r.problems;
}

describe('an unknown key anywhere', () => {
  it('is named, located at its own line and column, with the nearest valid key suggested', () => {
    fc.assert(
      fc.property(arbScenarioDoc(), fc.nat({ max: PLACES.length - 1 }), fc.nat(), fc.nat({ max: 2 }), fc.nat(), (doc, placeIndex, keyPick, how, at) => {
        const place = PLACES[placeIndex]!;
        const target = place.object(doc as Doc);
        const valid = Object.keys(target).filter((k) => k !== '$schema');
        const original = valid[keyPick % valid.length]!;
        const wrong = misspell(original, how, at);
        fc.pre(!Object.hasOwn(target, wrong) && /^[a-z][\w-]*$/i.test(wrong));
        const value = target[original];
        delete target[original];
        target[wrong] = value;
        const text = stringify(doc);
        const found = problems(text).find((p) => (p.code === 'unknown-field' || p.code === 'unknown-rule') && p.params.key === wrong);
        expect(found, `${place.name}: ${wrong}\n${text}`).toBeDefined();
        const p = found as Extract<Problem, { code: 'unknown-field' | 'unknown-rule' }>;
        expect(p.line).toBe(lineOf(text, wrong));
        expect(p.params.suggestion, `${place.name}: ${wrong} for ${original}`).toBeDefined();
        expect(boundedDistance(wrong.toLowerCase(), p.params.suggestion!.toLowerCase(), 9)).toBeLessThanOrEqual(boundedDistance(wrong.toLowerCase(), original.toLowerCase(), 9));
        expect(formatProblem(p, 'en')).toContain(`"${wrong}"`);
        expect(formatProblem(p, 'zh-Hans')).toContain(`「${wrong}」`);
      }),
      { numRuns: 300 },
    );
  });

  it('inside a guard, is matched by meaning too: moodAbove → moodAtLeast, moodUnder → moodBelow', () => {
    for (const [key, meant] of [['moodAbove', 'moodAtLeast'], ['moodOver', 'moodAtLeast'], ['moodMin', 'moodAtLeast'], ['moodUnder', 'moodBelow'], ['moodLessThan', 'moodBelow'], ['moodAtMost', 'moodBelow']] as const) {
      const doc = fc.sample(arbScenarioDoc(), { numRuns: 1, seed: 7 })[0] as Doc;
      guardedNext(doc)[0]!['when'] = { [key]: 40 };
      const text = stringify(doc);
      const p = problems(text).find((x) => x.code === 'unknown-field' && x.params.key === key);
      expect(p, key).toMatchObject({ params: { suggestion: meant }, line: lineOf(text, key) });
      expect(formatProblem(p!, 'en')).toMatch(/a guard is either \{moodAtLeast: N\} or \{moodBelow: N\}/);
    }
  });
});

describe('a key set twice in one mapping', () => {
  it('names the key and the line where it was first set, at the second', () => {
    fc.assert(
      fc.property(arbScenarioDoc(), fc.nat(), (doc, pickLine) => {
        const lines = stringify(doc).split('\n');
        const candidates = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\s*(- )?[\w$-]+: \S/.test(l));
        const [line, i] = candidates[pickLine % candidates.length]!;
        const key = /^\s*(?:- )?([\w$-]+):/.exec(line)![1]!;
        const copy = line.replace(/^(\s*)- /, '$1  ');
        const text = [...lines.slice(0, i + 1), copy, ...lines.slice(i + 1)].join('\n');
        const p = problems(text).find((x) => x.code === 'yaml-duplicate-key');
        expect(p, text).toMatchObject({ line: i + 2, params: { key, firstLine: i + 1 } });
        expect(formatProblem(p!, 'en')).toBe(`duplicate key "${key}": it is already set on line ${i + 1} in the same mapping; keep one`);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a value outside a union of values', () => {
  it('gets the nearest allowed value (locale, temperament, end, profile, apology tag)', () => {
    const cases: Array<[(d: Doc) => void, string, string]> = [
      [(d) => (d['locale'] = 'zh-hans'), 'locale', 'zh-Hans'],
      [(d) => ((d['persona'] as Doc)['temperament'] = 'powerfull'), 'persona.temperament', 'powerful'],
      [(d) => ((d['nodes'] as Doc)['won'] = { customer: 'x', end: 'resolvd' }), 'nodes.won.end', 'resolved'],
      [(d) => (d['profile'] = 'reasurance'), 'profile', 'reassurance'],
      [(d) => (firstChoice(d)['tags'] = { apology: 'specfic' }), 'nodes.n0.choices[0].tags.apology', 'specific'],
    ];
    for (const [change, path, meant] of cases) {
      const doc = fc.sample(arbScenarioDoc(), { numRuns: 1, seed: 3 })[0] as Doc;
      change(doc);
      const p = problems(stringify(doc)).find((x) => x.code === 'invalid-value');
      expect(p, path).toMatchObject({ params: { path, suggestion: meant } });
    }
  });
});
