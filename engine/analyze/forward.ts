import { BASE_SCORE, clampScore } from '../rules/run.ts';
import type { Backward } from './backward.ts';
import type { StateGraph } from './explore.ts';
import { HistBuilder, tailAtLeast, type Hist, type Tail } from './histogram.ts';

// Phase 3: from the start forward, how many path prefixes arrive at each state (and with which point
// totals, among those without a critical violation); combined with the backward figures this gives,
// per node and per choice, how many paths pass through and how many of them pass — without listing any.

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

/** Count the passing paths made of the prefixes in `f` (each shifted by `shift`) and the continuations in `tail`. */
function countPassing(f: Hist, shift: number, tail: Tail, pass: PassRule): bigint {
  if (pass.mode === 'none') return 0n;
  if (pass.mode === 'all') {
    let prefixes = f.zero + f.top;
    for (const n of f.c) prefixes += n;
    return prefixes * tail.total;
  }
  // A saturated-low prefix scores 0 whatever follows; a saturated-high one 100 (and so never meets a saturated-low continuation).
  let sum = f.top === 0n ? 0n : f.top * tail.total;
  const base = pass.need - shift - f.lo;
  for (let i = 0; i < f.c.length; i++) {
    const n = f.c[i]!;
    if (n !== 0n) sum += n * tailAtLeast(tail, base - i);
  }
  return sum;
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
    nodeVisits: new Array<bigint>(nNodes).fill(0n),
    nodePassing: new Array<bigint>(nNodes).fill(0n),
    nodeBest: new Array<number>(nNodes).fill(-Infinity),
    nodeWorst: new Array<number>(nNodes).fill(Infinity),
    choiceBase,
    choiceVisits: new Array<bigint>(total).fill(0n),
    choicePassing: new Array<bigint>(total).fill(0n),
    choiceBest: new Array<number>(total).fill(-Infinity),
    choiceWorst: new Array<number>(total).fill(Infinity),
  };
}

/** The incoming transitions of every state (edge indexes), grouped by target. */
function incomingEdges(g: StateGraph): { start: Int32Array; edges: Int32Array } {
  const start = new Int32Array(g.size + 1);
  for (const t of g.edgeTarget) start[t + 1]!++;
  for (let s = 0; s < g.size; s++) start[s + 1]! += start[s]!;
  const fill = start.slice(0, g.size);
  const edges = new Int32Array(g.edgeTarget.length);
  g.edgeTarget.forEach((t, e) => (edges[fill[t]!++] = e));
  return { start, edges };
}

/** Compute the per-node and per-choice figures over all arrivals, layer by layer from the start. */
export function computeForward(g: StateGraph, back: Backward, choiceCounts: number[], passScore: number): Forward {
  const out = newForward(g, choiceCounts);
  const pass = passRuleFor(passScore, g.unit);
  const score = (v: number) => clampScore(BASE_SCORE + v * g.unit);
  const loBase = Math.floor(-BASE_SCORE / g.unit);
  const hiBase = Math.ceil((100 - BASE_SCORE) / g.unit);
  const edgeSource = new Int32Array(g.edgeTarget.length);
  for (let s = 0; s < g.size; s++) for (let e = g.edgeStart[s]!; e < g.edgeStart[s + 1]!; e++) edgeSource[e] = s;
  const incoming = incomingEdges(g);
  const builder = new HistBuilder();
  let prevStart = 0;
  let prevHist: Hist[] = [];
  let prevCount: bigint[] = [];
  for (let t = 0; t + 1 < g.layerStart.length; t++) {
    const from = g.layerStart[t]!;
    const to = g.layerStart[t + 1]!;
    const hists = new Array<Hist>(to - from);
    const counts = new Array<bigint>(to - from);
    for (let s = from; s < to; s++) {
      // Prefix totals at or below lo score 0 whatever follows from here, at or above hi 100.
      builder.reset(loBase - back.best[s]!, hiBase - back.worst[s]!);
      let arrivals = s === 0 ? 1n : 0n;
      if (s === 0) builder.addValue(0, 1n);
      for (let k = incoming.start[s]!; k < incoming.start[s + 1]!; k++) {
        const e = incoming.edges[k]!;
        const p = edgeSource[e]! - prevStart;
        arrivals += prevCount[p]!;
        if (!g.edgeCritical[e]) builder.addShifted(prevHist[p]!, g.edgePoints[e]!);
      }
      hists[s - from] = builder.build();
      counts[s - from] = arrivals;
      visitState(g, back, out, s, hists[s - from]!, arrivals, pass, score);
    }
    prevStart = from;
    prevHist = hists;
    prevCount = counts;
  }
  return out;
}

function visitState(g: StateGraph, back: Backward, out: Forward, s: number, f: Hist, arrivals: bigint, pass: PassRule, score: (v: number) => number): void {
  const node = g.node[s]!;
  out.nodeVisits[node]! += arrivals * back.count[s]!;
  out.nodeBest[node] = Math.max(out.nodeBest[node]!, score(g.prefixMax[s]! + back.best[s]!));
  out.nodeWorst[node] = Math.min(out.nodeWorst[node]!, score(g.prefixMin[s]! + back.worst[s]!));
  if (g.ending[s]) {
    out.nodePassing[node]! += countPassing(f, 0, back.safeTail[s]!, pass);
    return;
  }
  const base = out.choiceBase[node]!;
  for (let e = g.edgeStart[s]!; e < g.edgeStart[s + 1]!; e++) {
    const c = base + g.edgeChoice[e]!;
    const t = g.edgeTarget[e]!;
    const q = g.edgePoints[e]!;
    out.choiceVisits[c]! += arrivals * back.count[t]!;
    out.choiceBest[c] = Math.max(out.choiceBest[c]!, score(g.prefixMax[s]! + q + back.best[t]!));
    out.choiceWorst[c] = Math.min(out.choiceWorst[c]!, score(g.prefixMin[s]! + q + back.worst[t]!));
    if (g.edgeCritical[e]) continue;
    const passing = countPassing(f, q, back.safeTail[t]!, pass);
    out.choicePassing[c]! += passing;
    out.nodePassing[node]! += passing;
  }
}
