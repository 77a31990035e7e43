import type { Scenario } from '../types.ts';
import type { ActiveRule } from '../rules/run.ts';
import type { PathRun, RunStep } from '../run/run-path.ts';
import type { Instead } from './scorecard.ts';
import { createSuggester, type Suggester } from './suggest-instead.ts';

// One suggester per scenario and rule set: its best-continuation memo then serves every later turn of the call.
const suggesters = new WeakMap<Scenario, { rules: readonly ActiveRule[]; suggester: Suggester }>();

function sameRules(a: readonly ActiveRule[], b: readonly ActiveRule[]): boolean {
  return a.length === b.length && a.every((r, i) => r.rule === b[i]!.rule && r.weight === b[i]!.weight && r.critical === b[i]!.critical);
}

/**
 * What to say instead, for each rule a reply broke at its own turn: an authored reply of the node that keeps it
 * (null where none does without making the call worse) — the scorecard's own suggestions, for practice feedback.
 */
export function insteadForTurn(scenario: Scenario, run: PathRun, step: RunStep): Map<number, Instead | null> {
  const violated = [...new Set(step.findings.filter((f) => f.kind === 'violation' && f.turn === step.turn).map((f) => f.ruleIndex))];
  if (violated.length === 0) return new Map();
  let entry = suggesters.get(scenario);
  if (!entry || !sameRules(entry.rules, run.rules)) suggesters.set(scenario, (entry = { rules: run.rules, suggester: createSuggester(scenario, run.rules) }));
  return entry.suggester.forTurn(run, step, violated);
}
