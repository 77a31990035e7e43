import type { Scenario } from '../types.ts';
import type { Profile } from '../rules/profiles.ts';
import { BASE_SCORE, clampScore, resolveRules, type ActiveRule } from '../rules/run.ts';
import { computeBackward, type Backward } from './backward.ts';
import { exploreStates, movesAt, SILENCE_ID, type StateGraph } from './explore.ts';
import { computeForward } from './forward.ts';
import type { Hist } from './histogram.ts';
import { describeGraph } from './figures.ts';
import type { Analysis, AnalysisStats, ScoredPath } from './types.ts';
import { rebuildWitness, type Goal } from './witness.ts';

export interface AnalyzeOptions {
  /** Use these rules instead of the ones the profile resolves to (tests, what-if tools). */
  rules?: readonly ActiveRule[];
}

/** Grade every path of a scenario at once: counts, distribution, best/worst, per-rule, per-node and per-choice figures. */
export function analyzeScenario(scenario: Scenario, profile?: Profile, options: AnalyzeOptions = {}): Analysis {
  const rules = options.rules ?? resolveRules(scenario, profile);
  const g = exploreStates(scenario, rules);
  const back = computeBackward(g, scenario.passScore);
  const moveIds = g.nodeIds.map((id) => movesAt(scenario, scenario.nodes[id]!));
  const choiceCounts = moveIds.map((ids) => ids.length);
  const fwd = computeForward(g, back, choiceCounts, scenario.passScore);
  const scoreOf = (v: number) => clampScore(BASE_SCORE + v * g.unit);
  const paths = back.paths;
  const passCount = countPassing(back.rootSafe, scoreOf, scenario.passScore);
  const safePaths = histSum(back.rootSafe);
  const witness = (goal: Goal): ScoredPath | null => {
    const w = rebuildWitness(g, back, (n, c) => moveIds[n]![c]!, goal);
    if (!w) return null;
    const score = scoreOf(w.total);
    const choices = w.choices.map((id) => (id === SILENCE_ID ? { silence: true as const } : id));
    return { score, passed: !w.critical && score >= scenario.passScore, outcome: w.outcome, choices };
  };
  const bestAny = witness('best')!;
  const bestSafe = witness('bestSafe');
  const worstAny = witness('worst')!;
  const worstCritical = witness('worstCritical');
  return {
    scenarioId: scenario.id,
    version: scenario.version,
    passScore: scenario.passScore,
    paths,
    outcomes: fwd.outcomes,
    cutOff: fwd.cutOff,
    criticalPaths: paths - safePaths,
    passCount,
    passRate: paths === 0n ? 0 : Number(passCount) / Number(paths),
    distribution: distributionOf(back.rootAll, scoreOf),
    best: bestSafe && bestSafe.score === bestAny.score ? bestSafe : bestAny,
    worst: worstCritical && worstCritical.score === worstAny.score ? worstCritical : worstAny,
    bestPassing: bestSafe && bestSafe.passed ? bestSafe : null,
    rules: rules.map((a, i) => ({ id: a.rule.id, critical: a.critical, violatingPaths: paths - (back.unviolated[i] ?? paths) })),
    ...describeGraph(scenario, g, back, fwd, moveIds),
    stats: statsOf(g, back),
  };
}

function histSum(h: Hist): bigint {
  let t = h.zero + h.top;
  for (const n of h.c) t += n;
  return t;
}

/** Turn a remaining-points histogram of the start state into paths per final score. */
function distributionOf(h: Hist, scoreOf: (v: number) => number): Array<{ score: number; count: bigint }> {
  const byScore = new Map<number, bigint>();
  const add = (score: number, n: bigint) => {
    if (n !== 0n) byScore.set(score, (byScore.get(score) ?? 0n) + n);
  };
  add(0, h.zero);
  h.c.forEach((n, i) => add(scoreOf(h.lo + i), n));
  add(100, h.top);
  return [...byScore].sort((a, b) => a[0] - b[0]).map(([score, count]) => ({ score, count }));
}

function countPassing(safe: Hist, scoreOf: (v: number) => number, passScore: number): bigint {
  return distributionOf(safe, scoreOf).reduce((sum, d) => (d.score >= passScore ? sum + d.count : sum), 0n);
}

function statsOf(g: StateGraph, back: Backward): AnalysisStats {
  const ruleStates = g.rules.map((a, i) => ({ id: a.rule.id, distinct: g.ruleStateCounts[i]! }));
  return {
    states: g.size,
    transitions: g.edgeTarget.length,
    layers: g.layerStart.length - 1,
    ruleStateTuples: g.tupleCount,
    ruleSteps: g.ruleSteps,
    ruleStates,
    histogramWidth: back.maxWidth,
    pointUnit: g.unit,
  };
}
