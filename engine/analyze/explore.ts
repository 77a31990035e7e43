import type { Choice, Ending, Guard, Scenario, ScenarioNode } from '../types.ts';
import { initStates, type ActiveRule } from '../rules/run.ts';
import { clampMood, deadAirMood, endingAt, guardHolds } from '../path/walk.ts';
import { grown, widened } from './growable.ts';
import { IntTable } from './int-table.ts';
import { RuleStepper } from './step-cache.ts';

// Phase 1 of the analysis: every reachable DP state (node, mood, turns used, rule-state tuple) and the
// transitions between them, built layer by layer (a layer = a number of replies used). Every transition
// goes from layer t to layer t+1, so state ids in creation order are sorted by turns used.

const START = 1024;

/** The endings, in the order StateGraph.ending numbers them (from 1). */
export const ENDINGS: readonly Ending[] = ['resolved', 'escalated', 'abandoned'];

/** The reachable DP states of a scenario and the transitions between them. */
export interface StateGraph {
  rules: readonly ActiveRule[];
  nodeIds: string[];
  size: number;
  /** Every point amount below is in units of this many points (the gcd of all amounts, at least 1). */
  unit: number;
  node: Int32Array;
  mood: Float64Array;
  tuple: Int32Array;
  /** Distinct rule-state tuples met, and distinct states each rule took (the tuples' elements). */
  tupleCount: number;
  ruleStateCounts: number[];
  /** How many times the rules were actually stepped (the rest of the transitions reused a result). */
  ruleSteps: number;
  /** layerStart[t] = first state with t replies used; the last entry is `size`. */
  layerStart: number[];
  /** Transitions of state s: edgeStart[s] .. edgeStart[s+1]-1. */
  edgeStart: Int32Array;
  edgeTarget: Int32Array;
  /**
   * What the rules make of each transition, as the id of a distinct step result: its points, 1 when a
   * critical rule was violated, and the set of violated rules. Transitions share few distinct results,
   * so an id per transition is a fraction of the bytes of its effect written out.
   */
  edgeStep: Int32Array;
  stepPoints: Float64Array;
  stepCritical: Uint8Array;
  stepViolated: Int32Array;
  /** The distinct sets of violated rules (indexes into `rules`); set 0 is empty. Steps and finishes refer to them by index. */
  violatedSets: (readonly number[])[];
  /** How the call ends at a state: 0 when it goes on, else 1 + its index in ENDINGS. */
  ending: Uint8Array;
  /** True where the call ends because `maxTurns` ran out rather than on an ending node. */
  cutOff: Uint8Array;
  /** At an ending state, the id of what the rules' finish adds: points, critical flag and violated set as for steps. */
  finishOf: Int32Array;
  finishPoints: Float64Array;
  finishCritical: Uint8Array;
  finishViolated: Int32Array;
  /** Highest and lowest point total of any path prefix arriving at each state. */
  prefixMax: Float64Array;
  prefixMin: Float64Array;
}

/** The graph while it is being explored: typed columns grown together, frozen into a StateGraph at the end. */
class GraphBuilder {
  size = 0;
  edges = 0;
  node = new Int32Array(START);
  mood = new Float64Array(START);
  tuple = new Int32Array(START);
  ending = new Uint8Array(START);
  cutOff = new Uint8Array(START);
  finishOf = new Int32Array(START);
  prefixMax = new Float64Array(START);
  prefixMin = new Float64Array(START);
  /** Transitions of state s are edgeStart[s] .. edgeStart[s+1]-1 (one more entry than states). */
  edgeStart = new Int32Array(START + 1);
  edgeTarget = new Int32Array(START);
  edgeStep = new Int32Array(START);
  readonly layerStart: number[] = [];

  // One capacity check per state and per expanded state, rather than one per column per value:
  // the columns grow together (4×, see growable.ts), and the untouched room stays zero.
  addState(node: number, mood: number, tuple: number): number {
    const id = this.size++;
    if (id === this.node.length) this.growStates(grown(id, id + 1));
    this.node[id] = node;
    this.mood[id] = mood;
    this.tuple[id] = tuple;
    this.prefixMax[id] = -Infinity;
    this.prefixMin[id] = Infinity;
    return id;
  }

  growStates(n: number): void {
    this.node = widened(this.node, n);
    this.mood = widened(this.mood, n);
    this.ending = widened(this.ending, n);
    this.tuple = widened(this.tuple, n);
    this.cutOff = widened(this.cutOff, n);
    this.finishOf = widened(this.finishOf, n);
    this.prefixMax = widened(this.prefixMax, n);
    this.prefixMin = widened(this.prefixMin, n);
    this.edgeStart = widened(this.edgeStart, n + 1);
  }

