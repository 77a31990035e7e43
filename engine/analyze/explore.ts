import type { Choice, Ending, Guard, Scenario, ScenarioNode } from '../types.ts';
import type { RuleState } from '../rules/types.ts';
import { initStates, type ActiveRule } from '../rules/run.ts';
import { clampMood, endingAt, guardHolds } from '../path/walk.ts';
import { f64, i32, u8 } from './growable.ts';
import { IntTable } from './int-table.ts';
import { RuleStepper, type Effect } from './step-cache.ts';

// Phase 1 of the analysis: every reachable DP state (node, mood, turns used, rule-state tuple) and the
// transitions between them, built layer by layer (a layer = a number of replies used). Every transition
// goes from layer t to layer t+1, so state ids in creation order are sorted by turns used.

/** The reachable DP states of a scenario and the transitions between them. */
export interface StateGraph {
  rules: readonly ActiveRule[];
  nodeIds: string[];
  size: number;
  /** Every point amount below is in units of this many points (the gcd of all amounts, at least 1). */
  unit: number;
  node: Int32Array;
  mood: Float64Array;
  turns: Int32Array;
  tuple: Int32Array;
  tuples: RuleState[][];
  /** How many times the rules were actually stepped (the rest of the transitions reused a result). */
  ruleSteps: number;
  /** layerStart[t] = first state with t replies used; the last entry is `size`. */
  layerStart: number[];
  /** Transitions of state s: edgeStart[s] .. edgeStart[s+1]-1. */
  edgeStart: Int32Array;
  edgeChoice: Int32Array;
  edgeTarget: Int32Array;
  edgePoints: Float64Array;
  edgeCritical: Uint8Array;
  /** The distinct sets of violated rules (indexes into `rules`); set 0 is empty. Edges and finishes refer to them by index. */
  violatedSets: (readonly number[])[];
  edgeViolated: Int32Array;
  /** How the call ends at a state (null when it goes on), and the points of the rules' finish. */
  ending: (Ending | null)[];
  /** True where the call ends because `maxTurns` ran out rather than on an ending node. */
  cutOff: Uint8Array;
  finishPoints: Float64Array;
  finishCritical: Uint8Array;
  finishViolated: Int32Array;
  /** Highest and lowest point total of any path prefix arriving at each state. */
  prefixMax: Float64Array;
  prefixMin: Float64Array;
}

/** The graph while it is being explored: growable columns, frozen into a StateGraph at the end. */
class GraphBuilder {
  readonly node = i32();
  readonly mood = f64();
  readonly turns = i32();
  readonly tuple = i32();
  readonly ending: (Ending | null)[] = [];
  readonly cutOff = u8();
  readonly finishPoints = f64();
  readonly finishCritical = u8();
  readonly finishViolated = i32();
  readonly prefixMax = f64();
  readonly prefixMin = f64();
  readonly edgeStart = i32();
  readonly edgeChoice = i32();
  readonly edgeTarget = i32();
  readonly edgePoints = f64();
  readonly edgeCritical = u8();
  readonly edgeViolated = i32();
  readonly layerStart: number[] = [];
  private readonly stateColumns = [this.mood, this.finishPoints, this.prefixMax, this.prefixMin, this.turns, this.tuple, this.finishViolated, this.cutOff, this.finishCritical];

  constructor() {
    // Transitions of state s are edgeStart[s] .. edgeStart[s+1]-1.
    this.endEdges();
  }

  get size(): number {
    return this.node.length;
  }

  addState(node: number, mood: number, turns: number, tuple: number): number {
    // Reserved rather than pushed: the element stores below then each see one array type, and columns
    // that start at zero (cut-off, finish figures) are left as they are.
    const id = this.node.reserve(1);
    for (const c of this.stateColumns) c.reserve(1);
    this.node.a[id] = node;
    this.mood.a[id] = mood;
    this.turns.a[id] = turns;
    this.tuple.a[id] = tuple;
    this.prefixMax.a[id] = -Infinity;
    this.prefixMin.a[id] = Infinity;
    this.ending.push(null);
    return id;
  }

  /** Close the current state's transitions (the next state's start where this one's end). */
  endEdges(): void {
    const at = this.edgeStart.reserve(1);
    this.edgeStart.a[at] = this.edgeChoice.length;
  }

  /** Room for `n` transitions: their index range starts at the returned index (filled in by setEdge). */
  reserveEdges(n: number): number {
    this.edgeTarget.reserve(n);
    this.edgePoints.reserve(n);
    this.edgeCritical.reserve(n);
    this.edgeViolated.reserve(n);
    return this.edgeChoice.reserve(n);
  }

  setEdge(at: number, choice: number, target: number, e: Effect): void {
    this.edgeChoice.a[at] = choice;
    this.edgeTarget.a[at] = target;
    this.edgePoints.a[at] = e.points;
    this.edgeCritical.a[at] = e.critical ? 1 : 0;
    this.edgeViolated.a[at] = e.set;
  }

