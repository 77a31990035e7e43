import { BASE_SCORE } from '../rules/run.ts';
import type { StateGraph } from './explore.ts';
import { HistBuilder, HistStore, TailStore, exactHist, type Hist } from './histogram.ts';
import { modulusFor, reduceAt, reduceInv, toBigInt, type Modulus } from './modular.ts';
import { passRuleFor } from './pass-rule.ts';

// Phase 2: from the last layer back to the start, what every state's continuations add up to — the
// histogram of remaining points (all of them, and those without a critical violation), path counts
// per outcome and per rule left unviolated, and the best and worst remaining totals. Counts are
// residues (modular.ts); only the start state's figures are rebuilt as BigInts. (Counts per outcome are
// sums over ending states, which the forward pass adds up from its arrival counts.)

/** What the continuations of each state add up to, plus the totals for the start state. */
export interface Backward {
  m: Modulus;
  /** Residues of the number of continuations (complete path suffixes) from each state: count[s*m.count + k]. */
  count: Float64Array;
  /** Best/worst remaining points (units) over all continuations; bestSafe over those without a critical violation (-Infinity if none); worstCritical over those with one (Infinity if none). */
  best: Float64Array;
  bestSafe: Float64Array;
  worst: Float64Array;
  worstCritical: Float64Array;
  /** 1 when some continuation reaches an ending node (rather than running out of turns). */
  reachesEnd: Uint8Array;
  /** Suffix sums of the remaining-points histogram of continuations without a critical violation. */
  safeTail: TailStore;
  /** The start state's exact figures: histograms, paths, outcome counts, and per rule the paths that never violate it (null: the rule never fires). */
  paths: bigint;
  rootAll: Hist;
  rootSafe: Hist;
  unviolated: (bigint | null)[];
  /** Widest exact part of any histogram, for the statistics. */
  maxWidth: number;
  /**
   * Where passing is in reach: a path through state s can pass only if prefixMax[s] + bestSafe[s] > needBase
   * (the pass rule's threshold less one unit; -Infinity when every safe path passes, Infinity when none does).
   */
  needBase: number;
}

/** The per-state values of one layer, kept only while the layer before it is computed. */
interface Layer {
  start: number;
  all: HistStore;
  safe: HistStore;
  /** Reduced residues (below 2^26): Int32 halves the bytes a transition reads from the layer below. */
  vec: Int32Array;
}

function newLayer(m: Modulus, K: number): Layer {
  return { start: 0, all: new HistStore(m, 0), safe: new HistStore(m, 0), vec: new Int32Array(K * m.count) };
}

function clearLayer(layer: Layer, start: number, size: number, KP: number): void {
  layer.start = start;
  layer.all.clear(size);
  layer.safe.clear(size);
  if (layer.vec.length < size * KP) layer.vec = new Int32Array(size * KP);
}

/** The rules that can be violated at all (the others leave every path unviolated). */
function trackedRules(g: StateGraph): number[] {
  const seen = new Set<number>();
  for (const v of g.violatedSets) for (const r of v) seen.add(r);
  return [...seen].sort((a, b) => a - b);
}

/** log2 of an upper bound (with margin) of every count the analysis reports: paths times arrivals per path. */
function log2CountBound(g: StateGraph): number {
  const n = new Float64Array(g.size);
  for (let s = g.size - 1; s >= 0; s--) {
    if (g.ending[s]) n[s] = 1;
    for (let e = g.edgeStart[s]!; e < g.edgeStart[s + 1]!; e++) n[s]! += n[g.edgeTarget[e]!]!;
  }
  const paths = g.size ? n[0]! : 1;
  const log2Paths = Number.isFinite(paths) ? Math.log2(paths * 1.001 + 1) : log2PathsBound(g);
  return log2Paths + Math.log2(g.layerStart.length);
}

// More paths than a double holds (very long calls): a bound on the log scale, choices per state multiplied.
function log2PathsBound(g: StateGraph): number {
  let widest = 1;
  for (let s = 0; s < g.size; s++) widest = Math.max(widest, g.edgeStart[s + 1]! - g.edgeStart[s]!);
  return g.layerStart.length * Math.log2(widest) + 1;
}

// Fresh memory is expensive (each page faults in on first touch): size the tails' storage so that it
// rarely has to grow — a tail has one entry per exact value plus one, and states have few exact values.
function tailCapacity(g: StateGraph, m: Modulus): number {
  return (g.edgeTarget.length + 2 * g.size) * m.count;
}

