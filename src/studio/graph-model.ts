import type { Ending } from '../../engine/index.ts';

// The graph is read from the parsed YAML data, not from a loaded Scenario, so it still shows (with the
// broken parts marked) while the file has errors the loader refuses.

export interface GraphNode {
  id: string;
  customer: string;
  ending: Ending | null;
  start: boolean;
  /** A target some reply names that is no node: drawn so the broken link stands out. */
  missing: boolean;
}

export interface GraphEdge {
  /** `node/index` of the reply, plus `/k` for its k-th transition. */
  key: string;
  from: string;
  to: string;
  choiceId: string;
  choiceIndex: number;
  /** The guard as the file writes it (`≥ 80`, `< 40`), or null. */
  guard: string | null;
  broken: boolean;
}

export interface GraphModel {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Changes only when nodes or links change (not texts): the layout is redone only then. */
  shape: string;
}

const ENDING_SET: ReadonlySet<string> = new Set(['resolved', 'escalated', 'abandoned']);

function record(v: unknown): Record<string, unknown> | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

function guardText(when: unknown): string | null {
  const w = record(when);
  if (!w) return null;
  if (typeof w.moodAtLeast === 'number') return `≥ ${w.moodAtLeast}`;
  if (typeof w.moodBelow === 'number') return `< ${w.moodBelow}`;
  return '?';
}

function targetsOf(choice: Record<string, unknown>): Array<{ to: string; guard: string | null }> {
  if (typeof choice.to === 'string') return [{ to: choice.to, guard: null }];
  if (!Array.isArray(choice.next)) return [];
  return choice.next.flatMap((t) => {
    const r = record(t);
    return r && typeof r.to === 'string' ? [{ to: r.to, guard: guardText(r.when) }] : [];
  });
}

/** Read nodes and reply links from parsed scenario data, whatever state the file is in. */
export function buildGraphModel(data: unknown): GraphModel {
  const root = record(data);
  const nodesIn = record(root?.nodes) ?? {};
  const start = typeof root?.start === 'string' ? root.start : '';
  const ids = new Set(Object.keys(nodesIn));
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const missing = new Set<string>();
  for (const id of ids) {
    const n = record(nodesIn[id]) ?? {};
    const end = typeof n.end === 'string' && ENDING_SET.has(n.end) ? (n.end as Ending) : null;
    nodes.push({ id, customer: typeof n.customer === 'string' ? n.customer : '', ending: end, start: id === start, missing: false });
    const choices = Array.isArray(n.choices) ? n.choices : [];
    choices.forEach((c, index) => {
      const choice = record(c);
      if (!choice) return;
      const choiceId = typeof choice.id === 'string' ? choice.id : `#${index + 1}`;
      targetsOf(choice).forEach((t, k) => {
        const broken = !ids.has(t.to);
        if (broken) missing.add(t.to);
        edges.push({ key: `${id}/${index}/${k}`, from: id, to: t.to, choiceId, choiceIndex: index, guard: t.guard, broken });
      });
    });
  }
  for (const id of missing) nodes.push({ id, customer: '', ending: null, start: false, missing: true });
  const shape = `${start}|${nodes.map((n) => n.id).join(',')}|${edges.map((e) => `${e.from}>${e.to}`).join(',')}`;
  return { nodes, edges, shape };
}

/** Keep the node and edge objects of `prev` that did not change, so memoised views skip them. */
export function reuseUnchanged(prev: GraphModel | null, next: GraphModel): GraphModel {
  if (!prev) return next;
  const nodes = new Map(prev.nodes.map((n) => [n.id, n]));
  const edges = new Map(prev.edges.map((e) => [e.key, e]));
  const sameNode = (a: GraphNode, b: GraphNode) => a.customer === b.customer && a.ending === b.ending && a.start === b.start && a.missing === b.missing;
  const sameEdge = (a: GraphEdge, b: GraphEdge) =>
    a.from === b.from && a.to === b.to && a.choiceId === b.choiceId && a.choiceIndex === b.choiceIndex && a.guard === b.guard && a.broken === b.broken;
  let changed = prev.nodes.length !== next.nodes.length || prev.edges.length !== next.edges.length || prev.shape !== next.shape;
  const keep = <T,>(old: T | undefined, fresh: T, same: (a: T, b: T) => boolean): T => {
    if (old && same(old, fresh)) return old;
    changed = true;
    return fresh;
  };
  const model = {
    shape: next.shape,
    nodes: next.nodes.map((n) => keep(nodes.get(n.id), n, sameNode)),
    edges: next.edges.map((e) => keep(edges.get(e.key), e, sameEdge)),
  };
  // Nothing changed (typing inside a reply, say): the same object, so nothing that shows the graph renders.
  return changed ? model : prev;
}
