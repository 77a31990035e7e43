import type { Ending } from '../types.ts';
import { BASE_SCORE } from '../rules/run.ts';
import type { StateGraph } from './explore.ts';
import { EMPTY_HIST, HistBuilder, singleHist, tailOf, type Hist, type Tail } from './histogram.ts';

// Phase 2: from the last layer back to the start, what every state's continuations add up to — the
// histogram of remaining points (all of them, and those without a critical violation), path counts
// per outcome and per rule left unviolated, and the best and worst remaining totals.

const OUTCOMES: readonly Ending[] = ['resolved', 'escalated', 'abandoned'];

/** What the continuations of each state add up to, plus the totals for the start state. */
export interface Backward {
  /** Number of continuations (complete path suffixes) from each state. */
  count: bigint[];
  /** Best/worst remaining points (units) over all continuations; bestSafe over those without a critical violation (-Infinity if none); worstCritical over those with one (Infinity if none). */
  best: Float64Array;
  bestSafe: Float64Array;
  worst: Float64Array;
  worstCritical: Float64Array;
  /** 1 when some continuation reaches an ending node (rather than running out of turns). */
  reachesEnd: Uint8Array;
  /** Suffix sums of the remaining-points histogram of continuations without a critical violation. */
  safeTail: Tail[];
  /** The start state's histograms, outcome counts, and per rule the paths that never violate it (null: the rule never fires). */
  rootAll: Hist;
  rootSafe: Hist;
  outcomes: Record<Ending, bigint>;
  cutOff: bigint;
  unviolated: (bigint | null)[];
  /** Widest exact part of any histogram, for the statistics. */
  maxWidth: number;
}

/** The per-state values of one layer, kept only while the layer before it is computed. */
interface Layer {
  start: number;
  all: Hist[];
  safe: Hist[];
  outcome: bigint[][];
  cutOff: bigint[];
  unviolated: bigint[][];
}

function newLayer(start: number, size: number, tracked: number): Layer {
  return {
    start,
    all: new Array<Hist>(size),
    safe: new Array<Hist>(size),
    outcome: OUTCOMES.map(() => new Array<bigint>(size)),
    cutOff: new Array<bigint>(size),
    unviolated: Array.from({ length: tracked }, () => new Array<bigint>(size)),
  };
}

/** The rules that can be violated at all (the others leave every path unviolated). */
function trackedRules(g: StateGraph): number[] {
  const seen = new Set<number>();
  for (const v of g.edgeViolated) for (const r of v) seen.add(r);
  for (const v of g.finishViolated) for (const r of v) seen.add(r);
  return [...seen].sort((a, b) => a - b);
}

/** Compute the backward figures of every state, layer by layer from the last. */
export function computeBackward(g: StateGraph): Backward {
  const n = g.size;
  const tracked = trackedRules(g);
  const out: Backward = {
    count: new Array<bigint>(n),
    best: new Float64Array(n),
    bestSafe: new Float64Array(n),
    worst: new Float64Array(n),
    worstCritical: new Float64Array(n),
    reachesEnd: new Uint8Array(n),
    safeTail: new Array<Tail>(n),
    rootAll: EMPTY_HIST,
    rootSafe: EMPTY_HIST,
    outcomes: { resolved: 0n, escalated: 0n, abandoned: 0n },
    cutOff: 0n,
    unviolated: g.rules.map(() => null),
    maxWidth: 0,
  };
  const ctx = { g, out, tracked, all: new HistBuilder(), safe: new HistBuilder(), loBase: Math.floor(-BASE_SCORE / g.unit), hiBase: Math.ceil((100 - BASE_SCORE) / g.unit) };
  let below: Layer | null = null;
  for (let t = g.layerStart.length - 2; t >= 0; t--) {
    const from = g.layerStart[t]!;
    const layer = newLayer(from, g.layerStart[t + 1]! - from, tracked.length);
    for (let s = from; s < g.layerStart[t + 1]!; s++) computeState(ctx, s, layer, below);
    below = layer;
  }
  if (below) {
    out.rootAll = below.all[0]!;
    out.rootSafe = below.safe[0]!;
    OUTCOMES.forEach((o, k) => (out.outcomes[o] = below.outcome[k]![0]!));
    out.cutOff = below.cutOff[0]!;
    tracked.forEach((r, k) => (out.unviolated[r] = below.unviolated[k]![0]!));
  }
  return out;
}

