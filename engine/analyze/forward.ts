import { BASE_SCORE, clampScore } from '../rules/run.ts';
import type { Backward } from './backward.ts';
import type { StateGraph } from './explore.ts';
import { HistBuilder, HistStore, type TailStore } from './histogram.ts';
import { mulMod, reduceAt, toBigInt, type Modulus } from './modular.ts';

// Phase 3: from the start forward, how many path prefixes arrive at each state (and with which point
// totals, among those without a critical violation); combined with the backward figures this gives,
// per node and per choice, how many paths pass through and how many of them pass — without listing any.
// Counts are residues while they are summed; the per-node and per-choice totals are rebuilt at the end.

/** Per node and per choice (flattened: choice k of node i is at choiceBase[i] + k), over all arrivals. */
export interface Forward {
  nodeVisits: bigint[];
  nodePassing: bigint[];
  nodeBest: number[];
  nodeWorst: number[];
  choiceBase: number[];
  choiceVisits: bigint[];
  choicePassing: bigint[];
  choiceBest: number[];
  choiceWorst: number[];
}

/** How a remaining-points histogram decides passing, given the scenario's passScore. */
interface PassRule {
  /** 'all': every path without a critical violation passes; 'none': no path passes; 'threshold': see need. */
  mode: 'all' | 'none' | 'threshold';
  /** In 'threshold' mode a path passes when its total (units, BASE excluded) is at least this. */
  need: number;
}

/** Decide how passing is tested for a pass score on a grid of `unit` points. */
export function passRuleFor(passScore: number, unit: number): PassRule {
  if (passScore <= 0) return { mode: 'all', need: -Infinity };
  if (passScore > 100) return { mode: 'none', need: Infinity };
  return { mode: 'threshold', need: Math.ceil((passScore - BASE_SCORE) / unit) };
}

/** Residue accumulators while the forward pass runs; the same figures as Forward, counts unrebuilt. */
interface Sums {
  m: Modulus;
  nodeVisits: Float64Array;
  nodePassing: Float64Array;
  choiceVisits: Float64Array;
  choicePassing: Float64Array;
  /** Scratch: the passing count of one combination. */
  tmp: Float64Array;
}

/** Add a*b (residues at a[ao..], b[bo..]) to dst[do..], modulo each prime. */
function addProduct(dst: Float64Array, d0: number, a: Float64Array, a0: number, b: Float64Array, b0: number, m: Modulus): void {
  for (let k = 0; k < m.count; k++) {
    const p = m.primes[k]!;
    const x = dst[d0 + k]! + mulMod(a[a0 + k]!, b[b0 + k]!, p);
    dst[d0 + k] = x >= p ? x - p : x;
  }
}

/** As addProduct into dst[0..], with b an Int32Array (tails), kept apart so that each stays monomorphic. */
function addTailProduct(dst: Float64Array, a: Float64Array, a0: number, b: Int32Array, b0: number, m: Modulus): void {
  for (let k = 0; k < m.count; k++) {
    const p = m.primes[k]!;
    const x = dst[k]! + mulMod(a[a0 + k]!, b[b0 + k]!, p);
    dst[k] = x >= p ? x - p : x;
  }
}

/** Passing paths made of the prefixes in histogram fi of `f` (shifted by `shift`) and the continuations in tail t, into sums.tmp. */
function countPassing(f: HistStore, fi: number, shift: number, tails: TailStore, t: number, pass: PassRule, sums: Sums): void {
  const { m, tmp } = sums;
  const P = m.count;
  tmp.fill(0);
  if (pass.mode === 'none') return;
  // A saturated-low prefix scores 0 whatever follows; a saturated-high one 100 (and so never meets a saturated-low continuation).
  addProduct(tmp, 0, f.top, fi * P, tails.total, t * P, m);
  if (pass.mode === 'all') addProduct(tmp, 0, f.zero, fi * P, tails.total, t * P, m);
  const base = pass.need - shift - f.lo[fi]!;
  const d = f.data.a;
  const td = tails.data.a;
  for (let i = 0, off = f.off[fi]!; i < f.len[fi]!; i++, off += P) {
    if (pass.mode === 'all') addProduct(tmp, 0, d, off, tails.total, t * P, m);
    else addTailProduct(tmp, d, off, td, tails.atLeast(t, base - i), m);
  }
}

/** Add the residues src[0..] to dst[d0..], modulo each prime. */
function addResidues(dst: Float64Array, d0: number, src: Float64Array, m: Modulus): void {
  for (let k = 0; k < m.count; k++) {
    const p = m.primes[k]!;
    const x = dst[d0 + k]! + src[k]!;
    dst[d0 + k] = x >= p ? x - p : x;
  }
}

function newForward(g: StateGraph, choiceCounts: number[]): Forward {
  const nNodes = g.nodeIds.length;
  const choiceBase: number[] = [];
  let total = 0;
  for (const c of choiceCounts) {
    choiceBase.push(total);
    total += c;
  }
  return {
    nodeVisits: [], nodePassing: [], choiceVisits: [], choicePassing: [], choiceBase,
    nodeBest: new Array<number>(nNodes).fill(-Infinity),
    nodeWorst: new Array<number>(nNodes).fill(Infinity),
    choiceBest: new Array<number>(total).fill(-Infinity),
    choiceWorst: new Array<number>(total).fill(Infinity),
  };
}

