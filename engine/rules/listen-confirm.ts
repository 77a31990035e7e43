import type { Locale } from '../types.ts';
import type { Rule, RuleTexts } from './types.ts';
import { NOTHING_TO_QUOTE, NO_FINDINGS, cite } from './helpers.ts';

/**
 * 倾听与复述确认: before (or in) the first reply with a solution, some reply must restate the problem or
 * ask an open question; a call that ends without either is a violation too. State: settled or not.
 */
export const listenConfirm: Rule<boolean> = {
  id: 'listen-confirm',
  severity: 'minor',
  source: [
    cite('000', '一(一)', '通过适时的回应（如“是的，我明白了”“您是说……对吗?”）确认理解无误'),
    cite('002', '二(一)', '有效确认：在客户陈述完毕后，用自己的语言简要复述客户的问题和核心诉求'),
    cite('003', '三.2', '通过复述对客户的观点不断的表示认同和理解'),
    cite('001', '二.2', '使用開放式問題引導客戶表達，例如「請問發生了什麼事？」'),
  ],
  init: () => false,
  step(settled, turn) {
    if (settled) return { state: true, findings: NO_FINDINGS };
    const f = turn.features;
    if (f.paraphrase || f.question) return { state: true, findings: [{ kind: 'kept', code: f.paraphrase ? 'restated' : 'asked', quote: f.paraphrase ? ['paraphrase'] : ['question'] }] };
    if (!f.solution) return { state: false, findings: NO_FINDINGS };
    return { state: true, findings: [{ kind: 'violation', code: 'solution-first', quote: NOTHING_TO_QUOTE }] };
  },
  finish(settled) {
    return settled ? NO_FINDINGS : [{ kind: 'violation', code: 'never' }];
  },
  texts: {
    'zh-Hans': {
      title: '倾听与复述确认',
      advice: () => '给方案之前先确认听懂了：用自己的话复述（「您的意思是……对吗？」），或用开放式问题让客户说完（「能具体说说发生了什么吗？」）。',
      messages: {
        'solution-first': () => '还没有复述或询问确认客户的问题，就直接给了方案。',
        never: () => '整通电话没有复述或询问确认客户的问题。',
        restated: () => '复述了客户的问题。',
        asked: () => '用开放式问题请客户说清楚。',
      },
    },
    'zh-Hant': {
      title: '傾聽與複述確認',
      advice: () => '提出方案之前先確認聽懂了：用自己的話複述（「您的意思是……對嗎？」），或用開放式問題讓客戶說完（「請問發生了什麼事？」）。',
      messages: {
        'solution-first': () => '還沒有複述或詢問確認客戶的問題，就直接提出方案。',
        never: () => '整通電話沒有複述或詢問確認客戶的問題。',
        restated: () => '複述了客戶的問題。',
        asked: () => '用開放式問題請客戶說清楚。',
      },
    },
    en: {
      title: 'Listen and confirm',
      advice: () => 'Before proposing a fix, make sure you understood: restate the problem ("So the parcel … is that right?") or ask an open question ("Can you tell me what happened?").',
      messages: {
        'solution-first': () => 'A solution came before any reply restated the problem or asked the customer to explain it.',
        never: () => 'No reply in the call restated the problem or asked the customer about it.',
        restated: () => 'Restated the problem.',
        asked: () => 'Asked an open question to hear the customer out.',
      },
    },
  } satisfies Record<Locale, RuleTexts>,
};
