import type { Locale } from '../types.ts';
import type { Rule, RuleFinding, RuleTexts } from './types.ts';
import { pronounOf } from './texts.ts';
import { NO_FINDINGS, cite } from './helpers.ts';

const WHAT = ['refusal', 'policy', 'solution'] as const;

/** The first reply that acknowledged the customer's feelings: the rule kept, with the words that did it. */
const EMPATHY_SHOWN: RuleFinding = { kind: 'kept', code: 'empathy', quote: ['empathy'] };

/**
 * 先处理心情，再处理事情: a solution, refusal or policy explanation given while the customer is still
 * upset (mood before the reply at or above the scenario's soothe threshold) and before any reply — this
 * one included — has shown empathy. State: whether empathy has been shown yet.
 */
export const sootheFirst: Rule<boolean> = {
  id: 'soothe-first',
  severity: 'major',
  source: [
    cite('000', '二(一)', '先处理心情，再处理事情'),
    cite('001', '二.2', '避免過早提出解決方案，先讓客戶完整表達他們的感受'),
    cite('002', '二(二)', '引导情绪平复，为后续理性沟通创造条件'),
    cite('003', '三.4', '避免忍不住打断对方，过早开始第二阶段'),
  ],
  init: () => false,
  step(soothed, turn, scenario) {
    const f = turn.features;
    if (!soothed && f.empathy) return { state: true, findings: [EMPATHY_SHOWN] };
    if (soothed || !(f.solution || f.refusal || f.policy) || turn.moodBefore < scenario.sootheThreshold) {
      return { state: soothed, findings: NO_FINDINGS };
    }
    const what = f.refusal ? 'refusal' : f.policy && !f.solution ? 'policy' : 'solution';
    return { state: false, findings: [{ kind: 'violation', code: 'too-soon', params: { mood: turn.moodBefore, what }, quote: ['refusal', 'policy', 'solution'] }] };
  },
  finish: () => NO_FINDINGS,
  texts: {
    'zh-Hans': {
      title: '先处理心情，再处理事情',
      advice: () => '客户还在气头上时，先接纳情绪、表示理解（例如「换作是我也会着急」），等情绪缓和后再给方案或解释规定。',
      messages: {
        'too-soon': (p, c) => `客户怒气 ${p.mood}，还没有任何一句回应过${pronounOf(c, 'zh-Hans').possessive}感受，这一句就${whatOf(p.what, 'zh-Hans')}了。`,
        empathy: () => '先回应了客户的感受。',
      },
    },
    'zh-Hant': {
      title: '先處理心情，再處理事情',
      advice: () => '客戶還在氣頭上時，先接納情緒、表示理解（例如「換作是我也會著急」），等情緒緩和後再提供方案或解釋規定。',
      messages: {
        'too-soon': (p, c) => `客戶怒氣 ${p.mood}，還沒有任何一句回應過${pronounOf(c, 'zh-Hant').possessive}感受，這一句就${whatOf(p.what, 'zh-Hant')}了。`,
        empathy: () => '先回應了客戶的感受。',
      },
    },
    en: {
      title: 'Feelings before facts',
      advice: () => 'While the customer is still upset, acknowledge the feeling first ("I can hear how frustrating this is"); offer solutions or explain policy once they have calmed down.',
      messages: {
        'too-soon': (p, c) => `The customer's anger was ${p.mood} and no reply had acknowledged ${pronounOf(c, 'en').possessive} feelings yet, but this one ${whatOf(p.what, 'en')}.`,
        empathy: () => 'Acknowledged the customer\'s feelings first.',
      },
    },
  } satisfies Record<Locale, RuleTexts>,
};

const WHAT_WORDS: Record<Locale, Record<(typeof WHAT)[number], string>> = {
  'zh-Hans': { refusal: '直接拒绝', policy: '开始讲规定', solution: '直接给方案' },
  'zh-Hant': { refusal: '直接拒絕', policy: '開始講規定', solution: '直接給方案' },
  en: { refusal: 'turned them down', policy: 'explained policy', solution: 'jumped to a solution' },
};

function whatOf(what: unknown, locale: Locale): string {
  const w = WHAT_WORDS[locale];
  return what === 'refusal' || what === 'policy' ? w[what] : w.solution;
}
