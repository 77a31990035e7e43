import { describe, expect, it } from 'vitest';
import { formatProblem, lintScenario, loadScenario } from '../../engine/index.ts';
import { TYPED_YAML, loadOrThrow as load } from '../support/typed-small.ts';

// Two replies of `opening` pinned to the same reading (a question, nothing else).
const TWINS = TYPED_YAML.replace(
  '      - id: ask\n',
  '      - id: ask-first\n        reply: May I have the tracking number?\n        tags: { question: true, apology: none, empathy: false, blame: false, solution: false, refusal: false, contrast: false, paraphrase: false, willingness: false, policy: false, timeframe: false, alternatives: 0 }\n        to: manager\n      - id: ask\n',
).replace(
  "        reply: Could you give me your order number?\n        tags: { question: true, apology: none, empathy: false, blame: false, solution: false, refusal: false, contrast: false }",
  "        reply: Could you give me your order number?\n        tags: { question: true, apology: none, empathy: false, blame: false, solution: false, refusal: false, contrast: false, paraphrase: false, willingness: false, policy: false, timeframe: false, alternatives: 0 }",
);

const sameReadings = (yaml: string) => lintScenario(load(yaml)).filter((f) => f.code === 'replies-read-same');

describe('lint: replies that read the same', () => {
  it('warns where two replies of a node read the same and lead on differently, pointing at the second', () => {
    const found = sameReadings(TWINS);
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toEqual(['nodes', 'opening', 'choices', 3, 'reply']);
    expect(found[0]!.params).toEqual({ node: 'opening', first: 'ask-first', second: 'ask', features: ['question'] });
    const r = loadScenario(TWINS, 'twins.yaml');
    const warning = r.ok ? r.warnings.find((w) => w.code === 'replies-read-same') : undefined;
    expect(warning).toMatchObject({ severity: 'warning', line: expect.any(Number) });
    for (const l of ['en', 'zh-Hans', 'zh-Hant'] as const) expect(formatProblem(warning!, l)).toContain('choicesOnly');
  });

  it('says nothing when they lead the same way, on a choices-only node, or when their readings differ', () => {
    expect(sameReadings(TWINS.replace('        to: manager\n      - id: ask\n', '        to: verify\n      - id: ask\n'))).toEqual([]);
    expect(sameReadings(TWINS.replace('    fallback: confused\n', '    choicesOnly: true\n'))).toEqual([]);
    expect(sameReadings(TYPED_YAML)).toEqual([]);
  });
});

describe('loading choicesOnly and fallback', () => {
  const fallbackLine = TYPED_YAML.split('\n').findIndex((l) => l.includes('fallback:')) + 1;
  const problems = (yaml: string) => {
    const r = loadScenario(yaml, 'x.yaml');
    return r.ok ? [] : r.problems.map((p) => [p.code, p.line]);
  };

  it('loads them onto the node', () => {
    const s = load(TYPED_YAML);
    expect(s.nodes.opening!.fallback).toBe('confused');
    expect(s.nodes.verify!.choicesOnly).toBe(true);
    expect(s.nodes.confused!.choicesOnly).toBeUndefined();
  });

  it('names an unknown fallback node, with a suggestion, at its line', () => {
    const r = loadScenario(TYPED_YAML.replace('fallback: confused', 'fallback: confusd'), 'x.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ line: fallbackLine });
    expect(r.problems[0]).toMatchObject({ code: 'unknown-fallback', params: { node: 'opening', target: 'confusd', suggestion: 'confused' } });
    expect(formatProblem(r.problems[0]!, 'en')).toMatch(/confusd.*confused/);
    expect(formatProblem(r.problems[0]!, 'zh-Hant')).toContain('fallback');
  });

  it('refuses a fallback on a choices-only node or an ending, and a non-boolean choicesOnly', () => {
    expect(problems(TYPED_YAML.replace('    fallback: confused\n', '    fallback: confused\n    choicesOnly: true\n'))).toEqual([['fallback-choices-only', fallbackLine]]);
    expect(problems(TYPED_YAML.replace('    end: escalated\n', '    end: escalated\n    fallback: happy\n'))[0]![0]).toBe('fallback-on-ending');
    expect(problems(TYPED_YAML.replace('    choicesOnly: true\n', '    choicesOnly: yes please\n'))[0]![0]).toBeDefined();
  });

  it('counts a node reached only by a fallback as reachable', () => {
    const onlyByFallback = TYPED_YAML.replace('    fallback: confused\n', '    fallback: happy\n').replace(
      '  happy:\n',
      '  side:\n    customer: Hm?\n    end: abandoned\n  happy:\n',
    ).replace('    fallback: happy\n', '    fallback: side\n');
    const codes = lintScenario(load(onlyByFallback)).map((f) => `${f.code} ${f.path.join('.')}`);
    expect(codes.filter((c) => c.includes('nodes.side'))).toEqual([]);
    expect(codes).toContain('unreachable-node nodes.confused');
  });
});
