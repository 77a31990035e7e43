import type { Ending, Scenario } from '../types.ts';
import type { RuleState } from '../rules/types.ts';
import { initStates, type ActiveRule } from '../rules/run.ts';
import { clampMood, endingAt, resolveTarget } from '../path/walk.ts';
import { RuleStepper } from './step-cache.ts';

// Phase 1 of the analysis: every reachable DP state (node, mood, turns used, rule-state tuple) and the
// transitions between them, built layer by layer (a layer = a number of replies used). Every transition
// goes from layer t to layer t+1, so state ids in creation order are sorted by turns used.

const NO_RULES: readonly number[] = [];

/** The reachable DP states of a scenario and the transitions between them. */
export interface StateGraph {
  rules: readonly ActiveRule[];
  nodeIds: string[];
  size: number;
  /** Every point amount below is in units of this many points (the gcd of all amounts, at least 1). */
  unit: number;
  node: number[];
  mood: number[];
  turns: number[];
  tuple: number[];
  tuples: RuleState[][];
  /** How many times the rules were actually stepped (the rest of the transitions reused a result). */
  ruleSteps: number;
  /** layerStart[t] = first state with t replies used; the last entry is `size`. */
  layerStart: number[];
  /** Transitions of state s: edgeStart[s] .. edgeStart[s+1]-1. */
  edgeStart: number[];
  edgeChoice: number[];
  edgeTarget: number[];
  edgePoints: number[];
  edgeCritical: boolean[];
  edgeViolated: (readonly number[])[];
  /** How the call ends at a state (null when it goes on), and the points of the rules' finish. */
  ending: (Ending | null)[];
  /** True where the call ends because `maxTurns` ran out rather than on an ending node. */
  cutOff: boolean[];
  finishPoints: number[];
  finishCritical: boolean[];
  finishViolated: (readonly number[])[];
  /** Highest and lowest point total of any path prefix arriving at each state. */
  prefixMax: number[];
  prefixMin: number[];
}

function emptyGraph(rules: readonly ActiveRule[], nodeIds: string[]): StateGraph {
  return {
    rules, nodeIds, size: 0, unit: 1, node: [], mood: [], turns: [], tuple: [], tuples: [], ruleSteps: 0, layerStart: [],
    edgeStart: [0], edgeChoice: [], edgeTarget: [], edgePoints: [], edgeCritical: [], edgeViolated: [],
    ending: [], cutOff: [], finishPoints: [], finishCritical: [], finishViolated: [], prefixMax: [], prefixMin: [],
  };
}

function addState(g: StateGraph, node: number, mood: number, turns: number, tuple: number): number {
  const id = g.size++;
  g.node.push(node);
  g.mood.push(mood);
  g.turns.push(turns);
  g.tuple.push(tuple);
  g.ending.push(null);
  g.cutOff.push(false);
  g.finishPoints.push(0);
  g.finishCritical.push(false);
  g.finishViolated.push(NO_RULES);
  g.prefixMax.push(-Infinity);
  g.prefixMin.push(Infinity);
  return id;
}

