import type { Locale } from '../types.ts';
import type { Rule, RuleFinding, RuleTexts } from './types.ts';
import { NO_FINDINGS, cite } from './helpers.ts';
import { remedyBeyondOffers } from './commitments.ts';

/**
 * 如实告知，给出时限 (000 二(三), 002 二(四)): when the scenario says the problem cannot be solved within
 * the call, some reply must commit to a concrete timeframe before the call ends; and in any scenario, a
 * guarantee of an outcome the agent does not control, or a commitment to a remedy beyond what the scenario
 * says the agent can offer (`offers:`), is over-promising. State: a timeframe committed yet.
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
    const f = turn.features;
    const nowCommitted = committed || (!scenario.solvableInCall && f.timeframe);
    const findings: RuleFinding[] = [];
    if (f.guarantee) findings.push({ kind: 'violation', code: 'guarantee', quote: ['guarantee'] });
    else {
      const remedy = remedyBeyondOffers(turn.text, f, scenario.offers);
      if (remedy) findings.push({ kind: 'violation', code: 'beyond-offers', params: { remedy }, quote: ['solution'] });
    }
    if (nowCommitted && !committed && findings.length === 0) findings.push({ kind: 'kept', code: 'timeframe', quote: ['timeframe'] });
    return { state: nowCommitted, findings: findings.length > 0 ? findings : NO_FINDINGS };
  },
  finish(committed, _end, scenario) {
    return committed || scenario.solvableInCall ? NO_FINDINGS : [{ kind: 'violation', code: 'no-timeframe' }];
  },
  texts: {
    'zh-Hans': {
      title: '如实告知，给出时限',
      advice: () => '当场解决不了时，如实说明需要核实的流程，并给出明确的回复时间（「预计在24小时内给您回复」）；只承诺自己做得到、公司允许的事，不要为了安抚而打包票。',
      messages: {
        'no-timeframe': () => '这个问题当场解决不了，但挂电话前没有给客户明确的回复时限。',
        guarantee: () => '这一句替别人打了包票：结果不由你决定，做不到时客户只会更生气。',
        'beyond-offers': (p) => `这一句承诺了「${p.remedy}」，但这通电话里你能给的方案里没有这一项。`,
        timeframe: () => '给了明确的时限。',
      },
    },
    'zh-Hant': {
      title: '如實告知，給出時限',
      advice: () => '當場無法解決時，如實說明需要核實的流程，並給出明確的回覆時間（「預計在24小時內給您回覆」）；只承諾自己做得到、公司允許的事，不要為了安撫而打包票。',
      messages: {
        'no-timeframe': () => '這個問題當場無法解決，但掛電話前沒有給客戶明確的回覆時限。',
        guarantee: () => '這一句替別人打了包票：結果不由你決定，做不到時客戶只會更生氣。',
        'beyond-offers': (p) => `這一句承諾了「${p.remedy}」，但這通電話裡你能提供的方案裡沒有這一項。`,
        timeframe: () => '給了明確的時限。',
      },
    },
    en: {
      title: 'Be honest and give a timeframe',
      advice: () => 'When it cannot be fixed on this call, say honestly what has to be checked and commit to a concrete time ("you will hear from us within 24 hours"); promise only what you can do and the company allows, never an outcome to calm them down.',
      messages: {
        'no-timeframe': () => 'This problem could not be solved on the call, yet the call ended without a concrete time for the follow-up.',
        guarantee: () => 'This reply guarantees an outcome you do not control; if it does not happen, the customer will be angrier than before.',
        'beyond-offers': (p) => `This reply commits to "${p.remedy}", which is not among what you can offer on this call.`,
        timeframe: () => 'Gave a concrete time.',
      },
    },
  } satisfies Record<Locale, RuleTexts>,
};
