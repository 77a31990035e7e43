import { formatPathError } from '../../engine/index.ts';
// The issue's verdict checks, through real reply text in each locale: the lead's loader and the text
// analyzer find the features; nothing is tagged by hand.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../engine/index.ts';
import { gradePath } from '../../engine/index.ts';
import type { Scorecard } from '../../engine/index.ts';
import type { Locale, Scenario } from '../../engine/index.ts';

interface Texts {
  issue: string;
  keywords: string[];
  good: string;
  ask: string;
  plain: string;
  but: string;
  butWord: string;
  blame: string;
  blameWords: string;
}

const TEXTS: Record<Locale, Texts> = {
  'zh-Hans': {
    issue: '包裹延误一周',
    keywords: ['包裹', '延误', '一周', '快递'],
    good: '王先生，对于包裹延误一周给您带来的麻烦，我们深感抱歉，换作是我也会着急。我们可以马上为您重新发货，也可以全额退款，您看哪种方便？',
    ask: '能具体说说发生了什么吗？',
    plain: '我理解您的心情，我们马上为您重新发货。',
    but: '我理解您的心情，但是我们马上为您重新发货。',
    butWord: '但是',
    blame: '我理解您的心情，这是您自己填错了地址，我们马上为您重新发货。',
    blameWords: '这是您自己填错了地址',
  },
  'zh-Hant': {
    issue: '包裹延遲一週',
    keywords: ['包裹', '延遲', '一週', '物流'],
    good: '王先生，對於包裹延遲一週給您帶來的麻煩，我們深感抱歉，換作是我也會著急。我們可以馬上為您重新寄出，也可以全額退款，您看哪種方便？',
    ask: '能具體說說發生了什麼事嗎？',
    plain: '我理解您的心情，我們馬上為您重新寄出。',
    but: '我理解您的心情，不過我們馬上為您重新寄出。',
    butWord: '不過',
    blame: '我理解您的心情，這是您自己填錯了地址，我們馬上為您重新寄出。',
    blameWords: '這是您自己填錯了地址',
  },
  en: {
    issue: 'parcel a week late',
    keywords: ['parcel', 'late', 'week', 'delivery'],
    good: "Mr. Wang, I'm so sorry your parcel is a week late, I'd be frustrated too. We can send a replacement today or refund you in full; which would you prefer?",
    ask: 'Can you tell me what happened?',
    plain: 'I understand how you feel, and we will send a replacement today.',
    but: 'I understand how you feel, but we will send a replacement today.',
    butWord: 'but',
    blame: 'I understand how you feel. You should have checked the address before ordering. We will send a replacement today.',
    blameWords: 'You should have checked the address before ordering',
  },
};

const q = (s: string) => JSON.stringify(s);

// Authored moods keep the three variants of turn 2 on identical paths, so any difference is the words.
function scenarioFor(locale: Locale): Scenario {
  const t = TEXTS[locale];
  const yaml = `id: verdicts
version: 1
locale: ${locale}
title: verdicts
difficulty: 1
persona: { name: Wang, temperament: lively, mood: 80 }
brief: late parcel
issue: { summary: ${q(t.issue)}, keywords: ${JSON.stringify(t.keywords)} }
solvableInCall: true
maxTurns: 4
passScore: 70
start: opening
nodes:
  opening:
    customer: "?"
    choices:
      - { id: good, reply: ${q(t.good)}, mood: -40, to: done }
      - { id: ask, reply: ${q(t.ask)}, mood: -30, to: second }
  second:
    customer: "!"
    choices:
      - { id: plain, reply: ${q(t.plain)}, mood: -20, to: done }
      - { id: but, reply: ${q(t.but)}, mood: -20, to: done }
      - { id: blame, reply: ${q(t.blame)}, mood: -20, to: done }
  done: { customer: ok, end: resolved }
`;
  const res = loadScenario(yaml, `verdicts-${locale}.yaml`);
  if (!res.ok) throw new Error(JSON.stringify(res.problems));
  return res.value;
}

function grade(s: Scenario, ids: string[]): Scorecard {
  const r = gradePath(s, ids);
  if (!r.ok) throw new Error(formatPathError(r.error, 'en'));
  return r.scorecard;
}

const key = (c: Scorecard) => c.violations.map((v) => `${v.rule}@${v.turn}`).sort();

describe.each(Object.keys(TEXTS) as Locale[])('verdicts on real replies in %s', (locale) => {
  const s = scenarioFor(locale);
  const t = TEXTS[locale];

  it('passes a reply that soothes, apologises for the problem and offers two options', () => {
    const c = grade(s, ['good']);
    expect(c.passed).toBe(true);
    expect(c.violations.map((v) => v.rule)).not.toEqual(expect.arrayContaining(['soothe-first', 'specific-apology', 'offer-alternatives', 'no-but', 'no-blame']));
    expect(c.credits.map((x) => x.rule)).toContain('offer-alternatives');
  });

  it(`costs exactly the no-but points at the turn that says "${t.butWord}"`, () => {
    const plain = grade(s, ['ask', 'plain']);
    const but = grade(s, ['ask', 'but']);
    expect(key(but)).toEqual([...key(plain), 'no-but@2'].sort());
    const v = but.violations.find((x) => x.rule === 'no-but')!;
    expect(v).toMatchObject({ turn: 2, nodeId: 'second', choiceId: 'but', points: -5 });
    expect(v.quote).toContain(t.butWord);
    expect(v.instead?.choiceId).toBe('plain');
    expect(plain.score - but.score).toBe(5);
  });

  it('costs exactly the no-blame points at the turn that blames the customer, and fails the call', () => {
    const plain = grade(s, ['ask', 'plain']);
    const blame = grade(s, ['ask', 'blame']);
    expect(key(blame)).toEqual([...key(plain), 'no-blame@2'].sort());
    const v = blame.violations.find((x) => x.rule === 'no-blame')!;
    expect(v).toMatchObject({ turn: 2, nodeId: 'second', choiceId: 'blame', points: -20, critical: true });
    expect(v.quote).toContain(t.blameWords);
    expect(plain.score - blame.score).toBe(20);
    expect(plain.passed).toBe(true);
    expect(blame.passed).toBe(false);
  });
});
