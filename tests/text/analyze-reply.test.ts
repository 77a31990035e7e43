import { describe, expect, it } from 'vitest';
import { analyzeReply, detectLocale } from '../../engine/text/analyze-reply.ts';
import { normalizeText } from '../../engine/text/normalize.ts';
import type { IssueSpec } from '../../engine/types.ts';

const DELIVERY: IssueSpec = { summary: '配送延迟', keywords: ['配送', '延迟', '延误', '快递', '没收到'] };
const f = (text: string, issue?: IssueSpec) => analyzeReply(text, issue ? { issue } : {});

describe('hard cases from issue 3', () => {
  it('不但…而且 and "not only … but also" are not contrast', () => {
    expect(f('我们不但会为您补发，而且还会赠送一张优惠券。').contrast).toBe(false);
    expect(f('我們不但會幫您補寄，而且還會附上一張折價券。').contrast).toBe(false);
    expect(f("Not only will we resend the item, but we'll also refund your shipping.").contrast).toBe(false);
    expect(f('我理解您的心情，但是这是公司规定。').contrast).toBe(true);
    expect(f("I understand how you feel, but that's our policy.").contrast).toBe(true);
  });

  it('只是 as "just" is not contrast; 只是 opening a later clause is', () => {
    expect(f('我只是想确认一下您的收货地址。').contrast).toBe(false);
    expect(f('这个问题只是需要重新设置一下，我一步一步教您。').contrast).toBe(false);
    expect(f('您的要求我们了解，只是目前库存不足，没办法马上补货。').contrast).toBe(true);
  });

  it('a "but" inside the agent\'s paraphrase of the customer is not contrast', () => {
    const zh = f('您的意思是快递员没打电话就把包裹放在了门口，但是您回家后没找到，对吗？');
    expect(zh).toMatchObject({ contrast: false, paraphrase: true });
    const en = f('So you\'re saying the courier left the parcel at the door but it was gone when you got home, is that right?');
    expect(en).toMatchObject({ contrast: false, paraphrase: true });
    // …while the agent's own "but" after a paraphrase still counts.
    expect(f('您是说包裹没到，对吗？但是物流显示已经签收了。').contrast).toBe(true);
  });

  it('不好意思 and "sorry for any inconvenience" are vague apologies', () => {
    expect(f('不好意思。').apology).toBe('vague');
    expect(f('不好意思，这个功能目前不支持。').apology).toBe('vague');
    expect(f('Sorry for any inconvenience.').apology).toBe('vague');
    expect(f("We're sorry for the inconvenience this has caused.").apology).toBe('vague');
  });

  it('a conditional apology is vague even when it mentions a problem', () => {
    expect(f('如果让您不开心，我们很抱歉。').apology).toBe('vague');
    expect(f('如果給您造成了任何延誤，我們深感抱歉。').apology).toBe('vague');
    expect(f("I'm sorry if the delay upset you.").apology).toBe('vague');
  });

  it('a specific apology names the problem: the issue keywords when given, else any concrete failure', () => {
    expect(f('对于配送延迟给您带来的不便，我们深感抱歉。').apology).toBe('specific');
    expect(f('对于配送延迟给您带来的不便，我们深感抱歉。', DELIVERY).apology).toBe('specific');
    // The wait on the phone is a concrete failure, but not this scenario's problem.
    expect(f('非常抱歉，让您久等了。').apology).toBe('specific');
    expect(f('非常抱歉，让您久等了。', DELIVERY).apology).toBe('vague');
    expect(f("I'm really sorry we charged you twice for the same order.").apology).toBe('specific');
    expect(f('真的很對不起，您收到的商品有破損。').apology).toBe('specific');
    // A bare apology takes its problem from the next sentence.
    expect(f('非常抱歉！您的快递延误了三天。', DELIVERY).apology).toBe('specific');
    expect(f('很抱歉给您带来困扰。').apology).toBe('vague');
    expect(f('谢谢您的耐心。').apology).toBe('none');
  });

  it('one remedy after a refusal is not alternatives; a choice of two is', () => {
    const one = f('根据规定，这种情况不能退货，但我们可以为您安排免费维修。');
    expect(one).toMatchObject({ refusal: true, solution: true, alternatives: 0 });
    expect(f('可以为您换货，也可以全额退款，您看哪种方便？').alternatives).toBe(2);
    expect(f('You can choose a replacement, a repair, or a refund.').alternatives).toBe(3);
    expect(f("We'll resend the order and also waive the delivery fee.").alternatives).toBe(0);
  });

  it('立即/尽快/right away are not a timeframe; 24小时内 and "by 5pm today" are', () => {
    expect(f('我们会立即为您处理。').timeframe).toBe(false);
    expect(f('我们会尽快给您回复。').timeframe).toBe(false);
    expect(f("I'll look into it right away.").timeframe).toBe(false);
    expect(f('预计在24小时内给您回复。').timeframe).toBe(true);
    expect(f('預計在二十四小時內給您回覆。').timeframe).toBe(true);
    expect(f("I'll call you back by 5pm today.").timeframe).toBe(true);
    // Past durations are not commitments.
    expect(f('您的包裹已经滞留了三天。').timeframe).toBe(false);
  });

  it('blame includes soft forms and disowning', () => {
    expect(f('可能是您操作有误。').blame).toBe(true);
    expect(f('这不归我们管，您去找快递公司吧。')).toMatchObject({ blame: true, refusal: true });
    expect(f('It may be that you entered the wrong address.').blame).toBe(true);
    expect(f('我帮您联系快递公司。').blame).toBe(false);
  });
});

