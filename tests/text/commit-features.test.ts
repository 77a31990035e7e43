// refusal, policy, willingness and solution beyond 不能 / "can't" (issue 11): the wider constructions
// of lexicon-commit.ts, each with the look-alikes that must stay negative.
import { describe, expect, it } from 'vitest';
import { analyzeReply } from '../../engine/index.ts';

type Key = 'refusal' | 'policy' | 'willingness' | 'solution';
const read = (texts: readonly string[], key: Key): boolean[] => texts.map((t) => analyzeReply(t)[key]);

describe('refusal', () => {
  it('reads sold out, excluded, not ours to give, the most we can do, Cantonese no', () => {
    const yes = ['不好意思，这款已经售完了。', '这个费用我们不会退还。', '这个我们没有权限决定。', '八折已经是我们能给的最高优惠了。', '这个情况建议您去消保会投诉。', '呢个唔得㗎。',
      "Sorry, we're sold out of that model.", 'Your plan excludes flood damage.', 'The earliest we can get someone out is Monday.', "We never give cash refunds.", "I'm not qualified to give medical advice."];
    expect(read(yes, 'refusal')).toEqual(yes.map(() => true));
  });
  it('not a question, a condition or the customer\'s broken device', () => {
    const no = ['能不能麻烦您再说一遍？', '如果您不方便的话我晚点再打。', '手机无法开机是吗？', 'Can you tell me when it stopped working?', "I'd love to help you sort this out."];
    expect(read(no, 'refusal')).toEqual(no.map(() => false));
  });
});

describe('policy', () => {
  it('reads a causal "so", rules with 才能/之后就, fees as rules, written terms', () => {
    const yes = ['审核通过后才能退款。', '开课之后就不退费了。', '提前解约要收两百元违约金。', '合约第八条写得很清楚。', 'You paid four days late, so the fee was applied.', 'It depends on your bank.', 'The system adds it automatically.'];
    expect(read(yes, 'policy')).toEqual(yes.map(() => true));
  });
  it('not a fee the agent waives, a plain promise, or "so" that introduces our next step', () => {
    const no = ['我们收到后就会退款。', '来回运费我们来出。', "I'll check, so I can tell you exactly.", 'Once again, sorry for the wait.'];
    expect(read(no, 'policy')).toEqual(no.map(() => false));
  });
});

describe('willingness', () => {
  it('reads the will stated in other words', () => {
    const yes = ['我们会想尽办法让您满意。', '咱们一起想想办法。', '这件事我们会持续跟进。', "I'd be happy to go through it with you.", "We'll gladly send another.", 'I can help with that.'];
    expect(read(yes, 'willingness')).toEqual(yes.map(() => true));
  });
  it('not a will denied or set under a condition', () => {
    const no = ['不是我不愿意帮您。', '如果想退的话我们帮您处理。', '需要先付款才能帮您处理。', "I'd be happy to hear more."];
    expect(read(no, 'willingness')).toEqual(no.map(() => false));
  });
});

describe('solution', () => {
  it('reads more of the agent\'s own remedies, and the one remedy an 只能 allows', () => {
    const yes = ['我马上帮您核对一下账单。', '我们最多只能给您一张五十元的优惠券作为补偿。', "I'll bring you a fresh one.", 'Those charges have all been removed.', "Here's a voucher for your next stay.", 'What I can do is a free upgrade.'];
    expect(read(yes, 'solution')).toEqual(yes.map(() => true));
  });
  it('not a remedy word inside a refusal, nor the customer sent to do it', () => {
    const no = ['退款我们这边不同意。', '换是不能给您换的。', 'All done! Anything else?', '我们会跟进的。'];
    expect(read(no, 'solution')).toEqual(no.map(() => false));
  });
});
