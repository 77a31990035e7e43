import { initStates, pointsOf, resolveRules, stepStates, type ActiveRule } from '../../engine/index.ts';
import type { Finding, Rule, Turn } from '../../engine/index.ts';
import type { Scenario } from '../../engine/index.ts';

/** One rule's verdict on one reply, with the points it moved. */
export interface RuleFeedback {
  rule: Rule;
  finding: Finding;
  points: number;
}

/** What practice mode shows after a reply. */
export interface TurnFeedback {
  turn: number;
  findings: RuleFeedback[];
}

/** A reply as played, enough to replay the rules over it. */
export interface PlayedReply {
  nodeId: string;
  choiceId: string;
  moodBefore: number;
  moodAfter: number;
}

/**
 * Fold the scenario's rules over the replies so far and return each reply's findings (what the rules'
 * `step` says about it), filed under the turn each finding names: a rule may judge a reply one turn late
 * (a refusal with no alternative offered next). Whole-call findings (raised at `finish`) are left to the debrief.
 */
export function feedbackForReplies(scenario: Scenario, replies: readonly PlayedReply[], rules?: readonly ActiveRule[]): TurnFeedback[] {
  const active = rules ?? resolveRules(scenario);
  let states = initStates(active, scenario);
  const out: TurnFeedback[] = [];
  for (const [i, r] of replies.entries()) {
    const node = scenario.nodes[r.nodeId];
    const choice = node?.choices.find((c) => c.id === r.choiceId);
    // Replies come from a played call; one the scenario lacks ends what can be judged.
    if (!node || !choice) break;
    out.push({ turn: i + 1, findings: [] });
    const turn: Turn = { index: i + 1, node, choice, features: choice.features, moodBefore: r.moodBefore, moodAfter: r.moodAfter };
    const stepped = stepStates(active, states, turn, scenario);
    states = stepped.states;
    for (const { ruleIndex, finding } of stepped.findings) {
      const a = active[ruleIndex]!;
      const target = out[(finding.turn ?? i + 1) - 1] ?? out[i]!;
      target.findings.push({ rule: a.rule, finding, points: pointsOf(a, finding) });
    }
  }
  return out;
}