interface Ctx {
  g: StateGraph;
  m: Modulus;
  out: Backward;
  tracked: number[];
  K: number;
  all: HistBuilder;
  safe: HistBuilder;
  acc: Float64Array;
  /** Per violated-rule set (null for the empty one): 1 for each tracked rule it leaves unviolated. */
  keep: (Uint8Array | null)[];
  /** Residues of the count 1. */
  one: Float64Array;
  loBase: number;
  hiBase: number;
  /** Remaining totals at or below needBase - prefixMax[s] cannot pass (see Backward.needBase). */
  needBase: number;
}

/** Compute the backward figures of every state, layer by layer from the last. */
export function computeBackward(g: StateGraph, passScore: number): Backward {
  const pass = passRuleFor(passScore, g.unit);
  const n = g.size;
  const m = modulusFor(log2CountBound(g));
  const tracked = trackedRules(g);
  const out: Backward = {
    m, count: new Float64Array(n * m.count),
    best: new Float64Array(n), bestSafe: new Float64Array(n), worst: new Float64Array(n), worstCritical: new Float64Array(n),
    reachesEnd: new Uint8Array(n), safeTail: new TailStore(m, n, tailCapacity(g, m)),
    paths: 0n, rootAll: { zero: 0n, top: 0n, lo: 0, c: [] }, rootSafe: { zero: 0n, top: 0n, lo: 0, c: [] },
    unviolated: g.rules.map(() => null), maxWidth: 0,
    needBase: pass.mode === 'threshold' ? pass.need - 1 : pass.mode === 'all' ? -Infinity : Infinity,
  };
  // Per-state counter vector: one entry per tracked rule (continuations not violating it).
  const K = tracked.length;
  const ctx: Ctx = {
    g, m, out, tracked, K, all: new HistBuilder(m), safe: new HistBuilder(m), acc: new Float64Array(K * m.count), one: new Float64Array(m.count).fill(1),
    keep: g.violatedSets.map((v) => (v.length ? Uint8Array.from(tracked, (r) => (v.includes(r) ? 0 : 1)) : null)),
    loBase: Math.floor(-BASE_SCORE / g.unit), hiBase: Math.ceil((100 - BASE_SCORE) / g.unit), needBase: out.needBase,
  };
  let below: Layer | null = null;
  // Two layers' worth of storage take turns: the one below is read while the current one is written.
  let spare: Layer = newLayer(m, K);
  for (let t = g.layerStart.length - 2; t >= 0; t--) {
    const from = g.layerStart[t]!;
    const size = g.layerStart[t + 1]! - from;
    const layer = spare;
    clearLayer(layer, from, size, K * m.count);
    for (let s = from; s < from + size; s++) computeState(ctx, s, layer, below);
    if (below) spare = below;
    else spare = newLayer(m, K);
    below = layer;
  }
  if (below) setRoot(ctx, below);
  return out;
}

function setRoot(ctx: Ctx, root: Layer): void {
  const { out, m } = ctx;
  const P = m.count;
  out.paths = toBigInt(out.count, 0, m);
  out.rootAll = exactHist(root.all, 0);
  out.rootSafe = exactHist(root.safe, 0);
  ctx.tracked.forEach((r, k) => (out.unviolated[r] = toBigInt(root.vec, k * P, m)));
}

function computeState(ctx: Ctx, s: number, layer: Layer, below: Layer | null): void {
  const { g, out } = ctx;
  // Remaining totals at or below lo clamp to 0 for every prefix arriving here, at or above hi to 100.
  const lo = ctx.loBase - g.prefixMax[s]!;
  const hi = ctx.hiBase - g.prefixMin[s]!;
  if (hi - lo - 1 > out.maxWidth) out.maxWidth = hi - lo - 1;
  // The histogram of safe continuations serves pass counts only (the forward pass and the root's pass
  // count; the root's safe total is the same whatever the buckets): a remaining total with which no
  // prefix arriving here can pass joins the zero bucket, which never passes.
  const loSafe = Math.max(lo, ctx.needBase - g.prefixMax[s]!);
  const i = s - layer.start;
  if (g.ending[s]) finishState(ctx, s, lo, loSafe, hi, layer);
  else combineEdges(ctx, s, lo, loSafe, hi, layer, below!);
  // Only the forward pass reads tails, and only where some path through here can still pass (it checks
  // the same bound); the rest stay empty, which in a hard scenario is most states.
  if (g.prefixMax[s]! + out.bestSafe[s]! > ctx.needBase) out.safeTail.setFrom(s, layer.safe, i);
}

