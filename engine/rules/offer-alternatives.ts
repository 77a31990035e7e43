import type { Scenario } from '../types.ts';
import type { Finding, Rule } from './types.ts';
import { NO_FINDINGS, cite, labelIndex, loc, offersSomething, quoteFeature, turnFinding } from './helpers.ts';

// State: '' or 'c' (options credit earned) when no refusal is waiting; otherwise a JSON triple
// [credited, nodeId, choiceId] naming the bare refusal of the previous turn, so the finding raised one
// turn later can still quote it. Only refusal choices appear here, so the number of states stays small.
type Pending = [number, string, string];

const bare = loc(
  '这一句拒绝了客户，但这一句和下一句都没有给出任何替代方案。',
  '這一句拒絕了客戶，但這一句和下一句都沒有提供任何替代方案。',
  'This reply turned the customer down, and neither it nor the next reply offered anything instead.',
);
const options = loc('给了客户可以选择的方案。', '給了客戶可以選擇的方案。', 'Offered the customer options to choose from.');

function bareRefusal(pending: Pending, turnIndex: number, scenario: Scenario): Finding {
  const [, nodeId, choiceId] = pending;
  const choice = scenario.nodes[nodeId]?.choices.find((c) => c.id === choiceId);
  const quote = choice ? quoteFeature(choice, choice.features, 'refusal') : '';
  return { kind: 'violation', turn: turnIndex, nodeId, choiceId, quote, message: bare };
}

/**
 * 委婉拒绝 + 替代方案: a refusal needs an alternative (a remedy or an option) in the same reply or the
 * agent's next one; the first reply that offers at least two options earns the "options" credit.
 */
export const offerAlternatives: Rule<string> = {
  id: 'offer-alternatives',
  severity: 'major',
  title: loc('委婉拒绝 + 替代方案', '委婉拒絕 + 替代方案', 'Never a bare no: offer alternatives'),
  advice: loc(
    '不能满足要求时，先表示理解、说明规则，再马上给出可行的替代方案，最好给两个以上让客户选（「可以为您换货，也可以全额退款，您看哪种方便？」）。',
    '無法滿足要求時，先表示理解、說明規則，再立刻提供可行的替代方案，最好給兩個以上讓客戶選擇（「可以為您換貨，也可以全額退款，您看哪種方便？」）。',
    'When you cannot grant a request, acknowledge it, state the rule, and offer an alternative right away — ideally two or more to choose from ("we can replace it or refund you in full — which suits you?").',
  ),
  source: [
    cite('000', '二(二)', '委婉拒绝+替代方案……将客户的注意力从“无法满足的要求”转移到“可实现的替代方案”上'),
    cite('001', '二.5', '提供多種解決方案，讓客戶有選擇的空間'),
    cite('002', '二(四)', '提供选择：在可能的情况下，可以为客户提供不止一个解决方案供其选择'),
  ],
  init: () => '',
  step(state, turn, scenario) {
    const f = turn.features;
    const pending: Pending | null = state.length > 1 ? (JSON.parse(state) as Pending) : null;
    let credited = pending ? pending[0] === 1 : state === 'c';
    let findings: Finding[] = NO_FINDINGS;
    if (pending && !offersSomething(f)) findings = [bareRefusal(pending, labelIndex(turn) - 1, scenario)];
    if (!credited && f.alternatives >= 2) {
      credited = true;
      findings = [...findings, turnFinding('credit', turn, quoteFeature(turn.choice, f, 'alternatives'), options)];
    }
    const next = f.refusal && !offersSomething(f) ? JSON.stringify([credited ? 1 : 0, turn.node.id, turn.choice.id]) : credited ? 'c' : '';
    return { state: next, findings };
  },
  finish(state, end, scenario) {
    if (state.length <= 1) return NO_FINDINGS;
    return [bareRefusal(JSON.parse(state) as Pending, end.turns, scenario)];
  },
};
