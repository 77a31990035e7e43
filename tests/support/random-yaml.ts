import fc from 'fast-check';
import { stringify } from 'yaml';

/** A fast-check arbitrary of valid scenario documents (as plain objects) with cycles, guards and all endings. */
export function arbScenarioDoc() {
  return fc
    .record({
      inner: fc.integer({ min: 1, max: 5 }),
      mood: fc.integer({ min: 0, max: 100 }),
      maxTurns: fc.integer({ min: 1, max: 8 }),
      seed: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 64, maxLength: 64 }),
    })
    .map(({ inner, mood, maxTurns, seed }) => buildDoc(inner, mood, maxTurns, seed));
}

function buildDoc(inner: number, mood: number, maxTurns: number, seed: number[]) {
  let k = 0;
  const next = () => seed[k++ % seed.length]!;
  const innerIds = Array.from({ length: inner }, (_, i) => `n${i}`);
  const endIds = ['won', 'lost', 'gone'];
  const all = [...innerIds, ...endIds];
  const nodes: Record<string, unknown> = {};
  for (const id of innerIds) {
    const count = 1 + (next() % 3);
    nodes[id] = {
      customer: `customer at ${id}`,
      choices: Array.from({ length: count }, (_, c) => {
        const to = all[next() % all.length]!;
        const choice: Record<string, unknown> = { id: `c${c}`, reply: `reply ${c} at ${id}`, mood: (next() % 61) - 30 };
        if (next() % 3 === 0) choice.next = [{ when: { moodAtLeast: next() % 101 }, to: all[next() % all.length] }, { to }];
        else choice.to = to;
        return choice;
      }),
    };
  }
  nodes.won = { customer: 'thanks', end: 'resolved' };
  nodes.lost = { customer: 'manager!', end: 'escalated' };
  nodes.gone = { customer: '*click*', end: 'abandoned' };
  return {
    id: 'random-case', version: 1, locale: 'en', title: 'Random', difficulty: 2,
    persona: { name: 'R', temperament: 'powerful', mood }, brief: 'random',
    issue: { summary: 'late', keywords: ['late'] }, solvableInCall: true, maxTurns, passScore: 70,
    start: 'n0', nodes,
  };
}

/** Render a scenario document as YAML text, the way a trainer's file would look. */
export function toYaml(doc: unknown): string {
  return stringify(doc);
}
