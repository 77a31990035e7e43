import type { Move, Scenario } from '../types.ts';
import { positionAfter, takeMove, type Position } from '../path/walk.ts';
import type { RuleState } from '../rules/types.ts';
import { finishStates, pointsOf, stepStates, type ActiveRule } from '../rules/run.ts';
import { turnOf } from '../run/run-path.ts';

/** The most points any complete continuation from a position can still add (step and end-of-call points). */
export type ContinuationOracle = (at: Position, states: readonly RuleState[]) => number;

/**
 * Make an oracle for the best continuation from any position of a call, with the same rule pass the grader
 * runs (the analysis' backward optimum, from one state instead of all). Results are memoised by (node,
 * mood, turns, rule states), so the work over a whole batch of scorecards is at most the scenario's state
 * space once; moves are the authored replies, plus dead air where the scenario opts in (as the analysis).
 */
export function createContinuationOracle(scenario: Scenario, rules: readonly ActiveRule[]): ContinuationOracle {
  const memo = new Map<string, number>();
  const silence: Move = { silence: true };
  const best = (at: Position, states: readonly RuleState[]): number => {
    const key = `${at.node.id}\u0000${at.mood}\u0000${at.turns}\u0000${JSON.stringify(states)}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let value = -Infinity;
    if (at.outcome) {
      value = 0;
      for (const { ruleIndex, finding } of finishStates(rules, states, { outcome: at.outcome, turns: at.turns }, scenario)) value += pointsOf(rules[ruleIndex]!, finding);
    } else {
      const moves: Move[] = at.node.choices.map((c) => c.id);
      if (scenario.deadAir) moves.push(silence);
      for (const move of moves) {
        const step = takeMove(scenario, at, move);
        if (!('kind' in step)) continue;
        let points = 0;
        let next = states;
        if (step.kind === 'reply') {
          const r = stepStates(rules, states, turnOf(step), scenario);
          next = r.states;
          for (const { ruleIndex, finding } of r.findings) points += pointsOf(rules[ruleIndex]!, finding);
        }
        value = Math.max(value, points + best(positionAfter(scenario, step), next));
      }
    }
    memo.set(key, value);
    return value;
  };
  return best;
}
