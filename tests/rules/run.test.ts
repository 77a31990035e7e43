import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALL_RULES } from '../../engine/index.ts';
import { BASE_SCORE, CREDIT_POINTS, SEVERITY_POINTS, clampScore, pointsOf, resolveRules } from '../../engine/index.ts';
import { DEFAULT_PROFILE, PROFILE_IDS, REASSURANCE_PROFILE, checkOverrides, resolveProfile, withExamOverrides } from '../../engine/index.ts';
import type { RuleFinding, RuleState, Turn } from '../../engine/index.ts';
import { TEMPERAMENTS, type FeatureValues } from '../../engine/index.ts';
import { chainScenario } from '../support/make-scenario.ts';

const finding = (kind: RuleFinding['kind'], factor?: number): RuleFinding => ({ kind, code: 'x', ...(factor ? { factor } : {}) });

describe('points', () => {
  it('weighs violations by severity × weight × factor and credits by a fixed amount', () => {
    expect(SEVERITY_POINTS).toEqual({ critical: 20, major: 10, minor: 5 });
    expect(BASE_SCORE).toBe(100);
    const [soothe] = resolveRules(chainScenario([{ id: 'a' }]));
    expect(pointsOf(soothe!, finding('violation'))).toBe(-10);
    expect(pointsOf({ ...soothe!, weight: 2 }, finding('violation', 3))).toBe(-60);
    expect(pointsOf({ ...soothe!, weight: 2 }, finding('credit'))).toBe(2 * CREDIT_POINTS);
    expect([clampScore(-5), clampScore(55), clampScore(130)]).toEqual([0, 55, 100]);
  });
});

describe('resolveRules', () => {
  it('layers profile, then scenario, then exam overrides', () => {
    const s = { ...chainScenario([{ id: 'a' }]), rules: { 'no-but': { weight: 2 }, willingness: { weight: 4 } } };
    const byId = (p = DEFAULT_PROFILE) => new Map(resolveRules(s, p).map((a) => [a.rule.id, a]));
    expect(byId().get('no-but')).toMatchObject({ weight: 2, critical: false });
    expect(byId().get('no-blame')).toMatchObject({ weight: 1, critical: true });
    expect(byId(REASSURANCE_PROFILE).has('honest-commitment')).toBe(false);
    expect(byId(REASSURANCE_PROFILE).get('willingness')!.weight).toBe(4);
    const exam = withExamOverrides(REASSURANCE_PROFILE, 'x', { 'no-but': { critical: true, weight: 1 } });
    expect(byId(exam).get('no-but')).toMatchObject({ weight: 1, critical: true });
    expect(byId(exam).get('willingness')!.weight).toBe(4);
  });

  it('checks exam overrides: unknown rules and bad weights are named', () => {
    expect(checkOverrides({ 'no-but': { weight: 2, critical: true }, 'no-blame': { disabled: true } })).toEqual([]);
    expect(checkOverrides({ 'no-butt': { weight: 2 }, 'no-but': { weight: 1.5 }, willingness: { weight: -1 } })).toEqual([
      expect.stringContaining('unknown rule "no-butt"'),
      'rule "no-but": weight must be a whole number ≥ 0, not 1.5',
      'rule "willingness": weight must be a whole number ≥ 0, not -1',
    ]);
  });

  it('names its profiles, and falls back to the default for an absent id', () => {
    expect(PROFILE_IDS).toEqual(['default', 'reassurance']);
    expect(resolveProfile(undefined)).toBe(DEFAULT_PROFILE);
    expect(resolveProfile('reassurance')).toBe(REASSURANCE_PROFILE);
  });
});

describe('rule states (the path-analysis DP key)', () => {
  const arbFeatures = fc.record<FeatureValues>({
    contrast: fc.boolean(), empathy: fc.boolean(), solution: fc.boolean(), refusal: fc.boolean(), blame: fc.boolean(),
    paraphrase: fc.boolean(), question: fc.boolean(), willingness: fc.boolean(), policy: fc.boolean(), timeframe: fc.boolean(),
    praise: fc.boolean(), guarantee: fc.boolean(), concession: fc.boolean(),
    apology: fc.constantFrom('none', 'vague', 'specific'), alternatives: fc.constantFrom(0, 2, 3),
  });

  it('are primitives, deterministic, and few', () => {
    const seen = new Map<string, Set<RuleState>>();
    fc.assert(
      fc.property(fc.array(arbFeatures, { minLength: 1, maxLength: 6 }), fc.constantFrom(...TEMPERAMENTS), fc.integer({ min: 0, max: 100 }), (fs, temperament, mood) => {
        const s = chainScenario(fs.map((f, i) => ({ id: `c${i}`, f, mood: 0 })), { temperament, mood, solvableInCall: mood % 2 === 0 });
        for (const rule of ALL_RULES) {
          let state = rule.init(s);
          for (let i = 0; i < fs.length; i++) {
            const node = s.nodes[`n${i + 1}`]!;
            const choice = node.choices[0]!;
            const turn: Turn = { index: i + 1, node, choice, text: choice.reply, features: choice.features, moodBefore: mood, moodAfter: mood };
            const a = rule.step(state, turn, s);
            expect(rule.step(state, turn, s)).toEqual(a);
            expect(['string', 'number', 'boolean']).toContain(typeof a.state);
            state = a.state;
            const key = `${rule.id} ${temperament}`;
            const set = seen.get(key) ?? new Set();
            set.add(state);
            seen.set(key, set);
          }
        }
      }),
      { numRuns: 300 },
    );
    // Counted per temperament, as in one scenario: a handful each (offer-alternatives: pending × credited).
    for (const [key, states] of seen) expect(states.size, key).toBeLessThanOrEqual(key.startsWith('offer-alternatives') ? 4 : 3);
  });
});
