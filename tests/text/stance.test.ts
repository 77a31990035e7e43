// praise, guarantee and concession (rules.md, issue 17): each construction with the look-alikes that
// must stay negative (routine thanks, the agent's own next step, a refused exception).
import { describe, expect, it } from 'vitest';
import { analyzeReply } from '../../engine/index.ts';
import type { ReplyFeatures } from '../../engine/index.ts';

const read = (texts: readonly string[], key: 'praise' | 'guarantee' | 'concession'): boolean[] => texts.map((t) => analyzeReply(t)[key]);
const cuesOf = (r: ReplyFeatures, key: string): string[] => r.evidence.filter((e) => e.feature === key).map((e) => e.cue);

describe('praise', () => {
  it('reads compliments on the customer, in all three languages', () => {
    const yes = ['您真细心，这个细节很多人都没注意到。', '多亏您发现得早，不然损失更大。', '您眼光真好，这款是今年卖得最好的。', '您做得很對，保留了單據。', 'Great catch — that charge should not be there.', 'You did exactly the right thing by keeping the receipt.', 'You clearly know your stuff.'];
    expect(read(yes, 'praise')).toEqual(yes.map(() => true));
  });
  it('not routine thanks or a denied compliment', () => {
    const no = ['感谢您的来电。', '谢谢您的耐心等待。', 'Thank you for your patience.', 'Thanks for calling us today.', '我帮您查一下订单。'];
    expect(read(no, 'praise')).toEqual(no.map(() => false));
  });
});

describe('guarantee', () => {
  it('reads certainty about outcomes the agent does not control, with the words that show it', () => {
    const yes = ['这次肯定没问题的。', '我保证不会再出现这种情况。', '应该能批下来，您放心。', '明天一定能送到。', '這次絕對不會再出錯了。', "I promise it'll be there tomorrow.", "I guarantee it won't happen again.", "It'll definitely be approved."];
    expect(read(yes, 'guarantee')).toEqual(yes.map(() => true));
    expect(cuesOf(analyzeReply('这次肯定没问题的。'), 'guarantee')).toEqual(['肯定没问题']);
  });
  it('not a commitment to the agent\'s own action, willingness, an honest estimate or a denied promise', () => {
    const no = ['我下午五点前给您回电。', '我保证今天下午给您回电。', '我一定尽力帮您解决。', '我不能保证明天一定到。', "I'll call you back by five.", 'It usually takes 3 to 5 days.', "I can't promise it will arrive tomorrow.", "I promise I'll call you back by five."];
    expect(read(no, 'guarantee')).toEqual(no.map(() => false));
  });
});

describe('concession', () => {
  it('reads exceptions beyond the rule and giving in after holding to it', () => {
    const yes = ['这次给您破例，特殊处理一次。', '我帮您申请例外。', '本来过了七天是不能退的，这次给您退了。', "I'll make an exception this time.", 'Just this once, I can waive the fee.'];
    expect(read(yes, 'concession')).toEqual(yes.map(() => true));
  });
  it('not a refused exception or a remedy the policy allows', () => {
    const no = ['按规定是不能破例的。', '这个没办法特殊处理。', "I'm afraid I can't make an exception.", 'Your order is within the return window, so I can refund it.', '我帮您办理退货。'];
    expect(read(no, 'concession')).toEqual(no.map(() => false));
  });
});
