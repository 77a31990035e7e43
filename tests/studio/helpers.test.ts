import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../engine/index.ts';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createRegistry } from '../../src/state/registry.ts';
import { openIdbPersistence } from '../../src/storage/idb-persistence.ts';
import { createProgressStore } from '../../src/storage/progress-store.ts';
import { buildGraphModel, reuseUnchanged } from '../../src/studio/graph-model.ts';
import { centreOn, fitView, MAX_ZOOM, zoomAt } from '../../src/studio/pan-zoom.ts';
import { parsePracticeKey, practiceKey, startingAt } from '../../src/studio/practice.ts';
import { cursorContext, suggest, type SchemaNode } from '../../src/studio/schema-complete.ts';
import { BASE_YAML } from '../load/base-yaml.ts';

const schema = JSON.parse(readFileSync('scenarios/scenario.schema.json', 'utf8')) as SchemaNode;
const at = (text: string) => cursorContext(text, text.length)!;

describe('schema completion in the YAML view', () => {
  it('offers the keys allowed where the cursor stands, also inside list items', () => {
    expect(suggest(schema, at('id: x\nper'), []).map((s) => s.label)).toContain('persona');
    expect(suggest(schema, at('persona:\n  name: x\n  te'), []).map((s) => s.label)).toEqual(expect.arrayContaining(['name', 'temperament', 'mood']));
    expect(suggest(schema, at('nodes:\n  a:\n    choices:\n      - id: x\n        '), []).map((s) => s.label)).toEqual(['id', 'reply', 'mood', 'to', 'next', 'note', 'tags']);
  });

  it('offers enum values, booleans, and node ids for start and to', () => {
    expect(suggest(schema, at('nodes:\n  a:\n    end: '), []).map((s) => s.label)).toEqual(['resolved', 'escalated', 'abandoned']);
    expect(suggest(schema, at('solvableInCall: '), []).map((s) => s.label)).toEqual(['true', 'false']);
    expect(suggest(schema, at('nodes:\n  a:\n    choices:\n      - to: o'), ['opening', 'done']).map((s) => s.label)).toEqual(['opening', 'done']);
    expect(at('start: op').prefix).toBe('op');
  });

  it('offers nothing in free text or where the schema has nothing', () => {
    expect(cursorContext('title: "a b', 11)).toBeNull();
    expect(suggest(schema, at('nodes:\n  a:\n    customer: '), [])).toEqual([]);
  });
});

describe('pan and zoom', () => {
  it('zooms about a point, keeping it still, within the zoom limits', () => {
    const v = zoomAt({ x: 0, y: 0, k: 1 }, 2, 100, 50);
    expect(v).toEqual({ k: 2, x: -100, y: -50 });
    expect(zoomAt({ x: 0, y: 0, k: MAX_ZOOM }, 2, 0, 0).k).toBe(MAX_ZOOM);
  });

  it('fits an area in the viewport without enlarging it, and centres a point', () => {
    expect(fitView(100, 100, 1000, 1000).k).toBe(1);
    const big = fitView(4000, 1000, 1000, 500);
    expect(big.k).toBeCloseTo((1000 - 48) / 4000);
    expect(centreOn({ x: 0, y: 0, k: 2 }, 10, 10, 100, 100)).toEqual({ k: 2, x: 30, y: 30 });
  });
});

describe('play from here', () => {
  it('writes and reads practice keys, refusing malformed ones', () => {
    expect(parsePracticeKey(practiceKey('abc-123', 'opening', 42.4))).toEqual({ draftId: 'abc-123', nodeId: 'opening', mood: 42 });
    expect(parsePracticeKey('studio:abc:opening:101')).toBeNull();
    expect(parsePracticeKey('studio:abc:bad id:10')).toBeNull();
    expect(parsePracticeKey('upload:abc')).toBeNull();
  });

  it('starts the scenario at the node and mood, and only at a node it has', () => {
    const r = loadScenario(BASE_YAML, 'x.yaml');
    if (!r.ok) throw new Error('fixture');
    const s = startingAt(r.value, 'opening', 12)!;
    expect([s.start, s.persona.mood]).toEqual(['opening', 12]);
    expect(startingAt(r.value, 'toString', 12)).toBeNull();
  });

  it('is served by the registry through a source for its key prefix, read fresh each time', async () => {
    const r = loadScenario(BASE_YAML, 'x.yaml');
    if (!r.ok) throw new Error('fixture');
    let reads = 0;
    globalThis.indexedDB = new IDBFactory();
    const store = createProgressStore({ open: openIdbPersistence, onError: (e) => { throw e; } });
    await store.load();
    const registry = createRegistry([], store, async () => {}, [{ prefix: 'studio:', get: async () => (reads++, r.value) }]);
    expect(await registry.get('studio:a:opening:10')).toBe(r.value);
    await registry.get('studio:a:opening:10');
    expect(reads).toBe(2);
    expect(await registry.get('other')).toBeNull();
    store.close();
  });
});

describe('graph model reuse', () => {
  it('keeps the objects of unchanged nodes and edges so memoised views skip them', () => {
    const data = { start: 'a', nodes: { a: { customer: 'x', choices: [{ id: 'g', to: 'b' }] }, b: { customer: 'y', end: 'resolved' } } };
    const one = buildGraphModel(data);
    const two = reuseUnchanged(one, buildGraphModel({ ...data, nodes: { ...data.nodes, b: { customer: 'changed', end: 'resolved' } } }));
    expect(two.nodes[0]).toBe(one.nodes[0]);
    expect(two.nodes[1]).not.toBe(one.nodes[1]);
    expect(two.edges[0]).toBe(one.edges[0]);
  });
});
