import type { Scenario } from '../types.ts';
import { clampMood, endingAt, resolveTarget } from '../path/walk.ts';

/** Find the nodes reachable from the start when every transition is allowed, whatever the mood. */
export function findGraphReachable(scenario: Scenario): Set<string> {
  const seen = new Set([scenario.start]);
  const queue = [scenario.start];
  while (queue.length > 0) {
    const node = scenario.nodes[queue.pop()!]!;
    for (const c of node.choices) {
      for (const t of c.next) {
        if (!seen.has(t.to)) {
          seen.add(t.to);
          queue.push(t.to);
        }
      }
    }
  }
  return seen;
}

/** Find the nodes from which some ending node can be reached in the graph. */
export function findCanEnd(scenario: Scenario): Set<string> {
  const preds = new Map<string, string[]>();
  for (const node of Object.values(scenario.nodes)) {
    for (const c of node.choices) for (const t of c.next) preds.set(t.to, [...(preds.get(t.to) ?? []), node.id]);
  }
  const ok = new Set(Object.values(scenario.nodes).filter((n) => n.end).map((n) => n.id));
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

/** Find the nodes that some real path reaches, following the mood and the maxTurns limit exactly. */
export function findPlayReachable(scenario: Scenario): Set<string> {
  const reached = new Set<string>([scenario.start]);
  // (node, mood, turns) is the whole state of a call, so each is visited once.
  const seen = new Set<string>();
  const stack: Array<[string, number, number]> = [[scenario.start, scenario.persona.mood, 0]];
  while (stack.length > 0) {
    const [id, mood, turns] = stack.pop()!;
    const key = `${id}\u0000${mood}\u0000${turns}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const node = scenario.nodes[id]!;
    if (endingAt(scenario, node, turns)) continue;
    for (const c of node.choices) {
      const after = clampMood(mood + c.moodDelta);
      const to = resolveTarget(c, after);
      reached.add(to);
      stack.push([to, after, turns + 1]);
    }
  }
  return reached;
}
