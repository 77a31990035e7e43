import type { Locale } from '../types.ts';
import type { Rule, RuleTexts } from './types.ts';
import { NOTHING_TO_QUOTE, NO_FINDINGS, cite } from './helpers.ts';

/** The agent's reply by which the will to solve the problem should have been stated. */
export const WILLINGNESS_BY_TURN = 3;

/**
 * 明确表态愿意解决: one of the agent's first three replies must state the will to solve the problem
 * (「请您放心，我一定会尽力帮您解决」). State: settled or not.
 */
export const willingness: Rule<boolean> = {
  id: 'willingness',
  severity: 'minor',
  source: [
    cite('000', '二(一)2', '明确表态：用积极的语言表明解决问题的意愿，例如：“请您放心，我一定会尽力帮您解决这个问题。”'),
    cite('003', '三.3', '表达愿意解决问题的诚意：让客户明白你不光理解他的处境、同时也很想尽快帮其解决问题'),
  ],
  init: () => false,
  step(settled, turn) {
    if (settled) return { state: true, findings: NO_FINDINGS };
    if (turn.features.willingness) return { state: true, findings: [{ kind: 'kept', code: 'stated', quote: ['willingness'] }] };
    if (turn.index < WILLINGNESS_BY_TURN) return { state: false, findings: NO_FINDINGS };
    return { state: true, findings: [{ kind: 'violation', code: 'late', params: { by: WILLINGNESS_BY_TURN }, quote: NOTHING_TO_QUOTE }] };
  },
  finish(settled) {
    return settled ? NO_FINDINGS : [{ kind: 'violation', code: 'never' }];
  },
  texts: {
    'zh-Hans': {
      title: '明确表态愿意解决',
      advice: () => '开场就让客户知道你想帮他解决：「请您放心，我一定会尽力帮您解决这个问题。」',
      messages: { late: (p) => `前 ${p.by} 句回复都没有明确表示愿意帮客户解决问题。`, never: () => '整通电话没有明确表示愿意帮客户解决问题。', stated: () => '明确表示了愿意解决。' },
    },
    'zh-Hant': {
      title: '明確表態願意解決',
      advice: () => '開場就讓客戶知道你想幫他解決：「請您放心，我一定會盡力幫您解決這個問題。」',
      messages: { late: (p) => `前 ${p.by} 句回覆都沒有明確表示願意幫客戶解決問題。`, never: () => '整通電話沒有明確表示願意幫客戶解決問題。', stated: () => '明確表示了願意解決。' },
    },
    en: {
      title: 'Say you will solve it',
      advice: () => 'Early in the call, tell the customer plainly that you mean to fix it: "Rest assured, I will do everything I can to sort this out for you."',
      messages: {
        late: (p) => `None of the first ${p.by} replies said plainly that you want to solve the customer's problem.`,
        never: () => 'No reply in the call said plainly that you want to solve the problem.',
        stated: () => 'Said plainly that you will solve it.',
      },
    },
  } satisfies Record<Locale, RuleTexts>,
};
