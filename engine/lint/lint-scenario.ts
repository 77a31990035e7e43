import type { Scenario } from '../types.ts';
import type { LintFinding } from './types.ts';
import { findCanEnd, findGraphReachable, findPlayReachable } from './reachability.ts';
import { lintChoiceFeatures } from './lint-features.ts';

/** Find the authoring mistakes that do not stop a scenario loading: unreachable nodes, dead ends, endings no call reaches, misread replies. */
export function lintScenario(scenario: Scenario): LintFinding[] {
  const out: LintFinding[] = [];
  const graph = findGraphReachable(scenario);
  const play = findPlayReachable(scenario);
  const canEnd = findCanEnd(scenario);
  for (const id of scenario.nodeOrder) {
    const node = scenario.nodes[id]!;
    const path = ['nodes', id];
    if (!graph.has(id)) {
      out.push({ code: 'unreachable-node', message: `node "${id}" is never reached: no reply leads to it from the start node "${scenario.start}"`, path });
    } else if (!play.has(id)) {
      const what = node.end ? `ending "${id}" (${node.end})` : `node "${id}"`;
      out.push({
        code: node.end ? 'ending-unreachable' : 'node-unreachable-in-play',
        message: `${what} is reached by no path within maxTurns (${scenario.maxTurns}) given the mood changes and guards`,
        path,
      });
    }
    if (!node.end && graph.has(id) && !canEnd.has(id)) {
      out.push({ code: 'no-ending-reachable', message: `from node "${id}" no ending node can be reached: the call can only run out of turns`, path });
    }
  }
  out.push(...lintChoiceFeatures(scenario));
  return out;
}