/** Enumerate every reachable DP state of a scenario under the given rules, with its transitions. */
export function exploreStates(scenario: Scenario, rules: readonly ActiveRule[]): StateGraph {
  const nodeIds = scenario.nodeOrder.slice();
  const nodeIndex = new Map(nodeIds.map((id, i) => [id, i]));
  const g = emptyGraph(rules, nodeIds);
  const choiceBase: number[] = [];
  let choiceCount = 0;
  for (const id of nodeIds) {
    choiceBase.push(choiceCount);
    choiceCount += scenario.nodes[id]!.choices.length;
  }
  const tuples = new RuleStepper(rules, scenario, choiceCount);
  const start = addState(g, nodeIndex.get(scenario.start)!, clampMood(scenario.persona.mood), 0, tuples.idOf(initStates(rules, scenario)));
  g.prefixMax[start] = 0;
  g.prefixMin[start] = 0;
  for (let t = 0, from = 0; from < g.size; t++) {
    g.layerStart.push(from);
    const to = g.size;
    const next: LayerIndex = { byNumber: new Map(), byString: new Map() };
    for (let s = from; s < to; s++) expandState(scenario, g, tuples, nodeIndex, choiceBase, s, t, next);
    from = to;
  }
  g.layerStart.push(g.size);
  g.tuples = tuples.tuples;
  g.ruleSteps = tuples.misses;
  scaleToUnits(g);
  return g;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

// Point amounts are multiples of a few severities; dividing by their gcd keeps histograms dense.
function scaleToUnits(g: StateGraph): void {
  let u = 0;
  for (const p of g.edgePoints) u = gcd(u, Math.abs(p));
  for (const p of g.finishPoints) u = gcd(u, Math.abs(p));
  if (!Number.isInteger(u) || u <= 1) return;
  g.unit = u;
  const div = (a: number[]) => {
    for (let i = 0; i < a.length; i++) a[i] = a[i]! / u;
  };
  div(g.edgePoints);
  div(g.finishPoints);
  div(g.prefixMax);
  div(g.prefixMin);
}

/** The states of the layer being built, by key: numeric for integer moods (the usual case), else a string. */
interface LayerIndex {
  byNumber: Map<number, number>;
  byString: Map<string, number>;
}

function stateIn(layer: LayerIndex, g: StateGraph, node: number, mood: number, turns: number, tid: number, nNodes: number): number {
  if (Number.isInteger(mood)) {
    const key = (tid * nNodes + node) * 101 + mood;
    let id = layer.byNumber.get(key);
    if (id === undefined) layer.byNumber.set(key, (id = addState(g, node, mood, turns, tid)));
    return id;
  }
  const key = `${tid},${node},${mood}`;
  let id = layer.byString.get(key);
  if (id === undefined) layer.byString.set(key, (id = addState(g, node, mood, turns, tid)));
  return id;
}

function expandState(
  scenario: Scenario,
  g: StateGraph,
  tuples: RuleStepper,
  nodeIndex: Map<string, number>,
  choiceBase: number[],
  s: number,
  t: number,
  next: LayerIndex,
): void {
  const node = scenario.nodes[g.nodeIds[g.node[s]!]!]!;
  const tuple = g.tuple[s]!;
  const ending = endingAt(scenario, node, t);
  if (ending) {
    const e = tuples.finish(tuple, ending, t);
    g.ending[s] = ending;
    g.cutOff[s] = !node.end;
    g.finishPoints[s] = e.points;
    g.finishCritical[s] = e.critical;
    g.finishViolated[s] = e.violated;
    g.edgeStart.push(g.edgeChoice.length);
    return;
  }
  const mood = g.mood[s]!;
  const nNodes = g.nodeIds.length;
  for (let ci = 0; ci < node.choices.length; ci++) {
    const choice = node.choices[ci]!;
    const moodAfter = clampMood(mood + choice.moodDelta);
    const target = nodeIndex.get(resolveTarget(choice, moodAfter))!;
    const e = tuples.step(tuple, choiceBase[g.node[s]!]! + ci, node, choice, t + 1, mood, moodAfter);
    const to = stateIn(next, g, target, moodAfter, t + 1, e.tuple, nNodes);
    g.edgeChoice.push(ci);
    g.edgeTarget.push(to);
    g.edgePoints.push(e.points);
    g.edgeCritical.push(e.critical);
    g.edgeViolated.push(e.violated);
    const hi = g.prefixMax[s]! + e.points;
    const lo = g.prefixMin[s]! + e.points;
    if (hi > g.prefixMax[to]!) g.prefixMax[to] = hi;
    if (lo < g.prefixMin[to]!) g.prefixMin[to] = lo;
  }
  g.edgeStart.push(g.edgeChoice.length);
}
