import type { Ending, Scenario } from '../types.ts';
import type { Finding, RuleState, Turn } from '../rules/types.ts';
import { finishStates, initStates, pointsOf, stepStates, type ActiveRule } from '../rules/run.ts';
import { clampMood, endingAt, resolveTarget } from '../path/walk.ts';

// Phase 1 of the analysis: every reachable DP state (node, mood, turns used, rule-state tuple) and the
// transitions between them, built layer by layer (a layer = a number of replies used). Every transition
// goes from layer t to layer t+1, so state ids in creation order are sorted by turns used.

const NO_RULES: readonly number[] = [];

/** Findings of one step or of a path's finish, reduced to what the analysis counts. */
interface Effect {
  points: number;
  critical: boolean;
  /** Indexes (into the active rules) of the rules that found a violation. */
  violated: readonly number[];
}

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

function effectOf(rules: readonly ActiveRule[], found: ReadonlyArray<{ ruleIndex: number; finding: Finding }>): Effect {
  if (found.length === 0) return { points: 0, critical: false, violated: NO_RULES };
  let points = 0;
  let critical = false;
  const violated: number[] = [];
  for (const { ruleIndex, finding } of found) {
    const active = rules[ruleIndex]!;
    points += pointsOf(active, finding);
    if (finding.kind !== 'violation') continue;
    if (active.critical) critical = true;
    if (!violated.includes(ruleIndex)) violated.push(ruleIndex);
  }
  return { points, critical, violated: violated.length ? violated : NO_RULES };
}

/** Build a key that tells apart any two different rule-state tuples (each element is self-delimiting). */
function tupleKey(states: readonly RuleState[]): string {
  let k = '';
  for (const v of states) {
    k += typeof v === 'number' ? `n${v},` : typeof v === 'boolean' ? (v ? 'T,' : 'F,') : `${JSON.stringify(v)},`;
  }
  return k;
}

class Interner {
  readonly list: RuleState[][] = [];
  private readonly ids = new Map<string, number>();
  idOf(states: RuleState[]): number {
    const key = tupleKey(states);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(states);
      this.ids.set(key, id);
    }
    return id;
  }
}

function emptyGraph(rules: readonly ActiveRule[], nodeIds: string[]): StateGraph {
  return {
    rules, nodeIds, size: 0, unit: 1, node: [], mood: [], turns: [], tuple: [], tuples: [], layerStart: [],
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
  const tuples = new Interner();
  const start = addState(g, nodeIndex.get(scenario.start)!, clampMood(scenario.persona.mood), 0, tuples.idOf(initStates(rules, scenario)));
  g.prefixMax[start] = 0;
  g.prefixMin[start] = 0;
  for (let t = 0, from = 0; from < g.size; t++) {
    g.layerStart.push(from);
    const to = g.size;
    const next: LayerIndex = { byNumber: new Map(), byString: new Map() };
    for (let s = from; s < to; s++) expandState(scenario, g, tuples, nodeIndex, s, t, next);
    from = to;
  }
  g.layerStart.push(g.size);
  g.tuples = tuples.list;
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
  tuples: Interner,
  nodeIndex: Map<string, number>,
  s: number,
  t: number,
  next: LayerIndex,
): void {
  const node = scenario.nodes[g.nodeIds[g.node[s]!]!]!;
  const states = tuples.list[g.tuple[s]!]!;
  const ending = endingAt(scenario, node, t);
  if (ending) {
    const e = effectOf(g.rules, finishStates(g.rules, states, { outcome: ending, turns: t }, scenario));
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
    const turn: Turn = { index: t + 1, node, choice, features: choice.features, moodBefore: mood, moodAfter };
    const stepped = stepStates(g.rules, states, turn, scenario);
    const e = effectOf(g.rules, stepped.findings);
    const tid = tuples.idOf(stepped.states);
    const to = stateIn(next, g, target, moodAfter, t + 1, tid, nNodes);
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
