import type { Choice, Scenario } from '../types.ts';
import { clampMood } from '../path/walk.ts';
import type { RuleFinding, Turn } from '../rules/types.ts';
import type { FindingRecord, PathRun } from '../run/run-path.ts';
import type { Instead } from './scorecard.ts';

const hasViolation = (findings: readonly RuleFinding[]) => findings.some((f) => f.kind === 'violation');

/**
 * Find a reply offered at the same node that the violated rule would have accepted — stepping that very
 * rule from the same state, and closing the call right after, raises nothing. Among those, the one that
 * calms the customer most (the authored or modelled mood change), first in file order on a tie.
 */
export function suggestInstead(scenario: Scenario, run: PathRun, finding: FindingRecord): Instead | null {
  const step = run.steps[finding.turn! - 1];
  if (!step || step.kind !== 'reply' || !step.choice) return null;
  const active = run.rules[finding.ruleIndex]!;
  const state = step.statesBefore[finding.ruleIndex]!;
  let best: Choice | null = null;
  for (const choice of step.node.choices) {
    if (choice.id === step.choice.id || (best && best.moodDelta <= choice.moodDelta)) continue;
    const turn: Turn = {
      index: step.turn, node: step.node, choice, features: choice.features, moodBefore: step.moodBefore, moodAfter: clampMood(step.moodBefore + choice.moodDelta),
    };
    const r = active.rule.step(state, turn, scenario);
    const outcome = run.at.outcome ?? 'resolved';
    if (hasViolation(r.findings) || hasViolation(active.rule.finish(r.state, { outcome, turns: step.turn }, scenario))) continue;
    best = choice;
  }
  return best && { choiceId: best.id, reply: best.reply };
}
