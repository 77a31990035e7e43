import type { Ending } from '../types.ts';
import { BASE_SCORE, clampScore } from '../rules/run.ts';
import type { Backward } from './backward.ts';
import type { StateGraph } from './explore.ts';
import { HistBuilder, HistStore, type TailStore } from './histogram.ts';
import { Incoming } from './incoming.ts';
import { reduceAt, reduceInv, toBigInt, type Modulus } from './modular.ts';
import { passRuleFor, type PassRule } from './pass-rule.ts';

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
  /** Paths per outcome, and those cut off by maxTurns (arrivals at the ending states). */
  outcomes: Record<Ending, bigint>;
  cutOff: bigint;
}

/** Residue accumulators while the forward pass runs; the same figures as Forward, counts unrebuilt. */
interface Sums {
  m: Modulus;
  nodeVisits: Float64Array;
  nodePassing: Float64Array;
  choiceVisits: Float64Array;
  choicePassing: Float64Array;
  /** Arrivals at ending states, per outcome (in ENDINGS order), then those cut off by maxTurns. */
  ends: Float64Array;
  /** Scratch: the passing count of one combination, and a sum of prefix counts. */
  tmp: Float64Array;
  low: Float64Array;
}

const CUT = 3;

/** Add a*b (residues at a[a0..], b[b0..]) to dst[d0..], modulo each prime. */
function addProduct(dst: Float64Array, d0: number, a: Float64Array, a0: number, b: Float64Array, b0: number, m: Modulus): void {
  for (let k = 0; k < m.count; k++) {
    const p = m.primes[k]!;
    const x = dst[d0 + k]! + reduceInv(a[a0 + k]! * b[b0 + k]!, p, m.inv[k]!);
    dst[d0 + k] = x >= p ? x - p : x;
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

/**
 * Passing paths made of the prefixes in histogram fi of `f` (each prefix total shifted by `shift`) and the
 * continuations in tail t, into sums.tmp (reduced). A prefix value v needs a continuation of at least
 * need - v: prefixes for which that bound falls below the tail's exact part all meet the same suffix sum
 * (and those above it only `top`), so their counts are summed first and multiplied once.
 */
function countPassing(f: HistStore, fi: number, shift: number, tails: TailStore, t: number, pass: PassRule, sums: Sums): void {
  const { m, tmp, low } = sums;
  const P = m.count;
  tmp.fill(0);
  if (pass.mode === 'none') return;
  const total = tails.total;
  // A saturated-low prefix scores 0 whatever follows; a saturated-high one 100 (and so never meets a saturated-low continuation).
  addProduct(tmp, 0, f.top, fi * P, total, t * P, m);
  const n = f.len[fi]!;
  const d = f.data.a;
  if (pass.mode === 'all') {
    addProduct(tmp, 0, f.zero, fi * P, total, t * P, m);
    low.fill(0);
    for (let i = 0, off = f.off[fi]!; i < n; i++) for (let k = 0; k < P; k++, off++) low[k]! += d[off]!;
    for (let k = 0; k < P; k++) {
      const p = m.primes[k]!;
      const inv = m.inv[k]!;
      tmp[k] = reduceInv(tmp[k]! + reduceInv(reduceInv(low[k]!, p, inv) * total[t * P + k]!, p, inv), p, inv);
    }
    return;
  }
  const td = tails.data.a;
  const tn = tails.len[t]!;
  const toff = tails.off[t]!;
  // Prefix i needs j(i) = base - i in the tail's bucket numbering; j clamps to 0 .. tn.
  const base = pass.need - shift - f.lo[fi]! - tails.lo[t]!;
  const iAll = Math.max(0, Math.min(n, base + 1)); // i >= iAll: j <= 0 (every exact continuation and top)
  const iTop = Math.max(0, Math.min(iAll, base - tn + 1)); // i < iTop: j >= tn (top alone)
  const off = f.off[fi]!;
  // Per prime: the prefixes that meet top alone, the ones meeting an exact suffix sum, the ones meeting all.
  for (let k = 0; k < P; k++) {
    const p = m.primes[k]!;
    const inv = m.inv[k]!;
    let topOnly = 0;
    let i = 0;
    let o = off + k;
    for (; i < iTop; i++, o += P) topOnly += d[o]!;
    let acc = 0;
    for (let at = toff + (base - i) * P + k; i < iAll; i++, o += P, at -= P) acc += reduceInv(d[o]! * td[at]!, p, inv);
    let every = 0;
    for (; i < n; i++, o += P) every += d[o]!;
    acc += reduceInv(reduceInv(topOnly, p, inv) * td[toff + tn * P + k]!, p, inv);
    acc += reduceInv(reduceInv(every, p, inv) * td[toff + k]!, p, inv);
    tmp[k]! += acc;
  }
  for (let k = 0; k < P; k++) tmp[k] = reduceInv(tmp[k]!, m.primes[k]!, m.inv[k]!);
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
    nodeVisits: [], nodePassing: [], choiceVisits: [], choicePassing: [], choiceBase, outcomes: { resolved: 0n, escalated: 0n, abandoned: 0n }, cutOff: 0n,
    nodeBest: new Array<number>(nNodes).fill(-Infinity),
    nodeWorst: new Array<number>(nNodes).fill(Infinity),
    choiceBest: new Array<number>(total).fill(-Infinity),
    choiceWorst: new Array<number>(total).fill(Infinity),
  };
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
    m, tmp: new Float64Array(P), low: new Float64Array(P), ends: new Float64Array(4 * P),
    nodeVisits: new Float64Array(g.nodeIds.length * P), nodePassing: new Float64Array(g.nodeIds.length * P),
    choiceVisits: new Float64Array(nChoices * P), choicePassing: new Float64Array(nChoices * P),
  };
  const ctx: Ctx = { g, back, out, sums, pass: passRuleFor(passScore, g.unit), score: (v) => clampScore(BASE_SCORE + v * g.unit) };
  const loBase = Math.floor(-BASE_SCORE / g.unit);
  const hiBase = Math.ceil((100 - BASE_SCORE) / g.unit);
  const builder = new HistBuilder(m);
  const one = new Float64Array(P).fill(1);
  const incoming = new Incoming();
  // Two layers' worth of storage take turns: the previous one is read while the current one is written;
  // arrival counts are pushed along every transition into the next layer's array.
  let prev = new HistStore(m, 0);
  let hists = new HistStore(m, 0);
  let counts = new Float64Array(P);
  let next = new Float64Array(0);
  counts.set(one, 0);
  incoming.group(1);
  for (let t = 0; t + 1 < g.layerStart.length; t++) {
    const from = g.layerStart[t]!;
    const to = g.layerStart[t + 1]!;
    const nextSize = t + 2 < g.layerStart.length ? g.layerStart[t + 2]! - to : 0;
    hists.clear(to - from);
    if (next.length < nextSize * P) next = new Float64Array(nextSize * P);
    next.fill(0, 0, nextSize * P);
    for (let s = from; s < to; s++) {
      const i = s - from;
      reduceAt(counts, i * P, m);
      // The prefix histogram serves pass counts only, so it is built only where a pass is in reach (see
      // Backward.needBase): from anywhere else every transition is critical or leads where passing is
      // out of reach too. Prefix totals at or below lo score 0 whatever follows, at or above hi 100; in
      // threshold mode a total that cannot pass even with the best safe continuation joins the zero
      // bucket as well (it never passes).
      const canPass = g.prefixMax[s]! + back.bestSafe[s]! > back.needBase;
      const lo = loBase - back.best[s]!;
      builder.reset(ctx.pass.mode === 'threshold' ? Math.max(lo, ctx.pass.need - back.bestSafe[s]! - 1) : lo, hiBase - back.worst[s]!);
      if (canPass) {
        if (s === 0) builder.addAt(0, one, 0);
        for (let k = incoming.start[i]!; k < incoming.start[i + 1]!; k++) {
          const e = incoming.edges[k]!;
          builder.addShifted(prev, incoming.sources[k]!, g.stepPoints[g.edgeStep[e]!]!);
        }
      }
      builder.build(hists, i);
      visitState(ctx, s, hists, i, counts, canPass);
      for (let e = g.edgeStart[s]!; e < g.edgeStart[s + 1]!; e++) {
        const target = g.edgeTarget[e]!;
        const j = target - to;
        for (let q = 0; q < P; q++) next[j * P + q]! += counts[i * P + q]!;
        if (canPass && !g.stepCritical[g.edgeStep[e]!] && g.prefixMax[target]! + back.bestSafe[target]! > back.needBase) incoming.add(j, i, e);
      }
    }
    incoming.group(nextSize);
    [prev, hists] = [hists, prev];
    [counts, next] = [next, counts];
  }
  return rebuildCounts(out, sums);
}