interface Ctx {
  g: StateGraph;
  out: Backward;
  tracked: number[];
  all: HistBuilder;
  safe: HistBuilder;
  loBase: number;
  hiBase: number;
}

function computeState(ctx: Ctx, s: number, layer: Layer, below: Layer | null): void {
  const { g, out } = ctx;
  // Remaining totals at or below lo clamp to 0 for every prefix arriving here, at or above hi to 100.
  const lo = ctx.loBase - g.prefixMax[s]!;
  const hi = ctx.hiBase - g.prefixMin[s]!;
  if (hi - lo - 1 > out.maxWidth) out.maxWidth = hi - lo - 1;
  const i = s - layer.start;
  const ending = g.ending[s];
  if (ending) {
    const x = g.finishPoints[s]!;
    const critical = g.finishCritical[s]!;
    layer.all[i] = singleHist(x, lo, hi);
    layer.safe[i] = critical ? EMPTY_HIST : layer.all[i]!;
    OUTCOMES.forEach((o, k) => (layer.outcome[k]![i] = o === ending ? 1n : 0n));
    layer.cutOff[i] = g.cutOff[s] ? 1n : 0n;
    ctx.tracked.forEach((r, k) => (layer.unviolated[k]![i] = g.finishViolated[s]!.includes(r) ? 0n : 1n));
    out.count[s] = 1n;
    out.best[s] = x;
    out.worst[s] = x;
    out.bestSafe[s] = critical ? -Infinity : x;
    out.worstCritical[s] = critical ? x : Infinity;
    out.reachesEnd[s] = g.cutOff[s] ? 0 : 1;
  } else {
    combineEdges(ctx, s, lo, hi, layer, below!);
  }
  out.safeTail[s] = tailOf(layer.safe[i]!);
}

function combineEdges(ctx: Ctx, s: number, lo: number, hi: number, layer: Layer, below: Layer): void {
  const { g, out } = ctx;
  const i = s - layer.start;
  ctx.all.reset(lo, hi);
  ctx.safe.reset(lo, hi);
  let count = 0n;
  let cut = 0n;
  const outcome = [0n, 0n, 0n];
  const unviolated = ctx.tracked.map(() => 0n);
  let best = -Infinity, bestSafe = -Infinity, worst = Infinity, worstCritical = Infinity;
  let reaches = 0;
  for (let e = g.edgeStart[s]!; e < g.edgeStart[s + 1]!; e++) {
    const t = g.edgeTarget[e]!;
    const j = t - below.start;
    const q = g.edgePoints[e]!;
    const critical = g.edgeCritical[e]!;
    ctx.all.addShifted(below.all[j]!, q);
    if (!critical) ctx.safe.addShifted(below.safe[j]!, q);
    count += out.count[t]!;
    cut += below.cutOff[j]!;
    for (let k = 0; k < 3; k++) outcome[k]! += below.outcome[k]![j]!;
    const violated = g.edgeViolated[e]!;
    for (let k = 0; k < unviolated.length; k++) {
      if (!violated.includes(ctx.tracked[k]!)) unviolated[k]! += below.unviolated[k]![j]!;
    }
    best = Math.max(best, q + out.best[t]!);
    worst = Math.min(worst, q + out.worst[t]!);
    if (!critical) bestSafe = Math.max(bestSafe, q + out.bestSafe[t]!);
    worstCritical = Math.min(worstCritical, q + (critical ? out.worst[t]! : out.worstCritical[t]!));
    reaches |= out.reachesEnd[t]!;
  }
  layer.all[i] = ctx.all.build();
  layer.safe[i] = ctx.safe.build();
  for (let k = 0; k < 3; k++) layer.outcome[k]![i] = outcome[k]!;
  layer.cutOff[i] = cut;
  for (let k = 0; k < unviolated.length; k++) layer.unviolated[k]![i] = unviolated[k]!;
  out.count[s] = count;
  out.best[s] = best;
  out.bestSafe[s] = bestSafe;
  out.worst[s] = worst;
  out.worstCritical[s] = worstCritical;
  out.reachesEnd[s] = reaches;
}
