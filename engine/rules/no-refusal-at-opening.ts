import type { Rule } from './types.ts';
import { NO_FINDINGS, cite, loc, messageCache, quoteFeature, turnFinding } from './helpers.ts';

/** How many of the agent's first replies count as the opening. */
export const OPENING_TURNS = 2;

// The message depends only on the turn index: one shared object per opening turn.
const refusedAt = messageCache((index: number) =>
  loc(`开场第 ${index} 句就直接拒绝了客户。`, `開場第 ${index} 句就直接拒絕了客戶。`, `Reply ${index} of the opening already turns the customer down.`),
);

/** 开场不直接拒绝: a refusal in one of the agent's first two replies is a violation. Stateless. */
export const noRefusalAtOpening: Rule<number> = {
  id: 'no-refusal-at-opening',
  severity: 'major',
  title: loc('开场不直接拒绝', '開場不直接拒絕', 'No refusal in the opening'),
  advice: loc(
    '开场先倾听、安抚、建立信任，不要一上来就说「不行」「做不到」；需要拒绝时放到后面，并配上替代方案。',
    '開場先傾聽、安撫、建立信任，不要一開始就說「不行」「做不到」；需要拒絕時放到後面，並配上替代方案。',
    'Use the opening to listen, soothe and build trust; do not start with "no" — if you must decline, do it later and with an alternative.',
  ),
  source: [cite('003', '四.3', '避免开始阶段直接拒绝客户'), cite('003', '四.2', '避免开始阶段展开探讨关键话题')],
  init: () => 0,
  step(state, turn) {
    // Features first: the path analysis reuses a step for every turn index when the step never read it.
    if (!turn.features.refusal || turn.index > OPENING_TURNS) return { state, findings: NO_FINDINGS };
    const message = refusedAt(turn.index, turn.index);
    return { state, findings: [turnFinding('violation', turn, quoteFeature(turn.choice, turn.features, 'refusal'), message)] };
  },
  finish: () => NO_FINDINGS,
};
