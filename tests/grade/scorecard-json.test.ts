import { formatPathError } from '../../engine/index.ts';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createGrader } from '../../engine/index.ts';
import { createScorecardBytes, createScorecardWriter } from '../../engine/index.ts';
import type { FeatureValues } from '../../engine/index.ts';
import { chainScenario, idsOf } from '../support/make-scenario.ts';

describe('createScorecardWriter', () => {
  it('writes exactly what JSON.stringify writes, with and without "instead"', () => {
    const write = createScorecardWriter();
    const bytes = createScorecardBytes();
    const f = fc.record<Partial<FeatureValues>>({ contrast: fc.boolean(), blame: fc.boolean(), refusal: fc.boolean(), solution: fc.boolean(), empathy: fc.boolean(), alternatives: fc.constantFrom(0, 2) });
    fc.assert(
      fc.property(fc.array(fc.tuple(f, f), { minLength: 1, maxLength: 6 }), (pairs) => {
        const replies = pairs.map(([a], i) => ({ id: `r${i}`, f: a, mood: 0 }));
        const decoys = pairs.map(([, b], i) => [{ id: `d${i}`, f: b, mood: -5 }]);
        const res = createGrader(chainScenario(replies, { decoys })).grade(idsOf(replies));
        if (!res.ok) throw new Error(formatPathError(res.error, 'en'));
        expect(write(res.scorecard)).toBe(JSON.stringify(res.scorecard));
        bytes.card(res.scorecard);
        bytes.text('\n');
        bytes.card(res.scorecard);
        expect(new TextDecoder().decode(bytes.take())).toBe(`${JSON.stringify(res.scorecard)}\n${JSON.stringify(res.scorecard)}`);
      }),
      { numRuns: 200 },
    );
  });
});
