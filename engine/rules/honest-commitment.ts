import type { Locale } from '../types.ts';
import type { Rule, RuleTexts } from './types.ts';
import { NO_FINDINGS, cite } from './helpers.ts';

/**
 * 如实告知，给出时限: when the scenario says the problem cannot be solved within the call, some reply
 * must commit to a concrete timeframe for the follow-up before the call ends. State: committed yet.
 */
export const honestCommitment: Rule<boolean> = {
  id: 'honest-commitment',
  severity: 'major',
  source: [
    cite('000', '二(三)1', '这个问题涉及到技术部门的排查，我会立即为您提交申请，预计在……时间内给您回复'),
    cite('000', '二(三)', '客服人员需保持坦诚，避免为了安抚客户而随意承诺'),
    cite('002', '二(四)', '设定预期……例如：“我们将在X个工作日内为您安排换货”'),
  ],
  init: () => false,
  step(committed, turn, scenario) {
    return { state: committed || (!scenario.solvableInCall && turn.features.timeframe), findings: NO_FINDINGS };
  },
  finish(committed, _end, scenario) {
    return committed || scenario.solvableInCall ? NO_FINDINGS : [{ kind: 'violation', code: 'no-timeframe' }];
  },
  texts: {
    'zh-Hans': {
      title: '如实告知，给出时限',
      advice: () => '当场解决不了时，如实说明需要核实的流程，并给出明确的回复时间（「预计在24小时内给您回复」），不要为了安抚而随口承诺。',
      messages: { 'no-timeframe': () => '这个问题当场解决不了，但挂电话前没有给客户明确的回复时限。' },
    },
    'zh-Hant': {
      title: '如實告知，給出時限',
      advice: () => '當場無法解決時，如實說明需要核實的流程，並給出明確的回覆時間（「預計在24小時內給您回覆」），不要為了安撫而隨口承諾。',
      messages: { 'no-timeframe': () => '這個問題當場無法解決，但掛電話前沒有給客戶明確的回覆時限。' },
    },
    en: {
      title: 'Be honest and give a timeframe',
      advice: () => 'When it cannot be fixed on this call, say honestly what has to be checked and commit to a concrete time ("you will hear from us within 24 hours"), rather than a vague promise to calm them down.',
      messages: { 'no-timeframe': () => 'This problem could not be solved on the call, yet the call ended without a concrete time for the follow-up.' },
    },
  } satisfies Record<Locale, RuleTexts>,
};
