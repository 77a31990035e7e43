import type { Scenario } from '../types.ts';
import type { LintFinding } from './types.ts';
import { findCanEnd, findGraphReachable, findPlayReachable } from './reachability.ts';
import { lintChoiceFeatures } from './lint-features.ts';
import { lintOffPathReferences } from './off-path-references.ts';
import { lintSameReadings } from './lint-same-reading.ts';
import { lintAuthoredMoods } from './lint-mood.ts';

/** Find the authoring mistakes that do not stop a scenario loading: unreachable nodes, dead ends, endings no call reaches, misread replies, moods far from the mood model. */
export function lintScenario(scenario: Scenario): LintFinding[] {
  const out: LintFinding[] = [];
  const graph = findGraphReachable(scenario);
  const play = findPlayReachable(scenario);
  const canEnd = findCanEnd(scenario);
  for (const id of scenario.nodeOrder) {
    const node = scenario.nodes[id]!;
    const path = ['nodes', id];
    if (!graph.has(id)) {
      out.push({ code: 'unreachable-node', params: { node: id, start: scenario.start }, path });
    } else if (!play.has(id)) {
      const { maxTurns } = scenario;
      if (node.end) out.push({ code: 'ending-unreachable', params: { node: id, end: node.end, maxTurns }, path });
      else out.push({ code: 'node-unreachable-in-play', params: { node: id, maxTurns }, path });
    }
    if (!node.end && graph.has(id) && !canEnd.has(id)) {
      out.push({ code: 'no-ending-reachable', params: { node: id }, path });
    }
  }
  out.push(...lintChoiceFeatures(scenario));
  out.push(...lintOffPathReferences(scenario));
  out.push(...lintSameReadings(scenario));
  out.push(...lintAuthoredMoods(scenario));
  return out;
}
