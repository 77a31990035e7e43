import { describe, it } from 'vitest';
import fc from 'fast-check';
import { analyzeScenario } from '../../engine/analyze/analyze-scenario.ts';
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

  it('on deeper random scenarios with more paths', () => {
    fc.assert(
      fc.property(randomScenario({ maxNodes: 4, maxChoices: 3, maxTurns: 7 }), (scenario) => {
        checkAgainstBruteForce(scenario, analyzeScenario(scenario));
      }),
      { numRuns: 40 },
    );
  });
});
