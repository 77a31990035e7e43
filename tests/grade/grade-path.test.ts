import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createGrader, gradePath } from '../../engine/index.ts';
import { formatPathError, formatScorecard } from '../../engine/index.ts';
import type { GradeResult, Scorecard } from '../../engine/index.ts';
import { REASSURANCE_PROFILE, withExamOverrides, DEFAULT_PROFILE } from '../../engine/index.ts';
import { LOCALES, type FeatureValues } from '../../engine/index.ts';
import { chainScenario, idsOf, makeScenario, type ChoiceSpec } from '../support/make-scenario.ts';

function card(res: GradeResult): Scorecard {
  if (!res.ok) throw new Error(formatPathError(res.error, 'en'));
  return res.scorecard;
}

// A good call: empathy and a specific apology, willingness, a question, then two options.
const GOOD: ChoiceSpec[] = [
  { id: 'soothe', f: { empathy: true, apology: 'specific', willingness: true }, mood: -25 },
  { id: 'ask', f: { question: true }, mood: -10 },
  { id: 'offer', f: { solution: true, alternatives: 2 }, mood: -20 },
];

const branching = () =>
  makeScenario({
    mood: 70,
    maxTurns: 3,
    nodes: {
      opening: {
        choices: [
          { id: 'calm', f: { empathy: true }, mood: -20, to: 'middle' },
          { id: 'but', reply: '我理解，但是这是规定', f: { contrast: true, empathy: true }, mood: 15, next: [{ when: { moodAtLeast: 80 }, to: 'angry' }, { to: 'middle' }] },
          { id: 'blame', f: { blame: true, empathy: true }, mood: 10, to: 'middle' },
        ],
      },
      middle: { choices: [{ id: 'fix', f: { solution: true, apology: 'specific', willingness: true, paraphrase: true }, mood: -30, to: 'done' }, { id: 'loop', mood: 0, to: 'middle' }] },
      angry: { end: 'escalated' },
      done: { end: 'resolved' },
    },
  });

