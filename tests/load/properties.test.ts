import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { loadScenario, loadScenarioBytes } from '../../engine/index.ts';
import { compileScenario } from '../../engine/index.ts';
import { arbScenarioDoc, toYaml } from '../support/random-yaml.ts';
import { BASE_YAML } from './base-yaml.ts';

describe('loader properties', () => {
  it('random valid scenarios load, compile, and random play always ends within maxTurns', () => {
    fc.assert(
      fc.property(arbScenarioDoc(), fc.array(fc.nat(), { maxLength: 20 }), (doc, picks) => {
        const r = loadScenario(toYaml(doc), 'random.yaml');
        if (!r.ok) throw new Error(JSON.stringify(r.problems));
        const scenario = r.value;
        const actor = createActor(compileScenario(scenario)).start();
        let steps = 0;
        while (actor.getSnapshot().status !== 'done') {
          const node = scenario.nodes[actor.getSnapshot().context.node]!;
          const choice = node.choices[(picks[steps] ?? steps) % node.choices.length]!;
          actor.send({ type: 'CHOOSE', choiceId: choice.id });
          steps++;
          expect(steps).toBeLessThanOrEqual(scenario.maxTurns);
        }
        const ctx = actor.getSnapshot().context;
        expect(ctx.outcome).not.toBeNull();
        expect(ctx.turn).toBe(steps);
        expect(ctx.transcript).toHaveLength(steps);
      }),
      { numRuns: 150 },
    );
  });

  it('random byte strings never make the loader throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const r = loadScenarioBytes(bytes, 'bytes.yaml');
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) for (const p of r.problems) expect(p.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });

  it('random YAML-ish text and random edits of a valid file never make the loader throw', () => {
    const yamlChars = fc.constantFrom(...'ab:-[]{}&*!|>\'"#\n  \t,?%@`0123456789'.split(''));
    const yamlish = fc.array(yamlChars, { maxLength: 200 }).map((a) => a.join(''));
    const edited = fc
      .tuple(fc.nat({ max: BASE_YAML.length }), fc.nat({ max: 40 }), yamlish)
      .map(([at, del, ins]) => BASE_YAML.slice(0, at) + ins + BASE_YAML.slice(at + del));
    fc.assert(
      fc.property(fc.oneof(yamlish, edited, fc.string({ maxLength: 300 })), (text) => {
        const r = loadScenario(text, 'fuzz.yaml');
        if (!r.ok) {
          expect(r.problems.length).toBeGreaterThan(0);
          for (const p of r.problems) expect(p.code).not.toBe('internal-error');
        }
      }),
      { numRuns: 800 },
    );
  });
});
