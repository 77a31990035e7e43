import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario, moodDeltaFor } from '../../engine/index.ts';
import { lintAuthoredMoods, MOOD_LINT_TOLERANCE } from '../../engine/lint/lint-mood.ts';
import { makeScenario, NO_FEATURES } from '../support/make-scenario.ts';
import { BASE_YAML, edit } from '../load/base-yaml.ts';

// The mood lint (issue 18): an authored `mood:` far from what the mood model predicts for the reply's
// features and the persona's temperament is flagged with both numbers; anything within the tolerance stands.
const blame = { blame: true };
const model = (temperament: 'peaceful' | 'powerful', f: object) => moodDeltaFor({ ...NO_FEATURES, ...f }, temperament);

function oneReply(temperament: 'peaceful' | 'powerful', mood: number | undefined) {
  return makeScenario({
    temperament,
    nodes: { n1: { choices: [{ id: 'r', f: blame, ...(mood === undefined ? {} : { mood }), to: 'end' }] }, end: { end: 'resolved' } },
  });
}

describe('lintAuthoredMoods', () => {
  it('stays quiet when the authored mood is within the tolerance of the model, at the edge included', () => {
    const predicted = model('powerful', blame);
    expect(lintAuthoredMoods(oneReply('powerful', predicted))).toEqual([]);
    expect(lintAuthoredMoods(oneReply('powerful', predicted - MOOD_LINT_TOLERANCE))).toEqual([]);
  });

  it('stays quiet on replies whose mood the model decides', () => {
    expect(lintAuthoredMoods(oneReply('powerful', undefined))).toEqual([]);
  });

  it('flags a mood just past the tolerance, naming both numbers and the temperament', () => {
    const predicted = model('powerful', blame);
    const found = lintAuthoredMoods(oneReply('powerful', predicted - MOOD_LINT_TOLERANCE - 1));
    expect(found).toHaveLength(1);
    expect(found[0]!.code).toBe('mood-far-from-model');
    expect(found[0]!.path).toEqual(['nodes', 'n1', 'choices', 0, 'mood']);
    expect(found[0]!.params).toEqual({
      choice: 'r', authored: predicted - MOOD_LINT_TOLERANCE - 1, predicted, temperament: 'powerful', effects: ['blame'], tolerance: MOOD_LINT_TOLERANCE,
    });
  });

  it('judges the same number by the temperament: blame +25 is right for a powerful customer, far too much for a peaceful one', () => {
    expect(lintAuthoredMoods(oneReply('powerful', 25))).toEqual([]);
    const peaceful = lintAuthoredMoods(oneReply('peaceful', 30));
    expect(peaceful.map((f) => f.params)).toEqual([expect.objectContaining({ authored: 30, predicted: model('peaceful', blame), temperament: 'peaceful' })]);
  });

  it('is reported by the loader as a located warning on the mood line, worded with both numbers in each language', () => {
    // BASE_YAML: a powerful customer; "I'm sorry your delivery is late; I understand." reads as empathy + a specific apology.
    const text = edit('        mood: -20\n', '        mood: 10\n');
    const r = loadScenario(text, 'case.yaml');
    if (!r.ok) throw new Error('expected the file to load');
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'mood-far-from-model', severity: 'warning', line: 24, column: 9 })]);
    expect(formatProblem(r.warnings[0]!, 'en')).toMatch(/mood: \+10, while the mood model predicts -\d+ for a powerful customer/);
    expect(formatProblem(r.warnings[0]!, 'zh-Hans')).toMatch(/写的 mood 是 \+10，而怒气模型.*对力量型客户预测 -\d+/);
    expect(formatProblem(r.warnings[0]!, 'zh-Hant')).toMatch(/寫的 mood 是 \+10，而怒氣模型.*對力量型客戶預測 -\d+/);
    expect(loadScenario(BASE_YAML, 'case.yaml')).toMatchObject({ ok: true, warnings: [] });
  });
});
