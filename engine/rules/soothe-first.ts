import type { Rule } from './types.ts';
import { NO_FINDINGS, cite, loc, messageCache, quoteFeature, turnFinding } from './helpers.ts';

// The message depends only on the mood (0..100) and what the reply did: one shared object per pair.
const tooSoon = messageCache((key: number) => {
  const m = Math.floor(key / 3);
  const what = key % 3;
  return loc(
    `客户怒气 ${m}，还没有任何一句回应过他的感受，这一句就${['直接拒绝', '开始讲规定', '直接给方案'][what]}了。`,
    `客戶怒氣 ${m}，還沒有任何一句回應過他的感受，這一句就${['直接拒絕', '開始講規定', '直接給方案'][what]}了。`,
    `The customer's anger was ${m} and no reply had acknowledged their feelings yet, but this one ${['turned them down', 'explained policy', 'jumped to a solution'][what]}.`,
  );
});

/**
 * 先处理心情，再处理事情: a solution, refusal or policy explanation given while the customer is still
 * upset (mood before the reply at or above the scenario's soothe threshold) and before any reply — this
 * one included — has shown empathy. State: whether empathy has been shown yet.
 */
export const sootheFirst: Rule<boolean> = {
  id: 'soothe-first',
  severity: 'major',
  title: loc('先处理心情，再处理事情', '先處理心情，再處理事情', 'Feelings before facts'),
  advice: loc(
    '客户还在气头上时，先接纳情绪、表示理解（例如「换作是我也会着急」），等情绪缓和后再给方案或解释规定。',
    '客戶還在氣頭上時，先接納情緒、表示理解（例如「換作是我也會著急」），等情緒緩和後再提供方案或解釋規定。',
    'While the customer is still upset, acknowledge the feeling first ("I can hear how frustrating this is"); offer solutions or explain policy once they have calmed down.',
  ),
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
    // The mood is read last: the path analysis reuses a step for every mood when the step never read it.
    if (nowSoothed || !(f.solution || f.refusal || f.policy) || turn.moodBefore < scenario.sootheThreshold) {
      return { state: nowSoothed, findings: NO_FINDINGS };
    }
    const what = f.refusal ? 0 : f.policy && !f.solution ? 1 : 2;
    const key = turn.moodBefore * 3 + what;
    const message = tooSoon(key, key);
    return { state: false, findings: [turnFinding('violation', turn, quoteFeature(turn.choice, f, 'refusal', 'policy', 'solution'), message)] };
  },
  finish: () => NO_FINDINGS,
};
