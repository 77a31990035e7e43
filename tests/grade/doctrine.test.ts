// Issue 17's doctrine, each verdict written from the seed passage it enforces, through real reply text
// (the loader and the analyzer read it; nothing is tagged by hand).
import { describe, expect, it } from 'vitest';
import { REASSURANCE_PROFILE, formatPathError, formatScorecard, gradePath, loadScenario, type Profile, type Scenario, type Scorecard } from '../../engine/index.ts';

function load(yaml: string): Scenario {
  const r = loadScenario(yaml, 'doctrine.yaml');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

function grade(s: Scenario, moves: string[], profile?: Profile): Scorecard {
  const r = gradePath(s, moves, profile);
  if (!r.ok) throw new Error(formatPathError(r.error, 'en'));
  return r.scorecard;
}

const rulesOf = (c: Scorecard, rule: string) => c.violations.filter((v) => v.rule === rule);

// 000 二(三): 客服人员需保持坦诚，避免为了安抚客户而随意承诺.
describe('over-promising (honest-commitment, 000 二(三))', () => {
  const s = load(`id: promise
version: 1
locale: zh-Hans
title: t
difficulty: 1
persona: { name: 李阿姨, temperament: peaceful, mood: 40, pronoun: she }
brief: 退货期已过，只能付费维修。
issue: { summary: 超过退货期, keywords: [退货, 退货期] }
solvableInCall: true
offers:
  - { summary: 付费维修, keywords: [维修, 检测] }
maxTurns: 3
passScore: 70
start: a
nodes:
  a:
    customer: 我就要退货！
    choices:
      - { id: sure, reply: 您放心，这次肯定没问题的。, mood: -5, to: end }
      - { id: refund, reply: 您放心，三个工作日之内钱就退回您账户了。, mood: -5, to: end }
      - { id: repair, reply: 我可以帮您安排免费检测，确认问题后再给您维修。, mood: -5, to: end }
  end: { customer: 好, end: resolved }
`);

  it('a guarantee of an outcome the agent does not control is a violation, with the words', () => {
    const v = rulesOf(grade(s, ['sure']), 'honest-commitment');
    expect(v.map((x) => [x.turn, x.code, x.points])).toEqual([[1, 'guarantee', -10]]);
    expect(v[0]!.quote).toContain('肯定没问题');
  });

  it('a commitment to a remedy the scenario does not offer is a violation; one it offers is not', () => {
    expect(rulesOf(grade(s, ['refund']), 'honest-commitment').map((x) => [x.code, x.params])).toEqual([['beyond-offers', { remedy: '退回' }]]);
    expect(rulesOf(grade(s, ['repair']), 'honest-commitment')).toEqual([]);
  });

  it('the reassurance profile (003 三.6) keeps allowing reassuring promises', () => {
    expect(rulesOf(grade(s, ['sure'], REASSURANCE_PROFILE), 'honest-commitment')).toEqual([]);
  });

  it('a scenario without offers: only guarantees are judged, as before', () => {
    const open = { ...s };
    delete open.offers;
    expect(rulesOf(grade(open, ['refund']), 'honest-commitment')).toEqual([]);
  });
});

// 003 一.3: 和平型的客户 不轻易妥协，可以运用规则条款进行压制.
describe('a peaceful customer (temperament-match, 003 一.3)', () => {
  const s = load(`id: peaceful
version: 1
locale: en
title: t
difficulty: 1
persona: { name: Ms Morris, temperament: peaceful, mood: 40, pronoun: she }
brief: One late-fee waiver a year; used in May.
issue: { summary: late fee, keywords: [late fee, fee] }
solvableInCall: true
maxTurns: 3
passScore: 70
start: a
nodes:
  a:
    customer: Can you take the fee off?
    choices:
      - id: rule
        reply: Our terms allow one late-fee waiver every twelve months and it was used in May, so I can't remove this one. I can split the fee across two bills, or set up autopay for you. Which would suit you?
        mood: -10
        to: b
  b:
    customer: Oh. Couldn't you make an exception?
    choices:
      - { id: hold, reply: "I understand. The rule is the same for everyone, and the split is there whenever you want it.", mood: -5, to: end }
      - { id: cave, reply: "Fine, just this once I'll make an exception and waive the fee anyway.", mood: -10, to: end }
  end: { customer: ok, end: resolved }
`);

  it('stating the rule with what is possible earns the credit; holding to it keeps it', () => {
    expect(grade(s, ['rule', 'hold']).credits.filter((c) => c.rule === 'temperament-match').map((c) => c.turn)).toEqual([1]);
    expect(rulesOf(grade(s, ['rule', 'hold']), 'temperament-match')).toEqual([]);
  });

  it('conceding beyond the rule costs, and takes the credit back in the same finding', () => {
    const held = grade(s, ['rule', 'hold']);
    const caved = grade(s, ['rule', 'cave']);
    const v = rulesOf(caved, 'temperament-match');
    expect(v.map((x) => [x.turn, x.code, x.points])).toEqual([[2, 'peaceful-conceded-credit', -10]]);
    const net = (c: Scorecard) => c.summary.find((r) => r.rule === 'temperament-match')!.points;
    expect([net(held), net(caved)]).toEqual([5, -5]);
  });
});

// 003 一.3: 活泼型的客户 可以适度使用开玩笑，用幽默的方式，多赞美.
describe('a lively customer (temperament-match, 003 一.3)', () => {
  const s = load(`id: lively
version: 1
locale: zh-Hant
title: t
difficulty: 1
persona: { name: 小美, temperament: lively, mood: 60, pronoun: she }
brief: 洋裝寄錯尺寸。
issue: { summary: 寄錯尺寸, keywords: [尺寸, 寄錯] }
solvableInCall: true
maxTurns: 3
passScore: 70
start: a
nodes:
  a:
    customer: 你們寄錯尺寸啦！
    choices:
      - { id: praise, reply: 您眼光真好，這件是我們賣最好的款！寄錯尺寸真的很抱歉，我馬上幫您換。, mood: -20, to: end }
      - { id: plain, reply: 寄錯尺寸真的很抱歉，我馬上幫您換。, mood: -15, to: end }
  end: { customer: 好喔, end: resolved }
`);

  it('praise earns a credit', () => {
    expect(grade(s, ['praise']).credits.filter((c) => c.rule === 'temperament-match').map((c) => [c.turn, c.points])).toEqual([[1, 5]]);
  });

  it('a call without any praise is noted, not punished', () => {
    const c = grade(s, ['plain']);
    expect(rulesOf(c, 'temperament-match')).toEqual([]);
    expect(c.notes.map((n) => [n.rule, n.code, n.points])).toEqual([['temperament-match', 'lively-none', 0]]);
    expect(c.notes[0]!.message['zh-Hant']).toContain('她');
  });
});

describe('feedback that teaches', () => {
  const s = load(`id: teach
version: 1
locale: en
title: t
difficulty: 1
persona: { name: Mr Hale, temperament: powerful, mood: 85, pronoun: he }
brief: Double charge.
issue: { summary: double charge, keywords: [double charge, charged twice, twice] }
solvableInCall: true
maxTurns: 3
passScore: 70
start: a
nodes:
  a:
    customer: You charged me twice!
    choices:
      - { id: vague-fix, reply: "Sorry for any inconvenience. I'll refund the second charge now.", mood: -5, to: b }
      - { id: own-it, reply: "I'm so sorry you were charged twice; I can hear how annoying that is. So the same order went through twice, is that right?", mood: -25, to: b }
  b:
    customer: Yes.
    choices:
      - { id: fix, reply: "I'll refund the second charge now, and you'll see it within three working days.", mood: -20, to: end }
  end: { customer: ok, end: resolved }
`);

  it('gives at most one finding per rule per reply (a vague apology with the first solution: one finding, counted double)', () => {
    const c = grade(s, ['vague-fix', 'fix']);
    const seen = c.violations.filter((v) => v.turn !== null).map((v) => `${v.rule}@${v.turn}`);
    expect(new Set(seen).size).toBe(seen.length);
    expect(rulesOf(c, 'specific-apology').map((v) => [v.turn, v.code, v.points])).toEqual([[1, 'vague-at-solution', -10]]);
  });

  it('says what worked, with the words that kept each rule', () => {
    const c = grade(s, ['own-it', 'fix']);
    const kept = new Map(c.kept.map((k) => [`${k.rule}@${k.turn}`, k.quote]));
    expect(kept.get('specific-apology@1')).toMatch(/sorry/i);
    expect(kept.get('soothe-first@1')).toMatch(/hear how annoying/i);
    expect(kept.get('listen-confirm@1')).toMatch(/So the same order went through twice/);
  });

  it('gives advice for this customer only, built from the scenario\'s own issue, with his pronoun', () => {
    const c = grade(s, ['vague-fix', 'fix']);
    const tm = c.violations.find((v) => v.rule === 'temperament-match');
    if (tm) {
      expect(tm.advice.en).toMatch(/^Powerful/);
      expect(tm.advice.en).not.toMatch(/Perfect|Peaceful|Lively/);
      expect(tm.message.en).toContain('him');
    }
    expect(rulesOf(c, 'specific-apology')[0]!.advice.en).toContain('double charge');
  });

  it('never shows 100 beside lost points without saying credits made up for them', () => {
    for (const path of [['vague-fix', 'fix'], ['own-it', 'fix']]) {
      const c = grade(s, path);
      expect(c.score).toBe(Math.max(0, Math.min(100, 100 - c.pointsLost + c.pointsEarned)));
      if (c.pointsLost > 0 && c.pointsEarned > 0) expect(formatScorecard(c, 'en')).toContain(`${c.pointsLost} points lost, ${c.pointsEarned} earned back by credits`);
    }
  });
});

// rules.md, offer-alternatives: "an alternative is a remedy the customer can take instead of what was
// refused — a recap or summary of the call is not one" (000 二(二) 委婉拒绝+替代方案).
describe('a recap is no alternative (offer-alternatives)', () => {
  const s = load(`id: recap
version: 1
locale: en
title: t
difficulty: 1
persona: { name: Mr Hale, temperament: perfect, mood: 40, pronoun: he }
brief: Suite given away.
issue: { summary: suite given away, keywords: [suite, reservation] }
solvableInCall: true
maxTurns: 3
passScore: 50
start: a
nodes:
  a:
    customer: I want the night manager disciplined.
    choices:
      - id: cant
        reply: "I understand. I'm not able to discuss staff matters with guests."
        mood: 5
        to: b
  b:
    customer: Fine. Anything else?
    choices:
      - id: recap
        reply: "To recap: the suite is reserved for tonight, last night's charge is refunded within five days, and I'll email you all of this."
        mood: -5
        to: end
      - id: instead
        reply: "What I can do is have the general manager write to you personally about what happened and how it will be handled, or arrange a call with her tomorrow."
        mood: -5
        to: end
  end: { customer: ok, end: resolved }
`);

  it('a refusal followed by a recap of what was agreed stays a bare refusal', () => {
    expect(rulesOf(grade(s, ['cant', 'recap']), 'offer-alternatives').map((v) => [v.turn, v.code])).toEqual([[1, 'bare']]);
  });

  it('a refusal followed by something the customer can take instead keeps the rule', () => {
    expect(rulesOf(grade(s, ['cant', 'instead']), 'offer-alternatives')).toEqual([]);
  });
});