  /**
   * Make room for a layer that has at most `edges` transitions (so the next layer at most as many states),
   * `remaining` layers before maxTurns. Growing copies (and so touches fresh memory, which costs more than
   * the copy here): capacity grows to an estimate of the whole graph, room that is never used costs nothing.
   */
  reserveLayer(states: number, edges: number, remaining: number): void {
    // Layers grow for most of a call, so the estimate assumes later layers up to 4× this one's size.
    const estimate = (need: number, perLayer: number) => need + Math.min(1 << 24, perLayer * remaining * 4);
    if (this.size + edges > this.node.length) this.growStates(Math.max(grown(this.node.length, this.size + edges), estimate(this.size + edges, states)));
    const all = this.edges + edges;
    if (all > this.edgeTarget.length) this.growEdges(Math.max(grown(this.edgeTarget.length, all), estimate(all, edges)));
  }

  /** Room for `n` transitions: their index range starts at the returned index (filled in by setEdge). */
  reserveEdges(n: number): number {
    const at = this.edges;
    this.edges += n;
    if (this.edges > this.edgeTarget.length) this.growEdges(grown(this.edgeTarget.length, this.edges));
    return at;
  }

  private growEdges(cap: number): void {
    this.edgeTarget = widened(this.edgeTarget, cap);
    this.edgeStep = widened(this.edgeStep, cap);
  }

  freeze(rules: readonly ActiveRule[], nodeIds: string[], stepper: RuleStepper): StateGraph {
    const n = this.size;
    const m = this.edges;
    return {
      rules, nodeIds, size: n, unit: 1, tupleCount: stepper.tupleCount, ruleStateCounts: stepper.distinctStates(), ruleSteps: stepper.misses, layerStart: this.layerStart,
      node: this.node.subarray(0, n), mood: this.mood.subarray(0, n), tuple: this.tuple.subarray(0, n),
      edgeStart: this.edgeStart.subarray(0, n + 1), edgeTarget: this.edgeTarget.subarray(0, m), edgeStep: this.edgeStep.subarray(0, m),
      stepPoints: Float64Array.from(stepper.resPoints), stepCritical: Uint8Array.from(stepper.resCritical), stepViolated: Int32Array.from(stepper.resSet),
      violatedSets: stepper.violatedSets.list, ending: this.ending.subarray(0, n), cutOff: this.cutOff.subarray(0, n), finishOf: this.finishOf.subarray(0, n),
      finishPoints: Float64Array.from(stepper.finishEffects, (e) => e.points), finishCritical: Uint8Array.from(stepper.finishEffects, (e) => (e.critical ? 1 : 0)),
      finishViolated: Int32Array.from(stepper.finishEffects, (e) => e.set), prefixMax: this.prefixMax.subarray(0, n), prefixMin: this.prefixMin.subarray(0, n),
    };
  }
}

/** A choice with its transitions resolved to node indexes once (a string lookup per transition would dominate). */
interface Route {
  key: number;
  choice: Choice;
  next: Array<{ when: Guard | undefined; to: number }>;
  /** The target for each integer mood after the reply (0..100), resolved once. */
  byMood: Int32Array;
}

function routeTarget(r: Route, moodAfter: number): number {
  if (Number.isInteger(moodAfter)) return r.byMood[moodAfter]!;
  return resolveRoute(r.next, moodAfter);
}

function resolveRoute(next: Route['next'], moodAfter: number): number {
  for (const t of next) if (guardHolds(t.when, moodAfter)) return t.to;
  // As in resolveTarget: the loader guarantees the last transition has no guard.
  return next[next.length - 1]!.to;
}

interface Explorer {
  scenario: Scenario;
  b: GraphBuilder;
  stepper: RuleStepper;
  nodes: ScenarioNode[];
  routes: Route[][];
  /** The anger a timed-out silence adds, when the scenario opts in to silence as a move (`deadAir:`); else null. */
  silence: number | null;
}

/** The id the analysis reports a timed-out silence under, among a node's choices (choice ids are kebab-case, so it cannot clash). */
export const SILENCE_ID = '@silence';

/** The moves the analysis counts at a node: its choice ids, then a silence when the scenario opts in to dead air. */
export function movesAt(scenario: Scenario, node: ScenarioNode): string[] {
  const ids = node.choices.map((c) => c.id);
  if (scenario.deadAir && !node.end) ids.push(SILENCE_ID);
  return ids;
}

function explorerFor(scenario: Scenario, rules: readonly ActiveRule[]): Explorer {
  const nodeIds = scenario.nodeOrder;
  const index = new Map(nodeIds.map((id, i) => [id, i]));
  const nodes = nodeIds.map((id) => scenario.nodes[id]!);
  let key = 0;
  const routes = nodes.map((n) =>
    n.choices.map((choice): Route => {
      const next = choice.next.map((t) => ({ when: t.when, to: index.get(t.to)! }));
      const byMood = new Int32Array(101);
      for (let mood = 0; mood <= 100; mood++) byMood[mood] = resolveRoute(next, mood);
      return { key: key++, choice, next, byMood };
    }),
  );
  return { scenario, b: new GraphBuilder(), stepper: new RuleStepper(rules, scenario, key), nodes, routes, silence: scenario.deadAir ? deadAirMood(scenario) : null };
}

