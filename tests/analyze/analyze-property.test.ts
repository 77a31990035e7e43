import { describe, it } from 'vitest';
import fc from 'fast-check';
import { analyzeScenario } from '../../engine/index.ts';
import { randomScenario } from '../support/random-scenario.ts';
import { checkAgainstBruteForce } from './check-against-brute-force.ts';

describe('analyzeScenario agrees with brute force + gradePath', () => {
  it('on random small scenarios (cycles, guards, clamping, cut-offs, every ending)', () => {
    fc.assert(
      fc.property(randomScenario(), (scenario) => {
        checkAgainstBruteForce(scenario, analyzeScenario(scenario));
      }),
      { numRuns: 300 },
    );
  });

  it('on random scenarios that opt in to dead air (a silence is a move at every turn)', () => {
    fc.assert(
      fc.property(randomScenario({ maxTurns: 4 }), fc.integer({ min: 0, max: 40 }), (scenario, mood) => {
        const timed = { ...scenario, deadAir: { mood } };
        const a = analyzeScenario(timed);
        checkAgainstBruteForce(timed, a);
        // Opting in only adds paths: every path of the untimed scenario is still one.
        if (a.paths < analyzeScenario(scenario).paths) throw new Error('dead air lost paths');
      }),
      { numRuns: 120 },
    );
  });

  it('on deeper random scenarios with more paths', () => {
    fc.assert(
      fc.property(randomScenario({ maxNodes: 4, maxChoices: 3, maxTurns: 7 }), (scenario) => {
        checkAgainstBruteForce(scenario, analyzeScenario(scenario));
      }),
      { numRuns: 40 },
    );
  });
});
