import { describe, expect, it } from 'vitest';
import { analyzeReply, type Locale } from '../../engine/index.ts';
import { makeVariants, splitSentences } from '../../src/studio/variants.ts';

const ISSUE = { summary: 'late parcel', keywords: ['包裹', '扣款', 'parcel'] };
const GOOD: Array<[Locale, string]> = [
  ['zh-Hans', '王先生，非常抱歉，包裹晚了这么多天还没送到，换作是我也会着急。我现在就帮您查物流，您可以选择重新发货，或者直接退款。'],
  ['zh-Hant', '非常抱歉重複扣款給您帶來困擾。我們今天就退回多扣的款項，或者轉為下次消費的折抵。'],
  ['en', "I'm so sorry your parcel is a week late. I can resend it today or refund you in full, whichever you prefer."],
];

describe('teaching variants', () => {
  it.each(GOOD)('%s: each variant breaks the rule it names, as the analyzer reads it', (locale, reply) => {
    const features = analyzeReply(reply, { locale, issue: ISSUE });
    const variants = makeVariants(reply, features, locale);
    expect(variants.map((v) => v.kind)).toEqual(['add-but', 'vague-apology', 'drop-options', 'bare-refusal']);
    const read = (kind: string) => analyzeReply(variants.find((v) => v.kind === kind)!.reply, { locale, issue: ISSUE });
    expect(read('add-but').contrast).toBe(true);
    expect(read('vague-apology').apology).toBe('vague');
    expect(read('drop-options').alternatives).toBeLessThan(2);
    expect(read('bare-refusal').refusal).toBe(true);
    expect(makeVariants(reply, features, locale)).toEqual(variants);
  });

  it('offers only what applies: no "but" variant for a reply that has one, none from options a reply lacks', () => {
    const reply = 'Sorry, but I understand.';
    const kinds = makeVariants(reply, analyzeReply(reply, { locale: 'en' }), 'en').map((v) => v.kind);
    expect(kinds).not.toContain('add-but');
    expect(kinds).not.toContain('drop-options');
  });

  it('splits sentences at Chinese and Western stops', () => {
    expect(splitSentences('好的。我来查！OK? Yes.').map((s) => s.text.trim())).toEqual(['好的。', '我来查！', 'OK?', 'Yes.']);
  });
});
