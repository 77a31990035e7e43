import { describe, expect, it } from 'vitest';
import { lintChoiceFeatures } from '../../engine/lint/lint-features.ts';
import type { FeatureValues, Scenario } from '../../engine/types.ts';
import { makeScenario } from '../support/make-scenario.ts';
import { formatProblem, placeProblem } from '../../engine/index.ts';
import type { LintFinding } from '../../engine/lint/types.ts';

const words = (f: LintFinding) => formatProblem(placeProblem(f, { file: 'x.yaml', line: 1, column: 1 }, 'warning'), 'en');

/** Apply authored tags the way the loader does: detected features, then the overrides. */
function tag(s: Scenario, node: string, index: number, tags: Partial<FeatureValues>): void {
  const choice = s.nodes[node]!.choices[index]!;
  choice.tags = tags;
  choice.features = { ...choice.detected, ...tags };
}

const base = () =>
  makeScenario({
    nodes: {
      opening: {
        choices: [
          { id: 'check', reply: '您的订单号是多少？', to: 'mid' },
          { id: 'but-resolve', reply: '我理解您的心情，但是我们马上为您补发。', to: 'done' },
          { id: 'vague-resolve', reply: '给您带来不便，非常抱歉，我们马上为您补发。', next: [{ when: { moodAtLeast: 50 }, to: 'mid' }, { to: 'done' }] },
        ],
      },
      mid: { choices: [{ id: 'good', reply: '对于配送延迟，我们深感抱歉，今天下午五点前给您补发。', to: 'done' }, { id: 'give-up', reply: '但是我们也没办法。', to: 'lost' }] },
      done: { end: 'resolved' },
      lost: { end: 'escalated' },
    },
  });

describe('lintChoiceFeatures', () => {
  it('warns when a reply leading to a resolved ending has a "but" or a vague apology, with the cue', () => {
    const findings = lintChoiceFeatures(base());
    expect(findings).toEqual([
      expect.objectContaining({ code: 'contrast-before-resolution', path: ['nodes', 'opening', 'choices', 1, 'reply'] }),
      expect.objectContaining({ code: 'vague-apology-before-resolution', path: ['nodes', 'opening', 'choices', 2, 'reply'] }),
    ]);
    expect(words(findings[0]!)).toContain('"但是"');
    expect(words(findings[1]!)).toContain('"抱歉"');
  });

  it('is silent for a "but" on a path to another ending and for a specific apology', () => {
    const codes = lintChoiceFeatures(base()).map((f) => f.path[1]);
    expect(codes).not.toContain('mid');
  });

  it('warns when a tag contradicts the text, and not when it agrees', () => {
    const s = base();
    tag(s, 'opening', 0, { solution: true, question: false });
    tag(s, 'mid', 0, { apology: 'specific', timeframe: true });
    const findings = lintChoiceFeatures(s).filter((f) => f.code === 'tags-disagree');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.path).toEqual(['nodes', 'opening', 'choices', 0, 'tags', 'solution']);
    expect(words(findings[0]!)).toContain('tagged solution: true, but its text reads solution: false');
  });

  it('trusts an authored tag that removes the contrast before resolution, but still flags the disagreement', () => {
    const s = base();
    tag(s, 'opening', 1, { contrast: false });
    const codes = lintChoiceFeatures(s).map((f) => f.code);
    expect(codes).not.toContain('contrast-before-resolution');
    expect(codes).toContain('tags-disagree');
  });

  it('stays silent for a deliberate trap: a reply that angers the customer on its way to the ending', () => {
    const s = base();
    for (const c of s.nodes.opening!.choices) c.moodDelta = 10;
    expect(lintChoiceFeatures(s).filter((f) => f.code.endsWith('before-resolution'))).toEqual([]);
    s.nodes.opening!.choices[1]!.moodDelta = -5;
    expect(lintChoiceFeatures(s).map((f) => f.code)).toEqual(['contrast-before-resolution']);
  });
});
