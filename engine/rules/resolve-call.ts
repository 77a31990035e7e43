import type { Locale } from '../types.ts';
import type { Rule, RuleTexts } from './types.ts';
import { NO_FINDINGS, cite } from './helpers.ts';

/**
 * 以解决问题为目标: a call that ends with the customer demanding a manager or hanging up has failed,
 * whatever the single replies scored. Critical by default, so such a path never passes. Stateless.
 */
export const resolveCall: Rule<number> = {
  id: 'resolve-call',
  severity: 'critical',
  source: [
    cite('002', '一(一)', '客户至上原则：始终将客户的合理需求放在首位，以解决客户问题为目标'),
    cite('002', '一', '应尽快给予回应，避免拖延导致客户情绪升级'),
    cite('000', '二(三)3', '闭环处理：问题解决后，及时回访客户，确认满意度，形成服务闭环'),
  ],
  init: () => 0,
  step: (state) => ({ state, findings: NO_FINDINGS }),
  finish(_state, end) {
    if (end.outcome === 'resolved') return NO_FINDINGS;
    return [{ kind: 'violation', code: end.outcome === 'escalated' ? 'escalated' : 'abandoned' }];
  },
  texts: {
    'zh-Hans': {
      title: '把问题解决在这通电话里',
      advice: () => '每一步都为了让客户愿意继续谈下去：先安抚情绪，再给出具体方案，别让客户挂断或要求找主管。',
      messages: { escalated: () => '客户要求找主管：这通电话没有在你这里解决。', abandoned: () => '客户挂断了（或通话拖到了上限）：问题没有解决。' },
    },
    'zh-Hant': {
      title: '把問題解決在這通電話裡',
      advice: () => '每一步都為了讓客戶願意繼續談下去：先安撫情緒，再給出具體方案，別讓客戶掛斷或要求找主管。',
      messages: { escalated: () => '客戶要求找主管：這通電話沒有在你這裡解決。', abandoned: () => '客戶掛斷了（或通話拖到了上限）：問題沒有解決。' },
    },
    en: {
      title: 'Bring the call to a resolution',
      advice: () => 'Every reply should keep the customer willing to talk: calm them first, then give a concrete way forward, so they neither hang up nor demand a manager.',
      messages: {
        escalated: () => 'The customer demanded a manager: the call was not resolved with you.',
        abandoned: () => 'The customer hung up (or the call ran out of turns): the problem was not resolved.',
      },
    },
  } satisfies Record<Locale, RuleTexts>,
};
