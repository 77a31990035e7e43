import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_MOOD_STEP, MOOD_TABLE, moodDeltaFor, moodEffectsOf } from '../../engine/index.ts';
import { TEMPERAMENTS, type FeatureValues, type Temperament } from '../../engine/index.ts';
import { NO_FEATURES } from '../support/make-scenario.ts';
import { loadScenario } from '../../engine/index.ts';

const delta = (f: Partial<FeatureValues>, t: Temperament) => moodDeltaFor({ ...NO_FEATURES, ...f }, t);
const byDelta = (f: Partial<FeatureValues>) => [...TEMPERAMENTS].sort((a, b) => delta(f, a) - delta(f, b));

describe('mood model (003 一.1–一.3)', () => {
  it('leaves a reply with no features at 0 and sums the table rows', () => {
    for (const t of TEMPERAMENTS) expect(delta({}, t)).toBe(0);
    expect(delta({ empathy: true, apology: 'specific' }, 'peaceful')).toBe(MOOD_TABLE.empathy.peaceful + MOOD_TABLE.apologySpecific.peaceful);
    expect(moodEffectsOf({ ...NO_FEATURES, refusal: true, solution: true })).toEqual(['solution', 'refusalWithAlternative']);
    expect(moodEffectsOf({ ...NO_FEATURES, refusal: true })).toEqual(['refusalBare']);
  });

  it('soothes every temperament with empathy and a specific apology, and provokes every one with blame, "but" and a bare no', () => {
    for (const t of TEMPERAMENTS) {
      expect(delta({ empathy: true }, t)).toBeLessThan(0);
      expect(delta({ apology: 'specific' }, t)).toBeLessThan(delta({ apology: 'vague' }, t));
      for (const f of [{ blame: true }, { contrast: true }, { refusal: true }]) expect(delta(f, t)).toBeGreaterThan(0);
      expect(delta({ refusal: true, alternatives: 2 }, t)).toBeLessThan(delta({ refusal: true }, t));
    }
  });

  it('makes the powerful customer the most provoked by blame, refusal, rules and "but", and the most calmed by action', () => {
    for (const f of [{ blame: true }, { refusal: true }, { policy: true }, { contrast: true }]) expect(byDelta(f).at(-1)).toBe('powerful');
    expect(byDelta({ solution: true })[0]).toBe('powerful');
    expect(byDelta({ alternatives: 2 })[0]).toBe('powerful');
  });

  it('lets the peaceful customer accept rules and forgive an apology, and rewards concessions least', () => {
    expect(delta({ policy: true }, 'peaceful')).toBeLessThan(0);
    expect(byDelta({ apology: 'specific' })[0]).toBe('peaceful');
    expect(byDelta({ solution: true }).at(-1)).toBe('peaceful');
    expect(byDelta({ blame: true })[0]).toBe('peaceful');
  });

  it('calms the perfect customer most by being understood and given reasons; vague apologies annoy them', () => {
    expect(byDelta({ paraphrase: true })[0]).toBe('perfect');
    expect(delta({ policy: true }, 'perfect')).toBeLessThan(0);
    expect(delta({ apology: 'vague' }, 'perfect')).toBeGreaterThan(0);
    expect(byDelta({ timeframe: true })[0]).toBe('perfect');
  });

  it('wins the lively customer back fast with feelings, but early reasoning does not land', () => {
    expect(delta({ empathy: true }, 'lively')).toBe(Math.min(...TEMPERAMENTS.map((t) => delta({ empathy: true }, t))));
    expect(delta({ policy: true }, 'lively')).toBeGreaterThan(0);
  });

  it('never moves the mood more than the cap in one reply', () => {
    const all = { empathy: true, apology: 'specific' as const, paraphrase: true, question: true, willingness: true, solution: true, alternatives: 3, timeframe: true };
    for (const t of TEMPERAMENTS) expect(delta(all, t)).toBe(-MAX_MOOD_STEP);
    expect(delta({ blame: true, contrast: true, refusal: true, policy: true }, 'powerful')).toBe(MAX_MOOD_STEP);
    fc.assert(
      fc.property(fc.record({ empathy: fc.boolean(), blame: fc.boolean(), solution: fc.boolean(), refusal: fc.boolean(), contrast: fc.boolean() }), fc.constantFrom(...TEMPERAMENTS), (f, t) => {
        const d = delta(f, t);
        expect(Number.isInteger(d) && Math.abs(d) <= MAX_MOOD_STEP).toBe(true);
      }),
    );
  });

  it('is what the loader applies to choices without an authored mood; an authored mood wins', () => {
    const yaml = [
      'id: t', 'version: 1', 'locale: en', 'title: t', 'difficulty: 1',
      'persona: { name: X, temperament: powerful, mood: 80 }', 'brief: b',
      'issue: { summary: late parcel, keywords: [parcel, late] }', 'solvableInCall: true', 'maxTurns: 4', 'passScore: 70', 'start: a',
      'nodes:', '  a:', '    customer: Where is it?', '    choices:',
      '      - { id: model, reply: "That is your own fault.", tags: { blame: true }, to: end }',
      '      - { id: authored, reply: "That is your own fault.", tags: { blame: true }, mood: -5, to: end }',
      '  end: { customer: Bye., end: resolved }',
    ].join('\n');
    const res = loadScenario(yaml, 't.yaml');
    if (!res.ok) throw new Error(JSON.stringify(res.problems));
    const [model, authored] = res.value.nodes['a']!.choices;
    expect(model!.moodDelta).toBe(moodDeltaFor(model!.features, 'powerful'));
    expect(model!.moodDelta).toBeGreaterThanOrEqual(MOOD_TABLE.blame.powerful);
    expect(authored!.moodDelta).toBe(-5);
  });
});
