import type { Choice, Scenario } from '../types.ts';
import { clampMood, type WalkedPath } from '../path/walk.ts';
import type { Rule, RuleState, Turn } from '../rules/types.ts';
import type { Instead } from './scorecard.ts';

const hasViolation = (findings: ReadonlyArray<{ kind: string }>) => findings.some((f) => f.kind === 'violation');

/**
 * Find a reply offered at the same node that the violated rule would have accepted — stepping that very
 * rule from the same state, and closing the call right after, raises nothing. Among those, the one that
 * calms the customer most (the authored or modelled mood change), first in file order on a tie.
 */
export function suggestInstead(
  scenario: Scenario,
  rule: Rule,
  state: RuleState,
  path: WalkedPath,
  turnIndex: number,
): Instead | null {
  const step = path.steps[turnIndex - 1];
  if (!step) return null;
  let best: Choice | null = null;
  for (const choice of step.node.choices) {
    if (choice.id === step.choice.id || (best && best.moodDelta <= choice.moodDelta)) continue;
    const turn: Turn = {
      index: turnIndex, node: step.node, choice, features: choice.features, moodBefore: step.moodBefore, moodAfter: clampMood(step.moodBefore + choice.moodDelta),
    };
    const r = rule.step(state, turn, scenario);
    if (hasViolation(r.findings) || hasViolation(rule.finish(r.state, { outcome: path.outcome, turns: turnIndex }, scenario))) continue;
    best = choice;
  }
  return best && { choiceId: best.id, reply: best.reply };
}