describe('gradePath', () => {
  it('scores a good call at 100 with the options credit, and passes it', () => {
    const c = card(gradePath(chainScenario(GOOD), idsOf(GOOD)));
    expect(c).toMatchObject({ score: 100, passed: true, outcome: 'resolved', turns: 3, finalMood: 25, moodTrace: [80, 55, 45, 25], violations: [] });
    expect(c.credits.map((x) => [x.rule, x.turn, x.points])).toEqual([['offer-alternatives', 3, 5]]);
  });

  it('follows guards on the mood after the reply and ends where the path ends', () => {
    const c = card(gradePath(branching(), ['but']));
    expect(c).toMatchObject({ outcome: 'escalated', finalNode: 'angry', finalMood: 85, moodTrace: [70, 85] });
  });

  it('ends as abandoned when maxTurns runs out, and says so in the scorecard', () => {
    const c = card(gradePath(branching(), ['calm', 'loop', 'loop']));
    expect(c.outcome).toBe('abandoned');
    expect(c.finalNode).toBe('middle');
  });

  it('fails a path with a critical violation whatever its score', () => {
    const c = card(gradePath(branching(), ['blame', 'fix']));
    expect(c.score).toBeGreaterThanOrEqual(70);
    expect(c.passed).toBe(false);
    expect(c.criticalFailures).toEqual(['no-blame']);
    const noCritical = { ...branching(), rules: { 'no-blame': { critical: false } } };
    expect(card(gradePath(noCritical, ['blame', 'fix'])).passed).toBe(true);
  });

  it('fails a path below the pass mark, and clamps the score at 0', () => {
    const bad: ChoiceSpec[] = Array.from({ length: 8 }, (_, i) => ({ id: `x${i}`, f: { blame: true, contrast: true, refusal: true }, mood: 0 }));
    const c = card(gradePath(chainScenario(bad), idsOf(bad)));
    expect(c.score).toBe(0);
    expect(c.passed).toBe(false);
    const low = card(gradePath(chainScenario(GOOD.slice(1), { passScore: 95 }), idsOf(GOOD.slice(1))));
    expect(low.score).toBeLessThan(95);
    expect(low.passed).toBe(false);
  });

  it('reports the exact turn, node, choice and the clause that holds the cue', () => {
    const s = branching();
    const but = s.nodes['opening']!.choices[1]!;
    but.features = { ...but.features, evidence: [{ feature: 'contrast', start: 4, end: 6, cue: '但是' }] };
    const v = card(gradePath(s, ['but'])).violations.find((x) => x.rule === 'no-but')!;
    expect(v).toMatchObject({ turn: 1, nodeId: 'opening', choiceId: 'but', quote: '但是这是规定', points: -5, severity: 'minor' });
    expect(v.message['zh-Hans']).toContain('「但是」');
    expect(v.source[0]).toMatchObject({ doc: '001', section: '二.3' });
  });

  it('counts each contrast word of one reply', () => {
    const s = branching();
    const but = s.nodes['opening']!.choices[1]!;
    but.features = { ...but.features, evidence: [{ feature: 'contrast', start: 4, end: 6, cue: '但是' }, { feature: 'contrast', start: 0, end: 1, cue: '不过' }] };
    expect(card(gradePath(s, ['but'])).violations.find((x) => x.rule === 'no-but')!.points).toBe(-10);
  });

  it('suggests the reply of the same node that the rule accepts and calms the customer most', () => {
    const c = card(gradePath(branching(), ['but']));
    expect(c.violations.find((x) => x.rule === 'no-but')!.instead).toEqual({ choiceId: 'calm', reply: 'calm' });
    const blame = card(gradePath(branching(), ['blame', 'fix'])).violations.find((x) => x.rule === 'no-blame')!;
    expect(blame.instead?.choiceId).toBe('calm');
    const whole = card(gradePath(chainScenario([{ id: 'a', f: {} }]), ['a'])).violations.filter((x) => x.turn === null);
    expect(whole.length).toBeGreaterThan(0);
    for (const v of whole) expect(v.instead).toBeUndefined();
    const pick = makeScenario({
      nodes: {
        a: {
          choices: [
            { id: 'but', f: { contrast: true }, mood: 5 },
            { id: 'but-calm', f: { contrast: true }, mood: -30 },
            { id: 'ok-hot', f: {}, mood: 5 },
            { id: 'ok-calm', f: { empathy: true }, mood: -10 },
          ],
        },
        end: { end: 'resolved' },
      },
    });
    expect(card(gradePath(pick, ['but'])).violations.find((x) => x.rule === 'no-but')!.instead?.choiceId).toBe('ok-calm');
    expect(card(gradePath(pick, ['but-calm'])).violations.find((x) => x.rule === 'no-but')!.instead?.choiceId).toBe('ok-calm');
    const none = makeScenario({ nodes: { a: { choices: [{ id: 'x', f: { contrast: true } }, { id: 'y', f: { contrast: true } }] }, end: { end: 'resolved' } } });
    expect(card(gradePath(none, ['x'])).violations.find((x) => x.rule === 'no-but')!.instead).toBeUndefined();
  });

  it('returns invalid paths as errors naming the turn and the replies available', () => {
    const s = branching();
    const unknown = gradePath(s, ['calm', 'nope']);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-choice', turn: 2, nodeId: 'middle', choiceId: 'nope', available: ['fix', 'loop'] } });
    expect(gradePath(s, ['calm', 'fix', 'fix'])).toMatchObject({ ok: false, error: { code: 'after-end', turn: 3, nodeId: 'done' } });
    expect(gradePath(s, ['calm', 'loop', 'loop', 'loop'])).toMatchObject({ ok: false, error: { code: 'too-long', turn: 4 } });
    expect(gradePath(s, ['calm'])).toMatchObject({ ok: false, error: { code: 'incomplete', turn: 2, available: ['fix', 'loop'] } });
    if (unknown.ok) throw new Error('expected an error');
    expect(formatPathError(unknown.error, 'zh-Hans')).toBe('第 2 轮：节点「middle」没有选项「nope」；可选：fix、loop');
    expect(formatPathError(unknown.error, 'zh-Hant')).toBe('第 2 輪：節點「middle」沒有選項「nope」；可選：fix、loop');
    expect(formatPathError(unknown.error, 'en')).toContain('available: fix, loop');
  });
});

