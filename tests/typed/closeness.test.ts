import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { featureDistance, readingKey, sharedFeatures, wordingSimilarity, wordingUnits, type FeatureValues } from '../../engine/index.ts';

const arbFeatures: fc.Arbitrary<FeatureValues> = fc.record({
  contrast: fc.boolean(), apology: fc.constantFrom('none', 'vague', 'specific'), empathy: fc.boolean(), solution: fc.boolean(),
  alternatives: fc.integer({ min: 0, max: 4 }), refusal: fc.boolean(), paraphrase: fc.boolean(), question: fc.boolean(),
  blame: fc.boolean(), timeframe: fc.boolean(), willingness: fc.boolean(), policy: fc.boolean(), praise: fc.boolean(), guarantee: fc.boolean(),
  concession: fc.boolean(),
});

describe('featureDistance', () => {
  it('is a symmetric distance that is 0 exactly when the reading keys agree', () => {
    fc.assert(
      fc.property(arbFeatures, arbFeatures, arbFeatures, (a, b, c) => {
        expect(featureDistance(a, b)).toBe(featureDistance(b, a));
        expect(featureDistance(a, a)).toBe(0);
        expect(featureDistance(a, b) === 0).toBe(readingKey(a) === readingKey(b));
        expect(featureDistance(a, c)).toBeLessThanOrEqual(featureDistance(a, b) + featureDistance(b, c));
        expect(sharedFeatures(a, b)).toBe(sharedFeatures(b, a));
      }),
    );
  });

  it('weighs blame, refusal and contrast double and treats three or more options as two', () => {
    const none: FeatureValues = {
      contrast: false, apology: 'none', empathy: false, solution: false, alternatives: 0, refusal: false, paraphrase: false,
      question: false, blame: false, timeframe: false, willingness: false, policy: false, praise: false, guarantee: false, concession: false,
    };
    expect(featureDistance(none, { ...none, blame: true })).toBe(2);
    expect(featureDistance(none, { ...none, empathy: true })).toBe(1);
    expect(featureDistance(none, { ...none, apology: 'specific' })).toBe(2);
    expect(featureDistance({ ...none, alternatives: 2 }, { ...none, alternatives: 5 })).toBe(0);
  });
});

describe('wordingSimilarity', () => {
  it('is 1 for the same words, 0 for none in common, and folds case, width and Traditional forms', () => {
    const sim = (a: string, b: string) => wordingSimilarity(wordingUnits(a), wordingUnits(b));
    expect(sim('Your parcel is late', 'your PARCEL is late!')).toBe(1);
    expect(sim('parcel late', 'refund today')).toBe(0);
    expect(sim('包裹晚到了', '包裹晚到了')).toBe(1);
    expect(sim('包裹延遲了', '包裹延迟了')).toBe(1);
    expect(sim('', '')).toBe(0);
    expect(sim('sorry sorry late', 'sorry late')).toBeCloseTo((2 * 2) / 5);
  });
});
