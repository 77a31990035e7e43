import { describe, expect, it } from 'vitest';
import { buildGraphModel } from '../../src/studio/graph-model.ts';
import { layoutGraph, NODE_H, NODE_W } from '../../src/studio/layout.ts';

function layered(layers: number, width: number): unknown {
  let seed = 7;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const nodes: Record<string, unknown> = {};
  for (let l = 0; l < layers; l++) {
    for (let w = 0; w < width; w++) {
      nodes[`n${l}-${w}`] =
        l === layers - 1
          ? { customer: 'bye', end: 'resolved' }
          : { customer: 'hi', choices: [0, 1, 2].map((k) => ({ id: `c${k}`, reply: 'r', to: `n${l + 1}-${Math.floor(rnd() * width)}` })) };
    }
  }
  return { start: 'n0-0', nodes };
}

describe('graph model', () => {
  it('reads guards, endings and broken links from raw data, whatever else is wrong', () => {
    const m = buildGraphModel({
      start: 'a',
      nodes: { a: { customer: 'x', choices: [{ id: 'g', reply: 'r', next: [{ when: { moodAtLeast: 80 }, to: 'b' }, { to: 'zz' }] }, 'junk'] }, b: { end: 'escalated' } },
    });
    expect(m.nodes.map((n) => [n.id, n.start, n.ending, n.missing])).toEqual([
      ['a', true, null, false],
      ['b', false, 'escalated', false],
      ['zz', false, null, true],
    ]);
    expect(m.edges.map((e) => [e.to, e.guard, e.broken])).toEqual([
      ['b', '≥ 80', false],
      ['zz', null, true],
    ]);
    expect(buildGraphModel('not a scenario').nodes).toEqual([]);
  });

  it('changes its shape only when nodes or links change', () => {
    const a = buildGraphModel({ start: 'a', nodes: { a: { customer: 'x', choices: [{ id: 'g', to: 'a' }] } } });
    const b = buildGraphModel({ start: 'a', nodes: { a: { customer: 'other words', choices: [{ id: 'g', to: 'a' }] } } });
    const c = buildGraphModel({ start: 'a', nodes: { a: { customer: 'x', choices: [] } } });
    expect(a.shape).toBe(b.shape);
    expect(a.shape).not.toBe(c.shape);
  });
});

describe('layout', () => {
  it('puts each node in the column of its distance from the start, without overlaps', () => {
    const lay = layoutGraph(buildGraphModel(layered(6, 12)));
    expect(lay.nodes.get('n0-0')!.rank).toBe(0);
    const byColumn = new Map<number, number[]>();
    for (const p of lay.nodes.values()) byColumn.set(p.x, [...(byColumn.get(p.x) ?? []), p.y]);
    for (const ys of byColumn.values()) {
      ys.sort((a, b) => a - b);
      for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(NODE_H);
    }
    for (const p of lay.nodes.values()) expect(p.x % (NODE_W + 120)).toBe(0);
    expect(lay.edges).toHaveLength(5 * 12 * 3);
  });

  it('is deterministic and draws back links as loops', () => {
    const data = { start: 'a', nodes: { a: { customer: 'x', choices: [{ id: 'g', to: 'b' }] }, b: { customer: 'y', choices: [{ id: 'back', to: 'a' }] } } };
    const one = layoutGraph(buildGraphModel(data));
    expect(layoutGraph(buildGraphModel(data))).toEqual(one);
    expect(one.edges.map((e) => e.back)).toEqual([false, true]);
  });

  it('lays out 1,000 nodes with 3,000 links (the size the studio must stay usable at)', () => {
    const lay = layoutGraph(buildGraphModel(layered(20, 50)));
    expect(lay.nodes.size).toBe(1000);
  });
});
