import type { FeatureName, ReplyFeatures } from '../types.ts';
import type { Citation, RuleFinding } from './types.ts';

/** The shared empty findings list: most steps find nothing, and allocating per step would dominate batch grading. */
export const NO_FINDINGS: readonly RuleFinding[] = Object.freeze([]);

export const TITLES = {
  '000': '客服人员沟通技巧与应变方案',
  '001': '客服應對技巧：面對憤怒客戶時的處理指南',
  '002': '售后服务人员投诉处理技巧培训',
  '003': '315客服人必备干货 NO.5 — 沟通四部曲（一）：开场',
} as const satisfies Record<Citation['doc'], string>;

/** Cite a section of one of the four seed documents. */
export function cite(doc: Citation['doc'], section: string, quote: string): Citation {
  return { doc, title: TITLES[doc], section, quote };
}

/** The cues (matched words) the analyzer found for a feature, e.g. 「但是」. */
export function cuesOf(features: ReplyFeatures, name: FeatureName): string[] {
  const cues: string[] = [];
  for (const ev of features.evidence) if (ev.feature === name && !cues.includes(ev.cue)) cues.push(ev.cue);
  return cues;
}

/** Whether a reply offers something the customer can have: a concrete remedy or at least one option. */
export function offersSomething(f: ReplyFeatures): boolean {
  return f.solution || f.alternatives > 0;
}

/** A finding about something the call or the reply lacked: nothing to quote. */
export const NOTHING_TO_QUOTE: readonly FeatureName[] = Object.freeze([]);