function finishState(ctx: Ctx, s: number, lo: number, loSafe: number, hi: number, layer: Layer): void {
  const { g, out, m, K } = ctx;
  const P = m.count;
  const i = s - layer.start;
  const f = g.finishOf[s]!;
  const x = g.finishPoints[f]!;
  const critical = g.finishCritical[f]!;
  ctx.all.reset(lo, hi);
  ctx.all.addAt(x, ctx.one, 0);
  ctx.all.build(layer.all, i);
  ctx.safe.reset(loSafe, hi);
  if (!critical) ctx.safe.addAt(x, ctx.one, 0);
  ctx.safe.build(layer.safe, i);
  const v = layer.vec;
  const keep = ctx.keep[g.finishViolated[f]!];
  for (let k = 0, at = i * K * P; k < K; k++, at += P) v.fill(!keep || keep[k] ? 1 : 0, at, at + P);
  out.count.fill(1, s * P, (s + 1) * P);
  out.best[s] = x;
  out.worst[s] = x;
  out.bestSafe[s] = critical ? -Infinity : x;
  out.worstCritical[s] = critical ? x : Infinity;
  out.reachesEnd[s] = g.cutOff[s] ? 0 : 1;
}

/** Add a target's counter vector, except the entries of the tracked rules the transition violates (keep[r] = 0). */
function addVector(acc: Float64Array, v: Int32Array, at: number, KP: number, keep: Uint8Array | null, P: number): void {
  if (!keep) {
    for (let k = 0; k < KP; k++) acc[k]! += v[at + k]!;
    return;
  }
  for (let r = 0, k = 0; r < keep.length; r++) {
    if (!keep[r]) {
      k += P;
      continue;
    }
    for (const end = k + P; k < end; k++) acc[k]! += v[at + k]!;
  }
}

function combineEdges(ctx: Ctx, s: number, lo: number, loSafe: number, hi: number, layer: Layer, below: Layer): void {
  const { g, out, m, K, acc } = ctx;
  const P = m.count;
  const KP = K * P;
  const i = s - layer.start;
  ctx.all.reset(lo, hi);
  ctx.safe.reset(loSafe, hi);
  acc.fill(0);
  const count = out.count;
  const sp = s * P;
  let best = -Infinity, bestSafe = -Infinity, worst = Infinity, worstCritical = Infinity;
  let reaches = 0;
  for (let e = g.edgeStart[s]!; e < g.edgeStart[s + 1]!; e++) {
    const t = g.edgeTarget[e]!;
    const j = t - below.start;
    const r = g.edgeStep[e]!;
    const q = g.stepPoints[r]!;
    const critical = g.stepCritical[r]!;
    ctx.all.addShifted(below.all, j, q);
    if (!critical) ctx.safe.addShifted(below.safe, j, q);
    for (let k = 0, tp = t * P; k < P; k++) count[sp + k]! += count[tp + k]!;
    addVector(acc, below.vec, j * KP, KP, ctx.keep[g.stepViolated[r]!] ?? null, P);
    const b = q + out.best[t]!;
    const w = q + out.worst[t]!;
    if (b > best) best = b;
    if (w < worst) worst = w;
    if (critical) {
      if (w < worstCritical) worstCritical = w;
    } else {
      const bs = q + out.bestSafe[t]!;
      const wc = q + out.worstCritical[t]!;
      if (bs > bestSafe) bestSafe = bs;
      if (wc < worstCritical) worstCritical = wc;
    }
    reaches |= out.reachesEnd[t]!;
  }
  ctx.all.build(layer.all, i);
  ctx.safe.build(layer.safe, i);
  reduceAt(count, s * P, m);
  const v = layer.vec;
  for (let q = 0; q < P; q++) {
    const p = m.primes[q]!;
    const inv = m.inv[q]!;
    for (let k = q, at = i * KP + q; k < KP; k += P, at += P) v[at] = reduceInv(acc[k]!, p, inv);
  }
  out.best[s] = best;
  out.bestSafe[s] = bestSafe;
  out.worst[s] = worst;
  out.worstCritical[s] = worstCritical;
  out.reachesEnd[s] = reaches;
}