/** Fill the forward figures' counts with the exact values of the residue sums. */
function rebuildCounts(out: Forward, sums: Sums): Forward {
  const { m } = sums;
  const exact = (a: Float64Array) => Array.from({ length: a.length / m.count }, (_, i) => toBigInt(a, i * m.count, m));
  const ends = exact(sums.ends);
  const outcomes = { resolved: ends[0]!, escalated: ends[1]!, abandoned: ends[2]! };
  return { ...out, outcomes, cutOff: ends[CUT]!, nodeVisits: exact(sums.nodeVisits), nodePassing: exact(sums.nodePassing), choiceVisits: exact(sums.choiceVisits), choicePassing: exact(sums.choicePassing) };
}

function visitState(ctx: Ctx, s: number, f: HistStore, fi: number, arrivals: Float64Array, canPass: boolean): void {
  const { g, back, out, sums, score } = ctx;
  const m = sums.m;
  const P = m.count;
  const node = g.node[s]!;
  addProduct(sums.nodeVisits, node * P, arrivals, fi * P, back.count, s * P, m);
  out.nodeBest[node] = Math.max(out.nodeBest[node]!, score(g.prefixMax[s]! + back.best[s]!));
  out.nodeWorst[node] = Math.min(out.nodeWorst[node]!, score(g.prefixMin[s]! + back.worst[s]!));
  const ending = g.ending[s]!;
  if (ending) {
    addResidues(sums.ends, (ending - 1) * P, arrivals.subarray(fi * P, fi * P + P), m);
    if (g.cutOff[s]) addResidues(sums.ends, CUT * P, arrivals.subarray(fi * P, fi * P + P), m);
    if (!canPass || !(g.prefixMax[s]! + back.bestSafe[s]! > back.needBase)) return;
    countPassing(f, fi, 0, back.safeTail, s, ctx.pass, sums);
    addResidues(sums.nodePassing, node * P, sums.tmp, m);
    return;
  }
  const base = out.choiceBase[node]!;
  for (let e = g.edgeStart[s]!; e < g.edgeStart[s + 1]!; e++) {
    const c = base + e - g.edgeStart[s]!;
    const t = g.edgeTarget[e]!;
    const r = g.edgeStep[e]!;
    const q = g.stepPoints[r]!;
    addProduct(sums.choiceVisits, c * P, arrivals, fi * P, back.count, t * P, m);
    out.choiceBest[c] = Math.max(out.choiceBest[c]!, score(g.prefixMax[s]! + q + back.best[t]!));
    out.choiceWorst[c] = Math.min(out.choiceWorst[c]!, score(g.prefixMin[s]! + q + back.worst[t]!));
    // The same bound as the backward pass's for storing a tail: below it no path through t passes.
    if (!canPass || g.stepCritical[r] || !(g.prefixMax[s]! + q + back.bestSafe[t]! > back.needBase)) continue;
    countPassing(f, fi, q, back.safeTail, t, ctx.pass, sums);
    addResidues(sums.choicePassing, c * P, sums.tmp, m);
    addResidues(sums.nodePassing, node * P, sums.tmp, m);
  }
}