describe('analyzeReply', () => {
  it('gives evidence whose spans quote the original text (full-width, Traditional, mixed)', () => {
    for (const text of ['我理解您的心情，但是這是公司規定，我們不能退貨！', 'Ｓｏｒｒｙ，我们马上为您处理。', "I’m so sorry your package is late — we'll resend it by Friday."]) {
      const r = f(text);
      expect(r.evidence.length).toBeGreaterThan(0);
      for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.cue);
    }
    const r = f('我理解您的心情，但是這是公司規定');
    expect(r.evidence.find((e) => e.feature === 'contrast')).toEqual({ feature: 'contrast', start: 8, end: 10, cue: '但是' });
  });

  it('reads Traditional and full-width text like Simplified and half-width', () => {
    expect(f('對於配送延遲的問題，我們深感抱歉。').apology).toBe('specific');
    expect(f('請問發生了什麼事？').question).toBe(true);
    expect(f('ＢＵＴ　ｗｅ　ｃａｎ’ｔ　ｄｏ　ｔｈａｔ').contrast).toBe(true);
  });

  it('handles empty and feature-less replies', () => {
    const r = f('');
    expect(r).toMatchObject({ contrast: false, apology: 'none', alternatives: 0, evidence: [] });
    expect(f('嗯嗯，好的。').evidence).toEqual([]);
  });

  it('is deterministic', () => {
    const text = '非常抱歉让您久等了，我们可以补发，也可以退款，24小时内给您结果。';
    expect(f(text)).toEqual(f(text));
  });

  it('does not read a broken device or an imagined feeling as a refusal', () => {
    expect(f('您的手机无法开机，是从什么时候开始的？')).toMatchObject({ refusal: false, question: true });
    expect(f("I can't imagine how frustrating that must be.")).toMatchObject({ refusal: false, empathy: true });
    expect(f('我们无法提供免费维修。')).toMatchObject({ refusal: true, solution: false });
  });
});

describe('normalizeText and detectLocale', () => {
  it('keeps the length and folds width, case and Traditional characters', () => {
    const text = '對不起，ＡＢＣ！I’M';
    const n = normalizeText(text);
    expect(n.length).toBe(text.length);
    expect(n).toBe("对不起,abc!i'm");
  });

  it('folds replies longer than one fromCharCode chunk', () => {
    const long = '對不起，ＡＢＣ'.repeat(1500);
    const n = normalizeText(long);
    expect(n.length).toBe(long.length);
    expect(n).toBe('对不起,abc'.repeat(1500));
    expect(normalizeText('plain ascii stays the same object')).toBe('plain ascii stays the same object');
  });

  it('detects the locale from the script and the character forms', () => {
    expect(detectLocale('我非常理解您的心情')).toBe('zh-Hans');
    expect(detectLocale('我非常理解您的心情，這確實讓人著急')).toBe('zh-Hant');
    expect(detectLocale('I understand how you feel.')).toBe('en');
    expect(detectLocale('OK的，我帮您check一下订单。')).toBe('zh-Hans');
    expect(detectLocale('')).toBe('en');
  });
});
