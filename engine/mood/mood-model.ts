import type { FeatureValues, Temperament } from '../types.ts';

/** What a reply can do to the customer's anger; one column of the table per temperament. */
export type MoodEffect =
  | 'empathy'
  | 'apologySpecific'
  | 'apologyVague'
  | 'paraphrase'
  | 'question'
  | 'willingness'
  | 'solution'
  | 'options'
  | 'timeframe'
  | 'policy'
  | 'contrast'
  | 'refusalBare'
  | 'refusalWithAlternative'
  | 'blame'
  | 'praise'
  | 'concession';

/**
 * Change of anger (0–100 scale) per reply effect and temperament, after 003 一.1–一.3:
 * - lively (活泼型): impulsive, won't hear explanations at first, short on patience, easy to win back —
 *   feelings and warmth land fast, early reasoning and "but" provoke.
 * - peaceful (和平型): goes along with rules, does not argue, forgives easily — an apology and a rule
 *   calm them; pushback provokes little; concessions buy little (「不轻易妥协」).
 * - powerful (力量型): hits back at any rule or treatment they find unfair, action-driven, hard to
 *   persuade — blame, refusal, rules and "but" provoke most; concrete action and options calm most.
 * - perfect (完美型): argues point by point, wants their situation understood, calm and rule-abiding —
 *   empathy, restating and reasons calm most; vague apologies and decisions without reasons provoke.
 * Praise and a light touch (活泼型 多赞美) win a lively customer most and the others a little; giving in
 * beyond the rule buys little from a peaceful customer (不轻易妥协) and most from a powerful one. A
 * guarantee moves nobody by itself: a promise the agent cannot keep must not calm more than honesty.
 */
export const MOOD_TABLE: Record<MoodEffect, Record<Temperament, number>> = {
  empathy: { lively: -12, peaceful: -8, powerful: -8, perfect: -12 },
  apologySpecific: { lively: -8, peaceful: -12, powerful: -6, perfect: -8 },
  apologyVague: { lively: -2, peaceful: -4, powerful: 2, perfect: 4 },
  paraphrase: { lively: -4, peaceful: -4, powerful: -4, perfect: -10 },
  question: { lively: -3, peaceful: -3, powerful: -2, perfect: -5 },
  willingness: { lively: -6, peaceful: -5, powerful: -6, perfect: -4 },
  solution: { lively: -8, peaceful: -5, powerful: -12, perfect: -6 },
  options: { lively: -4, peaceful: -3, powerful: -8, perfect: -5 },
  timeframe: { lively: -3, peaceful: -4, powerful: -4, perfect: -6 },
  policy: { lively: 3, peaceful: -3, powerful: 8, perfect: -4 },
  contrast: { lively: 8, peaceful: 4, powerful: 12, perfect: 8 },
  refusalBare: { lively: 10, peaceful: 5, powerful: 18, perfect: 12 },
  refusalWithAlternative: { lively: 4, peaceful: 2, powerful: 8, perfect: 5 },
  blame: { lively: 15, peaceful: 10, powerful: 25, perfect: 18 },
  praise: { lively: -8, peaceful: -3, powerful: -2, perfect: -2 },
  concession: { lively: -6, peaceful: -2, powerful: -10, perfect: -4 },
};

/** The largest change one reply can make either way; the scale is 0–100 and no single sentence undoes a call. */
export const MAX_MOOD_STEP = 40;

/** List the table rows a reply triggers (each at most once). */
export function moodEffectsOf(f: FeatureValues): MoodEffect[] {
  const e: MoodEffect[] = [];
  if (f.empathy) e.push('empathy');
  if (f.apology === 'specific') e.push('apologySpecific');
  else if (f.apology === 'vague') e.push('apologyVague');
  if (f.paraphrase) e.push('paraphrase');
  if (f.question) e.push('question');
  if (f.willingness) e.push('willingness');
  if (f.solution) e.push('solution');
  if (f.alternatives >= 2) e.push('options');
  if (f.timeframe) e.push('timeframe');
  if (f.policy) e.push('policy');
  if (f.contrast) e.push('contrast');
  if (f.refusal) e.push(f.solution || f.alternatives > 0 ? 'refusalWithAlternative' : 'refusalBare');
  if (f.blame) e.push('blame');
  if (f.praise) e.push('praise');
  if (f.concession) e.push('concession');
  return e;
}

/** Compute the customer's change of anger for a reply without an authored `mood`: the sum of its table rows, capped. */
export function moodDeltaFor(f: FeatureValues, temperament: Temperament): number {
  let d = 0;
  for (const effect of moodEffectsOf(f)) d += MOOD_TABLE[effect][temperament];
  return d < -MAX_MOOD_STEP ? -MAX_MOOD_STEP : d > MAX_MOOD_STEP ? MAX_MOOD_STEP : d;
}
