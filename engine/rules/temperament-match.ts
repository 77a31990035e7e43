import type { Locale, Temperament } from '../types.ts';
import type { AdviceContext, FindingParams, Rule, RuleFinding, RuleTexts, Turn } from './types.ts';
import { NO_FINDINGS, cite, offersSomething } from './helpers.ts';
import { pronounOf } from './texts.ts';

// State bits; each temperament uses only its own, so the number of distinct states stays small.
const SOOTHED = 1; // powerful: empathy has been shown
const REASONED = 2; // perfect: a reason or rule has been explained
const CHECKED = 4; // perfect: the first solution has been judged
const CREDITED = 8; // peaceful: the rule-backed alternative has been credited
const CONCEDED = 16; // peaceful: the agent gave in beyond the rule (no credit after that)
const PRAISED = 32; // lively: praise or a light touch has been credited

type Step = { state: number; findings: readonly RuleFinding[] };

function stepPowerful(state: number, turn: Turn): Step {
  const f = turn.features;
  const soothed = (state & SOOTHED) !== 0 || f.empathy;
  if (soothed || !(f.refusal || f.blame)) return { state: soothed ? SOOTHED : 0, findings: NO_FINDINGS };
  return { state: 0, findings: [{ kind: 'violation', code: 'powerful', quote: ['refusal', 'blame'], factor: 2 }] };
}

// rules.md: with a perfect customer "a solution without reasons costs" — the first solution is judged, and
// a reason given in it or in any reply before it (a refusal's rule included) keeps the rule.
function stepPerfect(state: number, turn: Turn): Step {
  const f = turn.features;
  if (state & CHECKED) return { state, findings: NO_FINDINGS };
  const reasoned = (state & REASONED) !== 0 || f.policy;
  if (!f.solution) return { state: reasoned ? REASONED : 0, findings: NO_FINDINGS };
  if (reasoned) return { state: CHECKED, findings: [{ kind: 'kept', code: 'perfect-kept', quote: ['policy'] }] };
  return { state: CHECKED, findings: [{ kind: 'violation', code: 'perfect', quote: ['solution'] }] };
}

// 和平型 不轻易妥协、可运用规则条款: the rule stated with something possible earns a credit; giving in beyond the
// rule costs, and takes back the credit if it was earned (one finding, counted double then).
function stepPeaceful(state: number, turn: Turn): Step {
  const f = turn.features;
  if (f.concession && !(state & CONCEDED)) {
    const taken = (state & CREDITED) !== 0;
    return { state: CONCEDED, findings: [{ kind: 'violation', code: taken ? 'peaceful-conceded-credit' : 'peaceful-conceded', quote: ['concession'], factor: taken ? 2 : 1 }] };
  }
  if (state & (CREDITED | CONCEDED) || !f.policy || !offersSomething(f) || f.blame || f.contrast) return { state, findings: NO_FINDINGS };
  return { state: CREDITED, findings: [{ kind: 'credit', code: 'peaceful', quote: ['policy'] }] };
}

// 活泼型 幽默、多赞美: the first praise or light touch earns a credit; a call without any is noted, not punished.
function stepLively(state: number, turn: Turn): Step {
  if (state & PRAISED || !turn.features.praise) return { state, findings: NO_FINDINGS };
  return { state: PRAISED, findings: [{ kind: 'credit', code: 'lively', quote: ['praise'] }] };
}

const STEPS: Record<Temperament, (state: number, turn: Turn) => Step> = {
  powerful: stepPowerful,
  perfect: stepPerfect,
  peaceful: stepPeaceful,
  lively: stepLively,
};

type Words = (p: FindingParams, ctx: AdviceContext) => string;

function textsFor(locale: Locale, advice: Record<Temperament, string>): RuleTexts {
  const m = MESSAGES[locale];
  return {
    title: { 'zh-Hans': '按客户性格沟通', 'zh-Hant': '按客戶性格溝通', en: "Match the customer's temperament" }[locale],
    // Advice for this customer's temperament only; all four when no scenario is given (the rule catalogue).
    advice: (ctx) => (ctx.scenario ? advice[ctx.scenario.persona.temperament] : Object.values(advice).join(locale === 'en' ? ' ' : '')),
    messages: m,
  };
}

