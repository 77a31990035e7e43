import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeScenario } from '../../engine/index.ts';
import { randomScenario } from '../support/random-scenario.ts';
import { makeScenario } from '../support/make-scenario.ts';
import { checkAgainstBruteForce } from './check-against-brute-force.ts';
import { TOY_RULES, activeToyRules, toyGrader } from './toy-rules.ts';

describe('analyzeScenario with explicit rules (large credits and penalties, saturation at 0 and 100)', () => {
  it('agrees with a brute-force fold of the same rules', () => {
    const n = TOY_RULES.length;
    const weights = fc.array(fc.integer({ min: 1, max: 9 }), { minLength: n, maxLength: n });
    const critical = fc.array(fc.boolean(), { minLength: n, maxLength: n });
    // Subsets too: a rule that always reads the mood would hide a step cache that forgets a mood dependence.
    const on = fc.array(fc.boolean(), { minLength: n, maxLength: n });
    fc.assert(
      fc.property(randomScenario({ maxTurns: 6 }), weights, critical, on, (scenario, w, c, o) => {
        const rules = activeToyRules(w, c, o);
        checkAgainstBruteForce(scenario, analyzeScenario(scenario, undefined, { rules }), toyGrader(scenario, rules));
      }),
      { numRuns: 400 },
    );
  });

  it('does not share a step across turns when the mood it reads only past a turn threshold differs', () => {
    // One reply, looping: turn 1 at mood 0 reads only the index (too early); turn 3 arrives at mood 60 with
    // the same rule states and reply, and past the threshold the mood decides: it must not reuse turn 1.
    const scenario = makeScenario({
      mood: 0, maxTurns: 4, passScore: 0,
      nodes: { n0: { choices: [{ id: 'c0', f: {}, mood: 30, next: [{ when: { moodAtLeast: 90 }, to: 'done' }, { to: 'n0' }] }] }, done: { end: 'resolved' } },
    });
    const heatOnly = TOY_RULES.map((r) => r.id === 'late-heat');
    const rules = activeToyRules([1, 1, 1, 1, 1, 1], [false, false, false, false, false, false], heatOnly);
    const a = analyzeScenario(scenario, undefined, { rules });
    checkAgainstBruteForce(scenario, a, toyGrader(scenario, rules));
    expect(a.rules[0]!.violatingPaths).toBe(1n);
    // Turn 2 at n1 comes at mood 0 on one path and at mood 100 on the other, with the same rule states;
    // only the second one's turn 3 is late and hot. A step shared across turns at one mood must not be
    // taken as shared at the other.
    const twoMoods = makeScenario({
      mood: 0, maxTurns: 3, passScore: 0,
      nodes: {
        n0: { choices: [{ id: 'cool', f: {}, mood: -100, to: 'n1' }, { id: 'hot', f: {}, mood: 100, to: 'n1' }] },
        n1: { choices: [{ id: 'wait', f: {}, mood: 0, to: 'n1' }] },
      },
    });
    const b = analyzeScenario(twoMoods, undefined, { rules });
    checkAgainstBruteForce(twoMoods, b, toyGrader(twoMoods, rules));
    expect(b.rules[0]!.violatingPaths).toBe(1n);
  });

  it('agrees with brute force when moods are fractional (typed scenarios the loader would not produce)', () => {
    // Fractional moods take the analysis's slow paths: string state keys and string-keyed step results.
    const scenario = makeScenario({
      mood: 40, maxTurns: 5, passScore: 60,
      nodes: {
        n0: { choices: [{ id: 'up', f: { question: true }, mood: 12.5, next: [{ when: { moodAtLeast: 90 }, to: 'gone' }, { to: 'n0' }] }, { id: 'calm', f: { empathy: true }, mood: -7.25, to: 'n1' }] },
        n1: { choices: [{ id: 'fix', f: { solution: true }, mood: -20, to: 'done' }, { id: 'back', f: {}, mood: 30.5, to: 'n0' }] },
        done: { end: 'resolved' },
        gone: { end: 'escalated' },
      },
    });
    const rules = activeToyRules([2, 3, 1, 2, 1, 2], [false, false, true, false, false, false]);
    const a = analyzeScenario(scenario, undefined, { rules });
    checkAgainstBruteForce(scenario, a, toyGrader(scenario, rules));
    expect(a.paths).toBe(19n);
    // Two paths meet at n1 with the same rule states and moods 52.5 and 77.5: only the mood tells them apart.
    const meet = makeScenario({
      mood: 40, maxTurns: 3, passScore: 60,
      nodes: {
        n0: { choices: [{ id: 'a', f: {}, mood: 12.5, to: 'n1' }, { id: 'b', f: {}, mood: 37.5, to: 'n1' }] },
        n1: { choices: [{ id: 'c', f: {}, mood: 0, next: [{ when: { moodAtLeast: 70 }, to: 'gone' }, { to: 'done' }] }] },
        done: { end: 'resolved' },
        gone: { end: 'escalated' },
      },
    });
    const outcomeOnly = activeToyRules([1, 1, 1, 1, 1, 1], [], TOY_RULES.map((r) => r.id === 'outcome'));
    const b = analyzeScenario(meet, undefined, { rules: outcomeOnly });
    checkAgainstBruteForce(meet, b, toyGrader(meet, outcomeOnly));
    expect(b.outcomes).toEqual({ resolved: 1n, escalated: 1n, abandoned: 0n });
  });

  it('reaches both saturated ends of the score scale on some scenario', () => {
    const seen = new Set<number>();
    for (const scenario of fc.sample(randomScenario({ maxTurns: 6 }), { numRuns: 150, seed: 7 })) {
      const a = analyzeScenario(scenario, undefined, { rules: activeToyRules([9, 5, 3, 9, 1, 1], [false, false, true, false, false, false]) });
      for (const d of a.distribution) seen.add(d.score);
    }
    expect(seen.has(0) && seen.has(100)).toBe(true);
  });
});
