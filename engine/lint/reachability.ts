import type { Scenario, ScenarioNode } from '../types.ts';
import { clampMood, endingAt, resolveTarget } from '../path/walk.ts';

/** The nodes a node leads to: every authored transition, and its `fallback:` for typed replies. */
function targetsOf(node: ScenarioNode): string[] {
  const out = node.choices.flatMap((c) => c.next.map((t) => t.to));
  if (node.fallback !== undefined) out.push(node.fallback);
  return out;
}

/** Find the nodes reachable from the start when every transition is allowed, whatever the mood (a typed reply's fallback included). */
export function findGraphReachable(scenario: Scenario): Set<string> {
  const seen = new Set([scenario.start]);
  const queue = [scenario.start];
  while (queue.length > 0) {
    for (const to of targetsOf(scenario.nodes[queue.pop()!]!)) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}

/** Find the nodes from which some ending node can be reached in the graph. */
export function findCanEnd(scenario: Scenario): Set<string> {
  const preds = new Map<string, string[]>();
  for (const id of scenario.nodeOrder) {
    for (const to of targetsOf(scenario.nodes[id]!)) {
      const list = preds.get(to);
      if (list) list.push(id);
      else preds.set(to, [id]);
    }
  }
  const ok = new Set(scenario.nodeOrder.filter((id) => scenario.nodes[id]!.end));
  const queue = [...ok];
  while (queue.length > 0) {
    for (const p of preds.get(queue.pop()!) ?? []) {
      if (!ok.has(p)) {
        ok.add(p);
        queue.push(p);
      }
    }
  }
  return ok;
}

/**
 * Find the nodes that some real path reaches, following the mood and the maxTurns limit exactly.
 * Breadth-first by turns, so each (node, mood) is expanded once, at the fewest turns it can be reached
 * in: reaching it again later can only lead to less (fewer turns remain). The work is nodes × 101
 * moods × replies at most, whatever maxTurns is.
 */
export function findPlayReachable(scenario: Scenario): Set<string> {
  const reached = new Set<string>([scenario.start]);
  const seen = new Set<string>();
  let layer: Array<[string, number]> = [[scenario.start, scenario.persona.mood]];
  for (let turns = 0; layer.length > 0; turns++) {
    const next: Array<[string, number]> = [];
    for (const [id, mood] of layer) {
      const key = `${mood}\u0000${id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const node = scenario.nodes[id]!;
      if (endingAt(scenario, node, turns)) continue;
      for (const c of node.choices) {
        const after = clampMood(mood + c.moodDelta);
        const to = resolveTarget(c, after);
        reached.add(to);
        next.push([to, after]);
      }
      // A typed reply's mood change depends on words no file lists; for reachability its fallback is taken
      // with the mood unchanged.
      if (node.fallback !== undefined) {
        reached.add(node.fallback);
        next.push([node.fallback, mood]);
      }
    }
    layer = next;
  }
  return reached;
}