/** The incoming transitions of every state (edge indexes), grouped by target, and the source state of every edge. */
function incomingEdges(g: StateGraph): { start: Int32Array; edges: Int32Array; source: Int32Array } {
  const source = new Int32Array(g.edgeTarget.length);
  for (let s = 0; s < g.size; s++) for (let e = g.edgeStart[s]!; e < g.edgeStart[s + 1]!; e++) source[e] = s;
  const start = new Int32Array(g.size + 1);
  for (const t of g.edgeTarget) start[t + 1]!++;
  for (let s = 0; s < g.size; s++) start[s + 1]! += start[s]!;
  const fill = start.slice(0, g.size);
  const edges = new Int32Array(g.edgeTarget.length);
  g.edgeTarget.forEach((t, e) => (edges[fill[t]!++] = e));
  return { start, edges, source };
}

interface Ctx {
  g: StateGraph;
  back: Backward;
  out: Forward;
  sums: Sums;
  pass: PassRule;
  score: (v: number) => number;
}

/** Compute the per-node and per-choice figures over all arrivals, layer by layer from the start. */
export function computeForward(g: StateGraph, back: Backward, choiceCounts: number[], passScore: number): Forward {
  const out = newForward(g, choiceCounts);
  const m = back.m;
  const P = m.count;
  const nChoices = out.choiceWorst.length;
  const sums: Sums = {
    m, tmp: new Float64Array(P),
    nodeVisits: new Float64Array(g.nodeIds.length * P), nodePassing: new Float64Array(g.nodeIds.length * P),
    choiceVisits: new Float64Array(nChoices * P), choicePassing: new Float64Array(nChoices * P),
  };
  const ctx: Ctx = { g, back, out, sums, pass: passRuleFor(passScore, g.unit), score: (v) => clampScore(BASE_SCORE + v * g.unit) };
  const loBase = Math.floor(-BASE_SCORE / g.unit);
  const hiBase = Math.ceil((100 - BASE_SCORE) / g.unit);
  const incoming = incomingEdges(g);
  const builder = new HistBuilder(m);
  const one = new Float64Array(P).fill(1);
  let prevStart = 0;
  // Two layers' worth of storage take turns: the previous one is read while the current one is written.
  let prev = new HistStore(m, 0);
  let hists = new HistStore(m, 0);
  let prevCount = new Float64Array(0);
  let counts = new Float64Array(0);
  for (let t = 0; t + 1 < g.layerStart.length; t++) {
    const from = g.layerStart[t]!;
    const to = g.layerStart[t + 1]!;
    hists.clear(to - from);
    if (counts.length < (to - from) * P) counts = new Float64Array((to - from) * P);
    counts.fill(0, 0, (to - from) * P);
    for (let s = from; s < to; s++) {
      const i = s - from;
      // Prefix totals at or below lo score 0 whatever follows from here, at or above hi 100.
      builder.reset(loBase - back.best[s]!, hiBase - back.worst[s]!);
      if (s === 0) {
        builder.addAt(0, one, 0);
        counts.set(one, 0);
      }
      for (let k = incoming.start[s]!; k < incoming.start[s + 1]!; k++) {
        const e = incoming.edges[k]!;
        const p = incoming.source[e]! - prevStart;
        for (let q = 0; q < P; q++) counts[i * P + q]! += prevCount[p * P + q]!;
        if (!g.edgeCritical[e]) builder.addShifted(prev, p, g.edgePoints[e]!);
      }
      reduceAt(counts, i * P, m);
      builder.build(hists, i);
      visitState(ctx, s, hists, i, counts);
    }
    prevStart = from;
    [prev, hists] = [hists, prev];
    [prevCount, counts] = [counts, prevCount];
  }
  return rebuildCounts(out, sums);
}

/** Fill the forward figures' counts with the exact values of the residue sums. */
function rebuildCounts(out: Forward, sums: Sums): Forward {
  const { m } = sums;
  const exact = (a: Float64Array) => Array.from({ length: a.length / m.count }, (_, i) => toBigInt(a, i * m.count, m));
  return { ...out, nodeVisits: exact(sums.nodeVisits), nodePassing: exact(sums.nodePassing), choiceVisits: exact(sums.choiceVisits), choicePassing: exact(sums.choicePassing) };
}

function visitState(ctx: Ctx, s: number, f: HistStore, fi: number, arrivals: Float64Array): void {
  const { g, back, out, sums, score } = ctx;
  const m = sums.m;
  const P = m.count;
  const node = g.node[s]!;
  addProduct(sums.nodeVisits, node * P, arrivals, fi * P, back.count, s * P, m);
  out.nodeBest[node] = Math.max(out.nodeBest[node]!, score(g.prefixMax[s]! + back.best[s]!));
  out.nodeWorst[node] = Math.min(out.nodeWorst[node]!, score(g.prefixMin[s]! + back.worst[s]!));
  if (g.ending[s]) {
    countPassing(f, fi, 0, back.safeTail, s, ctx.pass, sums);
    addResidues(sums.nodePassing, node * P, sums.tmp, m);
    return;
  }
  const base = out.choiceBase[node]!;
  for (let e = g.edgeStart[s]!; e < g.edgeStart[s + 1]!; e++) {
    const c = base + g.edgeChoice[e]!;
    const t = g.edgeTarget[e]!;
    const q = g.edgePoints[e]!;
    addProduct(sums.choiceVisits, c * P, arrivals, fi * P, back.count, t * P, m);
    out.choiceBest[c] = Math.max(out.choiceBest[c]!, score(g.prefixMax[s]! + q + back.best[t]!));
    out.choiceWorst[c] = Math.min(out.choiceWorst[c]!, score(g.prefixMin[s]! + q + back.worst[t]!));
    if (g.edgeCritical[e]) continue;
    countPassing(f, fi, q, back.safeTail, t, ctx.pass, sums);
    addResidues(sums.choicePassing, c * P, sums.tmp, m);
    addResidues(sums.nodePassing, node * P, sums.tmp, m);
  }
}
