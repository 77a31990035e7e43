import type { Locale } from '../types.ts';
import type { Rule, RuleFinding, RuleTexts } from './types.ts';
import { NO_FINDINGS, cite, offersSomething } from './helpers.ts';
import { isRecap } from './recap.ts';

// State bits: a bare refusal is waiting for an alternative in the next reply; the options credit is earned.
const PENDING = 1;
const CREDITED = 2;

/** The bare refusal of the previous reply, judged now that the next reply offered nothing either. */
const BARE_BEFORE: RuleFinding = { kind: 'violation', code: 'bare', quote: ['refusal'], previous: true };
const OPTIONS: RuleFinding = { kind: 'credit', code: 'options', quote: ['alternatives'] };

/**
 * 委婉拒绝 + 替代方案: a refusal needs an alternative (a remedy or an option) in the same reply or the
 * agent's next one — a recap of what was agreed is not one; the first reply that offers at least two
 * options earns the "options" credit.
 */
export const offerAlternatives: Rule<number> = {
  id: 'offer-alternatives',
  severity: 'major',
  source: [
    cite('000', '二(二)', '委婉拒绝+替代方案……将客户的注意力从“无法满足的要求”转移到“可实现的替代方案”上'),
    cite('001', '二.5', '提供多種解決方案，讓客戶有選擇的空間'),
    cite('002', '二(四)', '提供选择：在可能的情况下，可以为客户提供不止一个解决方案供其选择'),
  ],
  init: () => 0,
  step(state, turn) {
    const f = turn.features;
    // A recap of what was agreed offers nothing new: it neither answers a refusal nor counts as options.
    const recap = (offersSomething(f) || state & PENDING) !== 0 && isRecap(turn);
    const offers = offersSomething(f) && !recap;
    let credited = (state & CREDITED) !== 0;
    let findings: readonly RuleFinding[] = state & PENDING && !offers ? [BARE_BEFORE] : NO_FINDINGS;
    if (!credited && f.alternatives >= 2 && !recap) {
      credited = true;
      findings = [...findings, OPTIONS];
    }
    return { state: (credited ? CREDITED : 0) | (f.refusal && !offers ? PENDING : 0), findings };
  },
  finish(state) {
    // The call ended right after a bare refusal: nothing can follow it any more.
    return state & PENDING ? [{ kind: 'violation', code: 'bare-at-end', quote: ['refusal'], previous: true }] : NO_FINDINGS;
  },
  texts: {
    'zh-Hans': {
      title: '委婉拒绝 + 替代方案',
      advice: () => '不能满足要求时，先表示理解、说明规则，再马上给出可行的替代方案，最好给两个以上让客户选（「可以为您换货，也可以全额退款，您看哪种方便？」）。',
      messages: {
        bare: () => '这一句拒绝了客户，但这一句和下一句都没有给出任何替代方案。',
        'bare-at-end': () => '这一句拒绝了客户，之后通话就结束了，没有给出任何替代方案。',
        options: () => '给了客户可以选择的方案。',
      },
    },
    'zh-Hant': {
      title: '委婉拒絕 + 替代方案',
      advice: () => '無法滿足要求時，先表示理解、說明規則，再立刻提供可行的替代方案，最好給兩個以上讓客戶選擇（「可以為您換貨，也可以全額退款，您看哪種方便？」）。',
      messages: {
        bare: () => '這一句拒絕了客戶，但這一句和下一句都沒有提供任何替代方案。',
        'bare-at-end': () => '這一句拒絕了客戶，之後通話就結束了，沒有提供任何替代方案。',
        options: () => '給了客戶可以選擇的方案。',
      },
    },
    en: {
      title: 'Never a bare no: offer alternatives',
      advice: () => 'When you cannot grant a request, acknowledge it, state the rule, and offer an alternative right away — ideally two or more to choose from ("we can replace it or refund you in full — which suits you?").',
      messages: {
        bare: () => 'This reply turned the customer down, and neither it nor the next reply offered anything instead.',
        'bare-at-end': () => 'This reply turned the customer down, and the call ended without anything offered instead.',
        options: () => 'Offered the customer options to choose from.',
      },
    },
  } satisfies Record<Locale, RuleTexts>,
};
