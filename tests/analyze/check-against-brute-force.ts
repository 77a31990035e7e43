// Checks every figure of an analysis against brute-force enumeration + a grader (gradePath's by default).
import { expect } from 'vitest';
import type { Scenario } from '../../engine/index.ts';
import type { Analysis } from '../../engine/index.ts';
import { gradeAll, graderFor, type GradeFn } from './brute-force.ts';
import { expectedFrom } from './expected.ts';

/** Check every figure of an analysis against brute-force enumeration + gradePath. */
export function checkAgainstBruteForce(scenario: Scenario, a: Analysis, grade: GradeFn = graderFor(scenario)): void {
  const graded = gradeAll(scenario, grade);
  const e = expectedFrom(scenario, graded);
  expect(a.paths).toBe(e.paths);
  expect(a.outcomes).toEqual(e.outcomes);
  expect(a.cutOff).toBe(e.cutOff);
  expect(a.criticalPaths).toBe(e.criticalPaths);
  expect(a.passCount).toBe(e.passCount);
  expect(a.distribution).toEqual(e.distribution);
  expect(Object.fromEntries(a.rules.map((r) => [r.id, r.violatingPaths]))).toEqual(e.violating);
  const regrade = grade;
  const best = regrade(a.best.choices);
  expect([a.best.score, best.score]).toEqual([e.bestScore, e.bestScore]);
  expect(best.criticalFailures.length === 0).toBe(e.bestIsSafe);
  expect([a.best.passed, a.best.outcome]).toEqual([best.passed, best.outcome]);
  const worst = regrade(a.worst.choices);
  expect([a.worst.score, worst.score]).toEqual([e.worstScore, e.worstScore]);
  expect(worst.criticalFailures.length > 0).toBe(e.worstIsCritical);
  expect(a.bestPassing?.score ?? null).toBe(e.bestPassingScore);
  if (a.bestPassing) expect(regrade(a.bestPassing.choices)).toMatchObject({ passed: true, score: a.bestPassing.score });
  for (const n of a.nodes) {
    const x = e.nodes[n.id]!;
    expect({ id: n.id, visits: n.visits, passing: n.passingVisits, best: n.bestScore, worst: n.worstScore }).toEqual({
      id: n.id, visits: x.visits, passing: x.passingVisits, best: x.bestScore, worst: x.worstScore,
    });
    expect(n.reachable).toBe(x.visits > 0n);
    expect(n.deadEnd).toBe(x.visits > 0n && !scenario.nodes[n.id]!.end && !x.reachesEnd);
  }
  for (const c of a.choices) {
    const x = e.choices[`${c.nodeId}/${c.choiceId}`]!;
    expect({ id: `${c.nodeId}/${c.choiceId}`, visits: c.visits, passing: c.passingVisits, best: c.bestScore, worst: c.worstScore }).toEqual({
      id: `${c.nodeId}/${c.choiceId}`, visits: x.visits, passing: x.passingVisits, best: x.bestScore, worst: x.worstScore,
    });
  }
  expect(a.unreachableNodes).toEqual(scenario.nodeOrder.filter((id) => e.nodes[id]!.visits === 0n));
  const dead = a.choices.filter((c) => e.nodes[c.nodeId]!.visits > 0n && e.choices[`${c.nodeId}/${c.choiceId}`]!.passingVisits === 0n);
  expect(a.choicesOnNoPassingPath).toEqual(dead.map(({ nodeId, choiceId }) => ({ nodeId, choiceId })));
  // A trap: some other move at the node (a reply, or dead air where the scenario opts in) still leads to a pass.
  const siblings = (nodeId: string) => [...scenario.nodes[nodeId]!.choices.map((o) => o.id), ...(scenario.deadAir ? ['@silence'] : [])];
  const fatal = dead.filter((c) => siblings(c.nodeId).some((o) => (e.choices[`${c.nodeId}/${o}`]?.passingVisits ?? 0n) > 0n));
  expect(a.choicesAfterWhichAllFail).toEqual(fatal.map(({ nodeId, choiceId }) => ({ nodeId, choiceId })));
}