/** Enumerate every reachable DP state of a scenario under the given rules, with its transitions. */
export function exploreStates(scenario: Scenario, rules: readonly ActiveRule[]): StateGraph {
  const x = explorerFor(scenario, rules);
  const { b } = x;
  const start = b.addState(scenario.nodeOrder.indexOf(scenario.start), clampMood(scenario.persona.mood), x.stepper.idOf(initStates(rules, scenario)));
  b.prefixMax[start] = 0;
  b.prefixMin[start] = 0;
  const next: LayerIndex = { byNumber: new IntTable(), byString: new Map() };
  for (let t = 0, from = 0; from < b.size; t++) {
    b.layerStart.push(from);
    const to = b.size;
    let edges = 0;
    const extra = x.silence === null ? 0 : 1;
    for (let s = from; s < to; s++) edges += x.routes[b.node[s]!]!.length + extra;
    b.reserveLayer(to - from, edges, scenario.maxTurns - t);
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

// Point amounts are multiples of a few severities; dividing by their gcd keeps histograms dense. Every
// amount on a transition or a finish is one of the distinct step or finish results.
function scaleToUnits(g: StateGraph): void {
  let u = 0;
  for (const p of g.stepPoints) u = gcd(u, Math.abs(p));
  for (const p of g.finishPoints) u = gcd(u, Math.abs(p));
  if (!Number.isInteger(u) || u <= 1) return;
  g.unit = u;
  for (const a of [g.stepPoints, g.finishPoints, g.prefixMax, g.prefixMin]) {
    for (let i = 0; i < a.length; i++) a[i] = a[i]! / u;
  }
}

/** The states of the layer being built, by key: numeric for integer moods (the usual case), else a string. */
interface LayerIndex {
  byNumber: IntTable;
  byString: Map<string, number>;
}

function stateIn(layer: LayerIndex, b: GraphBuilder, node: number, mood: number, tid: number, nNodes: number): number {
  const key = (tid * nNodes + node) * 101 + mood;
  if (IntTable.fits(key)) {
    let id = layer.byNumber.get(key);
    if (id < 0) layer.byNumber.add(key, (id = b.addState(node, mood, tid)));
    return id;
  }
  const text = `${tid},${node},${mood}`;
  let id = layer.byString.get(text);
  if (id === undefined) layer.byString.set(text, (id = b.addState(node, mood, tid)));
  return id;
}

function expandState(x: Explorer, s: number, t: number, next: LayerIndex): void {
  const { b } = x;
  const nodeIdx = b.node[s]!;
  const node = x.nodes[nodeIdx]!;
  const tuple = b.tuple[s]!;
  const ending = endingAt(x.scenario, node, t);
  if (ending) {
    b.finishOf[s] = x.stepper.finish(tuple, ending, t);
    b.ending[s] = 1 + ENDINGS.indexOf(ending);
    b.cutOff[s] = node.end ? 0 : 1;
    b.edgeStart[s + 1] = b.edges;
    return;
  }
  const mood = b.mood[s]!;
  const routes = x.routes[nodeIdx]!;
  const first = b.reserveEdges(routes.length + (x.silence === null ? 0 : 1));
  for (let ci = 0; ci < routes.length; ci++) {
    const r = routes[ci]!;
    const moodAfter = clampMood(mood + r.choice.moodDelta);
    const e = x.stepper.step(tuple, r.key, node, r.choice, t + 1, mood, moodAfter);
    addEdge(x, s, first + ci, stateIn(next, b, routeTarget(r, moodAfter), moodAfter, x.stepper.resTuple[e]!, x.nodes.length), e);
  }
  // Dead air (opted in): a turn at the same node with the rules untouched, the customer angrier.
  if (x.silence !== null) {
    const moodAfter = clampMood(mood + x.silence);
    addEdge(x, s, first + routes.length, stateIn(next, b, nodeIdx, moodAfter, tuple, x.nodes.length), x.stepper.stay(tuple));
  }
  b.edgeStart[s + 1] = b.edges;
}

function addEdge(x: Explorer, s: number, edge: number, to: number, e: number): void {
  const { b } = x;
  b.edgeTarget[edge] = to;
  b.edgeStep[edge] = e;
  const points = x.stepper.resPoints[e]!;
  const hi = b.prefixMax[s]! + points;
  const lo = b.prefixMin[s]! + points;
  if (hi > b.prefixMax[to]!) b.prefixMax[to] = hi;
  if (lo < b.prefixMin[to]!) b.prefixMin[to] = lo;
}