const MESSAGES: Record<Locale, Record<string, Words>> = {
  'zh-Hans': {
    powerful: (_p, c) => `力量型客户：还没表示理解就拒绝或纠正${pronounOf(c, 'zh-Hans').object}，只会激起${pronounOf(c, 'zh-Hans').object}反击。`,
    perfect: (_p, c) => `完美型客户：给出方案却没有讲清原因和依据，${pronounOf(c, 'zh-Hans').subject}会一直追问到底。`,
    'perfect-kept': () => '先讲清了原因和依据，再给方案。',
    peaceful: (_p, c) => `和平型客户：讲清规则并给出可行方案，不轻易妥协，${pronounOf(c, 'zh-Hans').subject}通常会接受。`,
    'peaceful-conceded': () => '和平型客户：在规则之外让步了；对这类客户讲清规则、给出可行方案就够了。',
    'peaceful-conceded-credit': () => '和平型客户：讲清规则之后又在规则之外让步，前面守住规则的加分也收回。',
    lively: () => '活泼型客户：夸了客户或轻松了一下，气氛缓和得快。',
    'lively-none': (_p, c) => `活泼型客户：整通电话没有一句赞美或轻松的话；${pronounOf(c, 'zh-Hans').subject}吃这一套（不扣分）。`,
  },
  'zh-Hant': {
    powerful: (_p, c) => `力量型客戶：還沒表示理解就拒絕或糾正${pronounOf(c, 'zh-Hant').object}，只會激起${pronounOf(c, 'zh-Hant').object}反擊。`,
    perfect: (_p, c) => `完美型客戶：提出方案卻沒有講清楚原因和依據，${pronounOf(c, 'zh-Hant').subject}會一直追問到底。`,
    'perfect-kept': () => '先講清楚了原因和依據，再提出方案。',
    peaceful: (_p, c) => `和平型客戶：講清楚規則並提供可行方案，不輕易妥協，${pronounOf(c, 'zh-Hant').subject}通常會接受。`,
    'peaceful-conceded': () => '和平型客戶：在規則之外讓步了；對這類客戶講清楚規則、提供可行方案就夠了。',
    'peaceful-conceded-credit': () => '和平型客戶：講清楚規則之後又在規則之外讓步，前面守住規則的加分也收回。',
    lively: () => '活潑型客戶：稱讚了客戶或輕鬆了一下，氣氛緩和得快。',
    'lively-none': (_p, c) => `活潑型客戶：整通電話沒有一句稱讚或輕鬆的話；${pronounOf(c, 'zh-Hant').subject}吃這一套（不扣分）。`,
  },
  en: {
    powerful: (_p, c) => `A "powerful" customer: turning ${pronounOf(c, 'en').object} down or correcting ${pronounOf(c, 'en').object} before any empathy only makes ${pronounOf(c, 'en').object} fight back.`,
    perfect: (_p, c) => `A "perfect" customer: a solution without the reasons behind it — ${pronounOf(c, 'en').subject} will argue it point by point.`,
    'perfect-kept': () => 'Gave the reasons with or before the solution.',
    peaceful: () => 'A "peaceful" customer: stating the rule calmly and offering what is possible, without conceding more, is what works.',
    'peaceful-conceded': () => 'A "peaceful" customer: this reply gives in beyond the rule; stating the rule and offering what is possible is enough.',
    'peaceful-conceded-credit': () => 'A "peaceful" customer: after stating the rule, this reply gives in beyond it, so the credit for holding to the rule is taken back.',
    lively: () => 'A "lively" customer: a word of praise or a light touch lifts the mood quickly.',
    'lively-none': (_p, c) => `A "lively" customer: no praise or light touch in the whole call; ${pronounOf(c, 'en').subject} respond${pronounOf(c, 'en').subject === 'they' ? '' : 's'} well to it (no points lost).`,
  },
};

/**
 * 按客户性格沟通 (003 一.3): powerful — a refusal or correction before empathy costs double; perfect — the
 * first solution without reasons costs; peaceful — a rule-backed alternative earns a credit, conceding
 * beyond the rule costs (and takes the credit back); lively — praise or a light touch earns a credit.
 */
export const temperamentMatch: Rule<number> = {
  id: 'temperament-match',
  severity: 'minor',
  source: [
    cite('003', '一.3', '活泼型的客户 可以适度使用开玩笑，用幽默的方式，多赞美。和平型的客户 不轻易妥协，可以运用规则条款进行压制。力量型的客户 避免直接指责，避免激怒客户，多顺着客户说话。完美型的客户 多表示同情和理解，和客户耐心讲道理。'),
  ],
  init: () => 0,
  step(state, turn, scenario) {
    return STEPS[scenario.persona.temperament](state, turn);
  },
  finish(state, _end, scenario) {
    return scenario.persona.temperament === 'lively' && !(state & PRAISED) ? [{ kind: 'note', code: 'lively-none' }] : NO_FINDINGS;
  },
  texts: {
    'zh-Hans': textsFor('zh-Hans', {
      powerful: '力量型：避免直接指责，多顺着说。',
      perfect: '完美型：多表示同情和理解，耐心讲道理。',
      peaceful: '和平型：不轻易妥协，可以讲规则条款。',
      lively: '活泼型：轻松一点，多赞美。',
    }),
    'zh-Hant': textsFor('zh-Hant', {
      powerful: '力量型：避免直接指責，多順著說。',
      perfect: '完美型：多表示同情和理解，耐心講道理。',
      peaceful: '和平型：不輕易妥協，可以講規則條款。',
      lively: '活潑型：輕鬆一點，多讚美。',
    }),
    en: textsFor('en', {
      powerful: 'Powerful: never blame them directly, go along with them.',
      perfect: 'Perfect: show sympathy and reason patiently.',
      peaceful: 'Peaceful: do not concede easily; the rules can be stated.',
      lively: 'Lively: keep it light and give praise.',
    }),
  },
};
