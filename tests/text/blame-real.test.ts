// Chinese blame as issue 11 widens it (deflection, arguing, condescension, insinuation, minimising,
// threats), one sentence of our own per construction, with the polite, negated and empathic look-alikes that
// must stay negative.
import { describe, expect, it } from 'vitest';
import { analyzeReply } from '../../engine/index.ts';

const blames = (texts: readonly string[]): boolean[] => texts.map((t) => analyzeReply(t).blame);

describe('blame: deflection / 推诿', () => {
  it('reads pushing the problem to someone else as blame', () => {
    const yes = ['这事不归我管。', '这个跟我们店没有关系。', '您找错地方了。', '您可以自己去找物价局问。', '按合同我们不承担任何责任。', '這件事跟我們公司沒有關係。', '这个要等上面决定，我们这边定不了。'];
    expect(blames(yes)).toEqual(yes.map(() => true));
  });
  it('not the agent escalating or taking it on', () => {
    const no = ['我帮您联系物流公司催一下。', '我会把这个情况报给主管，今天下午回复您。', "I'll take it up with my manager today.", "We're responsible for getting this fixed, and I'll see to it."];
    expect(blames(no)).toEqual(no.map(() => false));
  });
});

describe('blame: arguing and correcting', () => {
  it('reads contradicting the customer as blame', () => {
    const yes = ['您这个说法不对。', '我们的系统从来没出过这种错。', '账单金额不会有错。', '哪有您说的那么慢。', '您這個說法不對。', '商品明明没有问题。'];
    expect(blames(yes)).toEqual(yes.map(() => true));
  });
  it('not agreeing with the customer or the agent correcting itself', () => {
    const no = ['您说得对，是我们算错了。', '如果我没记错，您上周也来过电话。', '是我们没有解释清楚，抱歉。'];
    expect(blames(no)).toEqual(no.map(() => false));
  });
});

describe('blame: condescension, insinuation, minimising, threats', () => {
  it('reads talking down, hinting at the customer\'s fault, belittling and threatening as blame', () => {
    const yes = ['我都跟您说了好几遍了。', '我早就告诉过您了。', '我已经解释得很清楚了。', '您当时就应该检查一下。', '就您一个人这么说。', '这有什么好生气的。', '不然我就挂电话了。', '门口有牌子，看明白了再来。'];
    expect(blames(yes)).toEqual(yes.map(() => true));
  });
  it('not empathy, reassurance or a polite explanation', () => {
    const no = ['您着急是很正常的，换作是我也会。', '我再跟您解释一下退款的步骤。', '您放心，这个不是您的问题。', '是我们让您误会了，真抱歉。'];
    expect(blames(no)).toEqual(no.map(() => false));
  });
});