describe('profiles and overrides', () => {
  const unsolvable = () => chainScenario(GOOD, { solvableInCall: false });

  it('applies the scenario profile, weights and disabled rules', () => {
    expect(card(gradePath(unsolvable(), idsOf(GOOD))).violations.map((v) => v.rule)).toEqual(['honest-commitment']);
    const viaFile = { ...unsolvable(), profile: 'reassurance' };
    expect(card(gradePath(viaFile, idsOf(GOOD)))).toMatchObject({ profile: 'reassurance', violations: [] });
    const weighted = { ...unsolvable(), rules: { 'honest-commitment': { weight: 3 } } };
    expect(card(gradePath(weighted, idsOf(GOOD))).violations[0]!.points).toBe(-30);
    const disabled = { ...unsolvable(), rules: { 'honest-commitment': { disabled: true } } };
    const c = card(gradePath(disabled, idsOf(GOOD)));
    expect(c.violations).toEqual([]);
    expect(c.summary.map((s) => s.rule)).not.toContain('honest-commitment');
  });

  it('lets the reassurance profile double willingness', () => {
    const late: ChoiceSpec[] = [{ id: 'a', f: { empathy: true } }, { id: 'b', f: {} }, { id: 'c', f: {} }];
    const points = (p?: typeof DEFAULT_PROFILE) => card(gradePath(chainScenario(late), idsOf(late), p)).violations.find((v) => v.rule === 'willingness')!.points;
    expect(points()).toBe(-5);
    expect(points(REASSURANCE_PROFILE)).toBe(-10);
  });

  it('lets an exam override win over the scenario, and a given profile win over the file', () => {
    const s = { ...unsolvable(), rules: { 'honest-commitment': { disabled: true } } };
    const exam = withExamOverrides(DEFAULT_PROFILE, 'cert-1', { 'honest-commitment': { disabled: false, critical: true } });
    const c = card(gradePath(s, idsOf(GOOD), exam));
    expect(c).toMatchObject({ profile: 'default+cert-1', passed: false, criticalFailures: ['honest-commitment'] });
    expect(card(gradePath({ ...unsolvable(), profile: 'reassurance' }, idsOf(GOOD), DEFAULT_PROFILE)).violations).toHaveLength(1);
  });
});

describe('scorecard arithmetic', () => {
  const features = fc.record<Partial<FeatureValues>>({
    contrast: fc.boolean(), empathy: fc.boolean(), solution: fc.boolean(), refusal: fc.boolean(), blame: fc.boolean(),
    question: fc.boolean(), willingness: fc.boolean(), policy: fc.boolean(), timeframe: fc.boolean(),
    apology: fc.constantFrom('none', 'vague', 'specific'), alternatives: fc.constantFrom(0, 2),
  });
  it('score = clamp(100 + every finding), the summary adds up, and passed follows the definition', () => {
    fc.assert(
      fc.property(fc.array(features, { minLength: 1, maxLength: 8 }), fc.constantFrom('lively', 'peaceful', 'powerful', 'perfect'), fc.boolean(), (fs, temperament, solvable) => {
        const replies = fs.map((f, i) => ({ id: `r${i}`, f }));
        const c = card(gradePath(chainScenario(replies, { temperament, solvableInCall: solvable }), idsOf(replies)));
        const sum = [...c.violations, ...c.credits].reduce((a, x) => a + x.points, 0);
        expect(c.score).toBe(Math.max(0, Math.min(100, 100 + sum)));
        expect(c.summary.reduce((a, s) => a + s.points, 0)).toBe(sum);
        expect(c.passed).toBe(c.score >= c.passScore && !c.violations.some((v) => v.critical));
        expect(c.violations.every((v) => v.points < 0) && c.credits.every((x) => x.points > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('grades the same path the same way with a reused grader', () => {
    const g = createGrader(branching());
    expect(g.grade(['but', 'fix'])).toEqual(gradePath(branching(), ['but', 'fix']));
    expect(g.grade(['blame', 'fix'])).toEqual(g.grade(['blame', 'fix']));
  });
});

describe('formatScorecard', () => {
  it.each(LOCALES)('renders the verdict, words and advice in %s', (locale) => {
    const s = { ...branching(), locale };
    const c = card(gradePath(s, ['blame', 'fix']));
    const text = formatScorecard(c, locale);
    const v = c.violations.find((x) => x.rule === 'no-blame')!;
    for (const part of [v.message[locale], v.advice[locale], c.summary.find((x) => x.rule === 'no-blame')!.title[locale], 'blame → fix']) expect(text).toContain(part);
    expect(text).toContain({ 'zh-Hans': '未通过', 'zh-Hant': '未通過', en: 'failed' }[locale]);
  });
});
