import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeScenario } from '../../engine/analyze/analyze-scenario.ts';
import { randomScenario } from '../support/random-scenario.ts';
import { checkAgainstBruteForce } from './check-against-brute-force.ts';
import { activeToyRules, toyGrader } from './toy-rules.ts';

describe('analyzeScenario with explicit rules (large credits and penalties, saturation at 0 and 100)', () => {
  it('agrees with a brute-force fold of the same rules', () => {
    const weights = fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 4, maxLength: 4 });
    const critical = fc.array(fc.boolean(), { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(randomScenario({ maxTurns: 6 }), weights, critical, (scenario, w, c) => {
        const rules = activeToyRules(w, c);
        checkAgainstBruteForce(scenario, analyzeScenario(scenario, undefined, { rules }), toyGrader(scenario, rules));
      }),
      { numRuns: 250 },
    );
  });

  it('reaches both saturated ends of the score scale on some scenario', () => {
    const seen = new Set<number>();
    for (const scenario of fc.sample(randomScenario({ maxTurns: 6 }), { numRuns: 150, seed: 7 })) {
      const a = analyzeScenario(scenario, undefined, { rules: activeToyRules([9, 5, 3, 9], [false, false, true, false]) });
      for (const d of a.distribution) seen.add(d.score);
    }
    expect(seen.has(0) && seen.has(100)).toBe(true);
  });
});
