import type { Locale } from '../types.ts';
import type { Rule, RuleTexts } from './types.ts';
import { NO_FINDINGS, cite } from './helpers.ts';

const WHAT = ['refusal', 'policy', 'solution'] as const;

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
    const nowSoothed = soothed || f.empathy;
    if (nowSoothed || !(f.solution || f.refusal || f.policy) || turn.moodBefore < scenario.sootheThreshold) {
      return { state: nowSoothed, findings: NO_FINDINGS };
    }
    const what = f.refusal ? 'refusal' : f.policy && !f.solution ? 'policy' : 'solution';
    return { state: false, findings: [{ kind: 'violation', code: 'too-soon', params: { mood: turn.moodBefore, what }, quote: ['refusal', 'policy', 'solution'] }] };
  },
  finish: () => NO_FINDINGS,
  texts: {
    'zh-Hans': {
      title: '先处理心情，再处理事情',
      advice: () => '客户还在气头上时，先接纳情绪、表示理解（例如「换作是我也会着急」），等情绪缓和后再给方案或解释规定。',
      messages: { 'too-soon': (p) => `客户怒气 ${p.mood}，还没有任何一句回应过他的感受，这一句就${whatOf(p.what, 'zh-Hans')}了。` },
    },
    'zh-Hant': {
      title: '先處理心情，再處理事情',
      advice: () => '客戶還在氣頭上時，先接納情緒、表示理解（例如「換作是我也會著急」），等情緒緩和後再提供方案或解釋規定。',
      messages: { 'too-soon': (p) => `客戶怒氣 ${p.mood}，還沒有任何一句回應過他的感受，這一句就${whatOf(p.what, 'zh-Hant')}了。` },
    },
    en: {
      title: 'Feelings before facts',
      advice: () => 'While the customer is still upset, acknowledge the feeling first ("I can hear how frustrating this is"); offer solutions or explain policy once they have calmed down.',
      messages: { 'too-soon': (p) => `The customer's anger was ${p.mood} and no reply had acknowledged their feelings yet, but this one ${whatOf(p.what, 'en')}.` },
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
