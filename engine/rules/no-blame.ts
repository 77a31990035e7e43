import type { Locale } from '../types.ts';
import type { Rule, RuleTexts } from './types.ts';
import { NO_FINDINGS, cite } from './helpers.ts';

/**
 * 不争辩、不推诿: every reply that blames, argues with or corrects the customer, or shifts the
 * responsibility elsewhere, is a violation. Critical by default: it fails a certification attempt. Stateless.
 */
export const noBlame: Rule<number> = {
  id: 'no-blame',
  severity: 'critical',
  source: [
    cite('000', '二(一)1', '允许客户表达不满，避免与其争辩或试图立即纠正其观点'),
    cite('001', '二.1', '客服人員也應避免與客戶發生爭執'),
    cite('002', '一(二)', '实事求是原则：客观了解事实真相，不推诿、不隐瞒'),
  ],
  init: () => 0,
  step(state, turn) {
    if (!turn.features.blame) return { state, findings: NO_FINDINGS };
    return { state, findings: [{ kind: 'violation', code: 'blames', quote: ['blame'] }] };
  },
  finish: () => NO_FINDINGS,
  texts: {
    'zh-Hans': {
      title: '不争辩、不推诿',
      advice: () => '不和客户争对错，也不把责任推给客户、快递或其他部门；先承认客户遇到的问题，说「我们来处理」。',
      messages: { blames: () => '这一句在和客户争辩或推卸责任，客户只会听到「不关我们的事」。' },
    },
    'zh-Hant': {
      title: '不爭辯、不推諉',
      advice: () => '不和客戶爭對錯，也不把責任推給客戶、物流或其他部門；先承認客戶遇到的問題，說「我們來處理」。',
      messages: { blames: () => '這一句在和客戶爭辯或推卸責任，客戶只會聽到「不關我們的事」。' },
    },
    en: {
      title: 'No arguing, no blame-shifting',
      advice: () => 'Do not argue with the customer or push the responsibility onto them, the courier or another team; own the problem and say what "we" will do.',
      messages: { blames: () => 'This reply argues with the customer or shifts the blame; all they hear is "not our problem".' },
    },
  } satisfies Record<Locale, RuleTexts>,
};
