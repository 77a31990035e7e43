import type { Ending } from '../types.ts';
import type { Backward } from './backward.ts';
import { ENDINGS, type StateGraph } from './explore.ts';

// Best and worst paths are rebuilt from the backward optima: at each state, the first choice (in file
// order) whose transition plus its target's optimum equals the state's optimum.

/** Which optimum a witness follows. */
export type Goal = 'best' | 'bestSafe' | 'worst' | 'worstCritical';

/** A path as choice ids, with its raw point total (units) and outcome. */
export interface Witness {
  choices: string[];
  total: number;
  critical: boolean;
  outcome: Ending;
}

function edgeValue(g: StateGraph, back: Backward, e: number, goal: Goal): { value: number; next: Goal } {
  const t = g.edgeTarget[e]!;
  const q = g.stepPoints[g.edgeStep[e]!]!;
  const critical = g.stepCritical[g.edgeStep[e]!]!;
  switch (goal) {
    case 'best':
      return { value: q + back.best[t]!, next: 'best' };
    case 'worst':
      return { value: q + back.worst[t]!, next: 'worst' };
    case 'bestSafe':
      return { value: critical ? -Infinity : q + back.bestSafe[t]!, next: 'bestSafe' };
    case 'worstCritical':
      return critical ? { value: q + back.worst[t]!, next: 'worst' } : { value: q + back.worstCritical[t]!, next: 'worstCritical' };
  }
}

function goalValue(back: Backward, s: number, goal: Goal): number {
  return back[goal][s]!;
}

/** Rebuild the path from state `from` that attains the given optimum, or null when no path does. */
export function rebuildWitness(g: StateGraph, back: Backward, choiceIds: (node: number, choice: number) => string, goal: Goal, from = 0): Witness | null {
  const total = goalValue(back, from, goal);
  if (!Number.isFinite(total)) return null;
  const choices: string[] = [];
  let s = from;
  let want = total;
  let critical = goal === 'worstCritical';
  let current = goal;
  while (!g.ending[s]) {
    let picked = -1;
    let next: Goal = current;
    for (let e = g.edgeStart[s]!; e < g.edgeStart[s + 1]!; e++) {
      const v = edgeValue(g, back, e, current);
      if (v.value === want) {
        picked = e;
        next = v.next;
        break;
      }
    }
    // The optimum of a state is attained by one of its transitions by construction.
    if (picked < 0) throw new Error(`analysis witness: no transition attains ${current} at state ${s}`);
    choices.push(choiceIds(g.node[s]!, picked - g.edgeStart[s]!));
    if (g.stepCritical[g.edgeStep[picked]!]) critical = true;
    want -= g.stepPoints[g.edgeStep[picked]!]!;
    current = next;
    s = g.edgeTarget[picked]!;
  }
  if (g.finishCritical[g.finishOf[s]!]) critical = true;
  return { choices, total, critical, outcome: ENDINGS[g.ending[s]! - 1]! };
}
