import type { Scenario } from '../types.ts';
import { clampMood, type WalkedPath } from '../path/walk.ts';
import type { RuleState, Turn } from '../rules/types.ts';
import type { ActiveRule } from '../rules/run.ts';
import type { Instead } from './scorecard.ts';

const hasViolation = (findings: ReadonlyArray<{ kind: string }>) => findings.some((f) => f.kind === 'violation');

/**
 * Find a reply offered at the same node that the violated rule would have accepted — stepping that very
 * rule from the same state, and closing the call right after, raises nothing. Replies that no rule
 * objects to at that step come first.
 */
export function suggestInstead(
  scenario: Scenario,
  rules: readonly ActiveRule[],
  ruleIndex: number,
  path: WalkedPath,
  turnIndex: number,
  statesBefore: readonly RuleState[],
): Instead | null {
  const step = path.steps[turnIndex - 1];
  if (!step) return null;
  const rule = rules[ruleIndex]!.rule;
  let fallback: Instead | null = null;
  for (const choice of step.node.choices) {
    if (choice.id === step.choice.id) continue;
    const turn: Turn = {
      index: turnIndex, node: step.node, choice, features: choice.features, moodBefore: step.moodBefore, moodAfter: clampMood(step.moodBefore + choice.moodDelta),
    };
    const r = rule.step(statesBefore[ruleIndex]!, turn, scenario);
    if (hasViolation(r.findings) || hasViolation(rule.finish(r.state, { outcome: path.outcome, turns: turnIndex }, scenario))) continue;
    const candidate = { choiceId: choice.id, reply: choice.reply };
    const clean = rules.every((a, i) => !hasViolation(a.rule.step(statesBefore[i]!, turn, scenario).findings));
    if (clean) return candidate;
    fallback ??= candidate;
  }
  return fallback;
}
