import type { Locale, Temperament } from '../types.ts';
import type { Rule, RuleFinding, RuleTexts, Turn } from './types.ts';
import { NO_FINDINGS, cite, offersSomething } from './helpers.ts';

// State bits; each temperament uses only its own, so the number of distinct states stays at most 3.
const SOOTHED = 1; // powerful: empathy has been shown
const REASONED = 2; // perfect: a reason or rule has been explained
const CHECKED = 4; // perfect: the first solution or refusal has been judged
const CREDITED = 8; // peaceful: the rule-backed alternative has been credited

type Step = { state: number; findings: readonly RuleFinding[] };

function stepPowerful(state: number, turn: Turn): Step {
  const f = turn.features;
  const soothed = (state & SOOTHED) !== 0 || f.empathy;
  if (soothed || !(f.refusal || f.blame)) return { state: soothed ? SOOTHED : 0, findings: NO_FINDINGS };
  return { state: 0, findings: [{ kind: 'violation', code: 'powerful', quote: ['refusal', 'blame'], factor: 2 }] };
}

function stepPerfect(state: number, turn: Turn): Step {
  const f = turn.features;
  if (state & CHECKED) return { state, findings: NO_FINDINGS };
  const reasoned = (state & REASONED) !== 0 || f.policy;
  if (!(f.solution || f.refusal)) return { state: reasoned ? REASONED : 0, findings: NO_FINDINGS };
  if (reasoned) return { state: CHECKED, findings: NO_FINDINGS };
  return { state: CHECKED, findings: [{ kind: 'violation', code: 'perfect', quote: ['solution', 'refusal'] }] };
}

function stepPeaceful(state: number, turn: Turn): Step {
  const f = turn.features;
  if (state & CREDITED || !f.policy || !offersSomething(f) || f.blame || f.contrast) return { state, findings: NO_FINDINGS };
  return { state: CREDITED, findings: [{ kind: 'credit', code: 'peaceful', quote: ['policy'] }] };
}

const STEPS: Record<Temperament, ((state: number, turn: Turn) => Step) | null> = {
  powerful: stepPowerful,
  perfect: stepPerfect,
  peaceful: stepPeaceful,
  // 活泼型 wants humour and praise, which no reply feature captures; the mood model covers this type.
  lively: null,
};

/**
 * 按客户性格沟通 (003 一.3): with a powerful customer a refusal or correction before empathy costs
 * double; with a perfect customer the first decision without reasons costs; with a peaceful customer a
 * rule-backed alternative earns a credit (conceding beyond the rules earns nothing).
 */
export const temperamentMatch: Rule<number> = {
  id: 'temperament-match',
  severity: 'minor',
  source: [
    cite('003', '一.3', '活泼型的客户 可以适度使用开玩笑，用幽默的方式，多赞美。和平型的客户 不轻易妥协，可以运用规则条款进行压制。力量型的客户 避免直接指责，避免激怒客户，多顺着客户说话。完美型的客户 多表示同情和理解，和客户耐心讲道理。'),
  ],
  init: () => 0,
  step(state, turn, scenario) {
    const step = STEPS[scenario.persona.temperament];
    return step ? step(state, turn) : { state, findings: NO_FINDINGS };
  },
  finish: () => NO_FINDINGS,
  texts: {
    'zh-Hans': {
      title: '按客户性格沟通',
      advice: () => '力量型：避免直接指责，多顺着说；完美型：多表示同情和理解，耐心讲道理；和平型：不轻易妥协，可以讲规则条款；活泼型：轻松一点，多赞美。',
      messages: {
        powerful: () => '力量型客户：还没表示理解就拒绝或纠正他，只会激起他反击。',
        perfect: () => '完美型客户：给出处理结果却没有讲清原因和依据，他会一直追问到底。',
        peaceful: () => '和平型客户：讲清规则并给出可行方案，不轻易妥协，他通常会接受。',
      },
    },
    'zh-Hant': {
      title: '按客戶性格溝通',
      advice: () => '力量型：避免直接指責，多順著說；完美型：多表示同情和理解，耐心講道理；和平型：不輕易妥協，可以講規則條款；活潑型：輕鬆一點，多讚美。',
      messages: {
        powerful: () => '力量型客戶：還沒表示理解就拒絕或糾正他，只會激起他反擊。',
        perfect: () => '完美型客戶：提出處理結果卻沒有講清楚原因和依據，他會一直追問到底。',
        peaceful: () => '和平型客戶：講清楚規則並提供可行方案，不輕易妥協，他通常會接受。',
      },
    },
    en: {
      title: "Match the customer's temperament",
      advice: () => 'Powerful: never blame them directly, go along with them; perfect: show sympathy and reason patiently; peaceful: do not concede easily, the rules can be stated; lively: keep it light and give praise.',
      messages: {
        powerful: () => 'A "powerful" customer: turning them down or correcting them before any empathy only makes them fight back.',
        perfect: () => 'A "perfect" customer: a decision without the reasons behind it will be argued point by point.',
        peaceful: () => 'A "peaceful" customer: stating the rule calmly and offering what is possible, without conceding more, is what works.',
      },
    },
  } satisfies Record<Locale, RuleTexts>,
};
