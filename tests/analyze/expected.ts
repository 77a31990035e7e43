// Tallies the analysis figures from a brute-force list of graded paths, the slow and obvious way.
import type { Scenario } from '../../engine/index.ts';
import { moveKey, type GradedPath } from './brute-force.ts';

export interface Expected {
  paths: bigint;
  outcomes: Record<string, bigint>;
  cutOff: bigint;
  criticalPaths: bigint;
  passCount: bigint;
  distribution: Array<{ score: number; count: bigint }>;
  bestScore: number;
  worstScore: number;
  bestIsSafe: boolean;
  worstIsCritical: boolean;
  bestPassingScore: number | null;
  violating: Record<string, bigint>;
  nodes: Record<string, { visits: bigint; passingVisits: bigint; bestScore: number | null; worstScore: number | null; reachesEnd: boolean }>;
  choices: Record<string, { visits: bigint; passingVisits: bigint; bestScore: number | null; worstScore: number | null }>;
}

const bump = (m: Record<string, bigint>, k: string, by = 1n) => (m[k] = (m[k] ?? 0n) + by);

/** Tally every figure of an Analysis from the graded list of all paths. */
export function expectedFrom(scenario: Scenario, graded: GradedPath[]): Expected {
  const e: Expected = {
    paths: BigInt(graded.length), outcomes: { resolved: 0n, escalated: 0n, abandoned: 0n }, cutOff: 0n, criticalPaths: 0n, passCount: 0n,
    distribution: [], bestScore: -1, worstScore: 101, bestIsSafe: false, worstIsCritical: false, bestPassingScore: null, violating: {}, nodes: {}, choices: {},
  };
  const dist: Record<string, bigint> = {};
  for (const id of scenario.nodeOrder) {
    e.nodes[id] = { visits: 0n, passingVisits: 0n, bestScore: null, worstScore: null, reachesEnd: false };
    const node = scenario.nodes[id]!;
    const ids = [...node.choices.map((c) => c.id), ...(scenario.deadAir && !node.end ? ['@silence'] : [])];
    for (const c of ids) e.choices[`${id}/${c}`] = { visits: 0n, passingVisits: 0n, bestScore: null, worstScore: null };
  }
  for (const r of graded[0]?.card.summary ?? []) e.violating[r.rule] = 0n;
  for (const { card, nodes, choices } of graded) {
    const critical = card.criticalFailures.length > 0;
    bump(e.outcomes, card.outcome);
    if (!scenario.nodes[card.finalNode]!.end) e.cutOff++;
    if (critical) e.criticalPaths++;
    if (card.passed) e.passCount++;
    bump(dist, String(card.score));
    for (const r of card.summary) if (r.violations > 0) bump(e.violating, r.rule);
    const fig = (f: { visits: bigint; passingVisits: bigint; bestScore: number | null; worstScore: number | null }) => {
      f.visits++;
      if (card.passed) f.passingVisits++;
      f.bestScore = Math.max(f.bestScore ?? -1, card.score);
      f.worstScore = Math.min(f.worstScore ?? 101, card.score);
    };
    const endsOnEnding = !!scenario.nodes[card.finalNode]!.end;
    nodes.forEach((n, i) => {
      fig(e.nodes[n]!);
      if (endsOnEnding) e.nodes[n]!.reachesEnd = true;
      if (i < choices.length) fig(e.choices[`${n}/${moveKey(choices[i]!)}`]!);
    });
  }
  e.distribution = Object.entries(dist).map(([s, count]) => ({ score: Number(s), count })).sort((a, b) => a.score - b.score);
  const scores = graded.map((g) => g.card.score);
  e.bestScore = Math.max(...scores);
  e.worstScore = Math.min(...scores);
  e.bestIsSafe = graded.some((g) => g.card.score === e.bestScore && g.card.criticalFailures.length === 0);
  e.worstIsCritical = graded.some((g) => g.card.score === e.worstScore && g.card.criticalFailures.length > 0);
  const passing = graded.filter((g) => g.card.passed).map((g) => g.card.score);
  e.bestPassingScore = passing.length ? Math.max(...passing) : null;
  return e;
}
