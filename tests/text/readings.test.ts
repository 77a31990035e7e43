// What a trainer sees per reply (issue 11, deliverable 4): features with evidence, and doubts that
// point at a near miss, a conflict or a vague apology whose problem is named elsewhere.
import { describe, expect, it } from 'vitest';
import { analyzeReply, describeDoubt, findDoubts, LOCALES, readScenarioReplies } from '../../engine/index.ts';
import { makeScenario } from '../support/make-scenario.ts';

const ISSUE = { summary: '快递延误', keywords: ['快递', '延误'] };
const doubtsOf = (text: string, issue = ISSUE) => findDoubts(text, analyzeReply(text, { issue }), { issue });

describe('findDoubts', () => {
  it('flags a cue its construction set aside (a remedy word that is not offered, a negated guarantee)', () => {
    const en = findDoubts("You're outside the refund window, I'm afraid.", analyzeReply("You're outside the refund window, I'm afraid."));
    expect(en).toContainEqual(expect.objectContaining({ feature: 'solution', code: 'near-miss', cue: 'refund' }));
    expect(doubtsOf('我不能保证明天一定能送到。')).toContainEqual(expect.objectContaining({ feature: 'guarantee', code: 'near-miss' }));
  });

  it('flags readings that conflict, quoting the second one', () => {
    const text = '我理解您的心情，但这是您自己操作不当造成的。';
    expect(doubtsOf(text)).toContainEqual(expect.objectContaining({ feature: 'blame', code: 'conflict', other: 'empathy' }));
  });

  it('flags a vague apology when the problem is named in another sentence', () => {
    const text = '不好意思。这几天快递单量太大了。';
    expect(analyzeReply(text, { issue: ISSUE }).apology).toBe('vague');
    expect(doubtsOf(text)).toContainEqual(expect.objectContaining({ feature: 'apology', code: 'keyword-elsewhere', cue: '快递' }));
  });

  it('has no doubts about a plain, clear reply', () => {
    expect(doubtsOf('非常抱歉，您的快递延误了三天，我现在就帮您催件，今天下午五点前给您回电。')).toEqual([]);
    expect(findDoubts('', analyzeReply(''))).toEqual([]);
  });

  it('words each doubt in every UI language, quoting the cue', () => {
    for (const d of doubtsOf('我理解您的心情，但这是您自己操作不当造成的。')) {
      for (const loc of LOCALES) expect(describeDoubt(d, loc)).toContain(d.cue);
    }
  });
});

describe('readScenarioReplies', () => {
  it('lists every reply in file order with its detected features, tags and doubts', () => {
    const s = makeScenario({
      start: 'a',
      issue: ISSUE,
      nodes: {
        a: { customer: '怎么回事？', choices: [{ id: 'x', reply: '我理解您的心情，但这是您自己操作不当。', to: 'b' }, { id: 'y', reply: '我帮您查一下。', to: 'b' }] },
        b: { customer: '好吧。', end: 'resolved' },
      },
    });
    s.nodes['a']!.choices[1]!.tags = { solution: true };
    const r = readScenarioReplies(s);
    expect(r.map((x) => `${x.nodeId}/${x.choiceId}`)).toEqual(['a/x', 'a/y']);
    expect(r[0]!.detected.blame).toBe(true);
    expect(r[0]!.doubts.some((d) => d.code === 'conflict')).toBe(true);
    expect(r[1]!.tags).toEqual({ solution: true });
    expect(r[1]!.doubts).toEqual([]);
  });
});

describe('formatReadings (hardcall lint --readings)', () => {
  it('prints each reply with its features and cues, its tags and its doubts, in the chosen language', async () => {
    const { formatReadings, readingsJson } = await import('../../engine/cli/format-readings.ts');
    const s = makeScenario({
      start: 'a',
      issue: ISSUE,
      nodes: {
        a: { customer: '怎么回事？', choices: [{ id: 'x', reply: '我理解您的心情，但这是您自己操作不当。', to: 'b' }, { id: 'y', reply: '好的。', to: 'b' }] },
        b: { customer: '好吧。', end: 'resolved' },
      },
    });
    s.nodes['a']!.choices[1]!.tags = { solution: true };
    const r = readScenarioReplies(s);
    const en = formatReadings('f.yaml', r, 'en');
    expect(en).toContain('f.yaml a/x: 我理解您的心情');
    expect(en).toMatch(/reads: .*empathy "我理解".*blame "是您自己操作"/);
    expect(en).toContain('unsure: blame read at');
    expect(en).toContain('f.yaml a/y: 好的。\n  reads: nothing\n  tags: solution=true');
    expect(formatReadings('f.yaml', r, 'zh-Hans')).toContain('读到: ');
    expect(formatReadings('f.yaml', [], 'en')).toBe('');
    const json = readingsJson(r) as Array<Record<string, unknown>>;
    expect(json[0]).toMatchObject({ node: 'a', choice: 'x', features: { blame: true, empathy: true } });
    expect(json[1]).toMatchObject({ tags: { solution: true }, doubts: [] });
  });
});