  freeze(rules: readonly ActiveRule[], nodeIds: string[], stepper: RuleStepper): StateGraph {
    return {
      rules, nodeIds, size: this.size, unit: 1, tuples: stepper.tuples, ruleSteps: stepper.misses, layerStart: this.layerStart,
      node: this.node.done(), mood: this.mood.done(), turns: this.turns.done(), tuple: this.tuple.done(),
      edgeStart: this.edgeStart.done(), edgeChoice: this.edgeChoice.done(), edgeTarget: this.edgeTarget.done(),
      edgePoints: this.edgePoints.done(), edgeCritical: this.edgeCritical.done(), edgeViolated: this.edgeViolated.done(), violatedSets: stepper.violatedSets.list,
      ending: this.ending, cutOff: this.cutOff.done(), finishPoints: this.finishPoints.done(), finishCritical: this.finishCritical.done(),
      finishViolated: this.finishViolated.done(), prefixMax: this.prefixMax.done(), prefixMin: this.prefixMin.done(),
    };
  }
}

/** A choice with its transitions resolved to node indexes once (a string lookup per transition would dominate). */
interface Route {
  key: number;
  choice: Choice;
  next: Array<{ when: Guard | undefined; to: number }>;
}

function routeTarget(r: Route, moodAfter: number): number {
  for (const t of r.next) if (guardHolds(t.when, moodAfter)) return t.to;
  // As in resolveTarget: the loader guarantees the last transition has no guard.
  return r.next[r.next.length - 1]!.to;
}

interface Explorer {
  scenario: Scenario;
  b: GraphBuilder;
  stepper: RuleStepper;
  nodes: ScenarioNode[];
  routes: Route[][];
}

function explorerFor(scenario: Scenario, rules: readonly ActiveRule[]): Explorer {
  const nodeIds = scenario.nodeOrder;
  const index = new Map(nodeIds.map((id, i) => [id, i]));
  const nodes = nodeIds.map((id) => scenario.nodes[id]!);
  let key = 0;
  const routes = nodes.map((n) => n.choices.map((choice) => ({ key: key++, choice, next: choice.next.map((t) => ({ when: t.when, to: index.get(t.to)! })) })));
  return { scenario, b: new GraphBuilder(), stepper: new RuleStepper(rules, scenario, key), nodes, routes };
}

/** Enumerate every reachable DP state of a scenario under the given rules, with its transitions. */
export function exploreStates(scenario: Scenario, rules: readonly ActiveRule[]): StateGraph {
  const x = explorerFor(scenario, rules);
  const { b } = x;
  const start = b.addState(scenario.nodeOrder.indexOf(scenario.start), clampMood(scenario.persona.mood), 0, x.stepper.idOf(initStates(rules, scenario)));
  b.prefixMax.a[start] = 0;
  b.prefixMin.a[start] = 0;
  const next: LayerIndex = { byNumber: new IntTable(), byString: new Map() };
  for (let t = 0, from = 0; from < b.size; t++) {
    b.layerStart.push(from);
    const to = b.size;
    next.byNumber.clear();
    next.byString.clear();
    for (let s = from; s < to; s++) expandState(x, s, t, next);
    from = to;
  }
  b.layerStart.push(b.size);
  const g = b.freeze(rules, scenario.nodeOrder.slice(), x.stepper);
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
  for (const a of [g.edgePoints, g.finishPoints, g.prefixMax, g.prefixMin]) {
    for (let i = 0; i < a.length; i++) a[i] = a[i]! / u;
  }
}

/** The states of the layer being built, by key: numeric for integer moods (the usual case), else a string. */
interface LayerIndex {
  byNumber: IntTable;
  byString: Map<string, number>;
}

function stateIn(layer: LayerIndex, b: GraphBuilder, node: number, mood: number, turns: number, tid: number, nNodes: number): number {
  const key = (tid * nNodes + node) * 101 + mood;
  if (IntTable.fits(key)) {
    let id = layer.byNumber.get(key);
    if (id < 0) layer.byNumber.add(key, (id = b.addState(node, mood, turns, tid)));
    return id;
  }
  const text = `${tid},${node},${mood}`;
  let id = layer.byString.get(text);
  if (id === undefined) layer.byString.set(text, (id = b.addState(node, mood, turns, tid)));
  return id;
}

function expandState(x: Explorer, s: number, t: number, next: LayerIndex): void {
  const { b } = x;
  const nodeIdx = b.node.a[s]!;
  const node = x.nodes[nodeIdx]!;
  const tuple = b.tuple.a[s]!;
  const ending = endingAt(x.scenario, node, t);
  if (ending) {
    const e = x.stepper.finish(tuple, ending, t);
    b.ending[s] = ending;
    b.cutOff.a[s] = node.end ? 0 : 1;
    b.finishPoints.a[s] = e.points;
    b.finishCritical.a[s] = e.critical ? 1 : 0;
    b.finishViolated.a[s] = e.set;
    b.endEdges();
    return;
  }
  const mood = b.mood.a[s]!;
  const routes = x.routes[nodeIdx]!;
  const first = b.reserveEdges(routes.length);
  for (let ci = 0; ci < routes.length; ci++) {
    const r = routes[ci]!;
    const moodAfter = clampMood(mood + r.choice.moodDelta);
    const e = x.stepper.step(tuple, r.key, node, r.choice, t + 1, mood, moodAfter);
    const to = stateIn(next, b, routeTarget(r, moodAfter), moodAfter, t + 1, e.tuple, x.nodes.length);
    b.setEdge(first + ci, ci, to, e);
    const hi = b.prefixMax.a[s]! + e.points;
    const lo = b.prefixMin.a[s]! + e.points;
    if (hi > b.prefixMax.a[to]!) b.prefixMax.a[to] = hi;
    if (lo < b.prefixMin.a[to]!) b.prefixMin.a[to] = lo;
  }
  b.endEdges();
}
