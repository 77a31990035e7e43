import type { Locale } from '../types.ts';
import type { Rule, RuleTexts } from './types.ts';
import { NO_FINDINGS, cite } from './helpers.ts';

/** How many of the agent's first turns count as the opening. */
export const OPENING_TURNS = 2;

/** 开场不直接拒绝: a refusal in one of the agent's first two turns is a violation. Stateless. */
export const noRefusalAtOpening: Rule<number> = {
  id: 'no-refusal-at-opening',
  severity: 'major',
  source: [cite('003', '四.3', '避免开始阶段直接拒绝客户'), cite('003', '四.2', '避免开始阶段展开探讨关键话题')],
  init: () => 0,
  step(state, turn) {
    if (!turn.features.refusal || turn.index > OPENING_TURNS) return { state, findings: NO_FINDINGS };
    return { state, findings: [{ kind: 'violation', code: 'refused', quote: ['refusal'] }] };
  },
  finish: () => NO_FINDINGS,
  texts: {
    'zh-Hans': {
      title: '开场不直接拒绝',
      advice: () => '开场先倾听、安抚、建立信任，不要一上来就说「不行」「做不到」；需要拒绝时放到后面，并配上替代方案。',
      messages: { refused: () => '开场就直接拒绝了客户。' },
    },
    'zh-Hant': {
      title: '開場不直接拒絕',
      advice: () => '開場先傾聽、安撫、建立信任，不要一開始就說「不行」「做不到」；需要拒絕時放到後面，並配上替代方案。',
      messages: { refused: () => '開場就直接拒絕了客戶。' },
    },
    en: {
      title: 'No refusal in the opening',
      advice: () => 'Use the opening to listen, soothe and build trust; do not start with "no" — if you must decline, do it later and with an alternative.',
      messages: { refused: () => 'The opening already turns the customer down.' },
    },
  } satisfies Record<Locale, RuleTexts>,
};
