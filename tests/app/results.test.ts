import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatPathError, gradePath, loadScenario } from '../../engine/index.ts';
import type { BundledModuleEntry } from '../../src/state/bundled-types.ts';
import { hashText } from '../../src/state/hash-text.ts';
import { createRegistry } from '../../src/state/registry.ts';
import { createResults, statsFor, type RegradeEngine } from '../../src/state/results.ts';
import { openIdbPersistence } from '../../src/storage/idb-persistence.ts';
import { createProgressStore, type ProgressStore } from '../../src/storage/progress-store.ts';
import { pinKey } from '../../src/storage/records.ts';
import { SMALL_YAML, load } from './fixtures.ts';

// The library now has version 3 of the small scenario, in which "sorry" calms the customer less.
const V2 = SMALL_YAML;
const V3 = SMALL_YAML.replace('version: 2', 'version: 3').replace('mood: -30', 'mood: -5');
const engine: RegradeEngine = { gradePath, loadScenario: async (text, file) => loadScenario(text, file) };
const scoreOf = (yaml: string, path: string[]) => {
  const g = gradePath(load(yaml), path);
  if (!g.ok) throw new Error(formatPathError(g.error, 'en'));
  return g.scorecard.score;
};

function entry(yaml: string): BundledModuleEntry {
  const s = load(yaml);
  const summary = { id: s.id, version: s.version, locale: s.locale, title: s.title, difficulty: s.difficulty, persona: s.persona };
  return { ok: true, key: s.id, file: 'small.yaml', hash: hashText(yaml), summary, load: async () => s, loadSource: async () => yaml };
}

let store: ProgressStore;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  store = createProgressStore({ open: openIdbPersistence, onError: (e) => { throw e; } });
  await store.load();
});
afterEach(() => store.close());

function setup(bundledYaml = V3) {
  const registry = createRegistry([entry(bundledYaml)], store);
  return { registry, results: createResults(store, registry, async () => engine) };
}
const base = { key: 'app-small', scenarioId: 'app-small', deadAir: [], finishedAt: 1 };

describe('stored attempts are graded again, never trusted', () => {
  it('shows the score the transcript earns, whatever score the record carries', async () => {
    const db = await openIdbPersistence();
    // A record as an old version (or a tamperer) wrote it: score 100 for a path that fails.
    await db.put('attempts', { ...base, id: 7, version: 3, transcript: ['but'], score: 100, passed: true, outcome: 'resolved' });
    db.close();
    const tampered = createProgressStore({ open: openIdbPersistence, onError: () => {} });
    await tampered.load();
    const registry = createRegistry([entry(V3)], tampered);
    const results = createResults(tampered, registry, async () => engine);
    await vi.waitFor(() => expect(results.get().byId.get('7')?.kind).toBe('graded'));
    const r = results.get().byId.get('7')!;
    const expected = scoreOf(V3, ['but']);
    expect(expected).toBeLessThan(100);
    expect(r.kind === 'graded' && r.card.score).toBe(expected);
    expect(r.kind === 'graded' && r.sameText).toBe(true);
    expect(statsFor(results.get(), [...tampered.get().attempts.values()])).toEqual({ best: expected, count: 1, failed: 0 });
    tampered.close();
  });

  it('grades an attempt against the version it was played on, from its pinned source', async () => {
    const { results } = setup(V3);
    const pin = { scenarioId: 'app-small', version: 2, hash: hashText(V2) };
    await store.saveSource({ pin: pinKey(pin), file: 'small.yaml', text: V2 });
    const a = store.addAttempt({ ...base, ...pin, transcript: ['sorry', 'fix'] });
    await vi.waitFor(() => expect(results.get().byId.get(a.id)?.kind).toBe('graded'));
    const r = results.get().byId.get(a.id)!;
    if (r.kind !== 'graded') throw new Error('not graded');
    expect(r.card.score).toBe(scoreOf(V2, ['sorry', 'fix']));
    expect(r.scenario.version).toBe(2);
    expect(r).toMatchObject({ sameText: false, current: { version: 3 } });
    expect(results.get().pending).toBe(0);
  });

  it('says why an attempt cannot be graded, and grades the others', async () => {
    const { results } = setup(V3);
    const lost = store.addAttempt({ ...base, version: 1, hash: 'gone', transcript: ['sorry'] });
    const invalid = store.addAttempt({ ...base, version: 3, hash: hashText(V3), transcript: ['sorry', 'no-such-reply'] });
    const orphan = store.addAttempt({ ...base, key: 'upload:other', scenarioId: 'other', version: 1, hash: null, transcript: ['x'] });
    const fine = store.addAttempt({ ...base, version: 3, hash: hashText(V3), transcript: ['sorry', 'fix'] });
    await vi.waitFor(() => expect(results.get().byId.size).toBe(4));
    const problem = (id: string) => {
      const r = results.get().byId.get(id);
      return r?.kind === 'failed' ? r.problem : r?.kind;
    };
    expect(problem(lost.id)).toEqual({ code: 'version-missing', version: 1 });
    expect(problem(invalid.id)).toEqual({ code: 'path-invalid', version: 3 });
    expect(problem(orphan.id)).toEqual({ code: 'scenario-missing' });
    expect(problem(fine.id)).toBe('graded');
    expect(statsFor(results.get(), [lost, invalid, fine])).toEqual({ best: scoreOf(V3, ['sorry', 'fix']), count: 3, failed: 2 });
  });

  it('grades an old attempt without a hash against the same version number, and drops deleted attempts', async () => {
    const { results } = setup(V3);
    const old = store.addAttempt({ ...base, version: 3, hash: null, transcript: ['sorry', 'fix'] });
    await vi.waitFor(() => expect(results.get().byId.get(old.id)?.kind).toBe('graded'));
    await store.deleteAttempt(old.id);
    expect(results.get().byId.has(old.id)).toBe(false);
  });

  it('tries an attempt again when its opened file appears in the library', async () => {
    const { registry, results } = setup(V3);
    const other = V2.replace('id: app-small', 'id: other');
    const a = store.addAttempt({ ...base, key: 'upload:other', scenarioId: 'other', version: 2, hash: hashText(other), transcript: ['sorry', 'fix'] });
    await vi.waitFor(() => expect(results.get().byId.get(a.id)?.kind).toBe('failed'));
    await registry.open(new TextEncoder().encode(other), 'other.yaml');
    await vi.waitFor(() => expect(results.get().byId.get(a.id)?.kind).toBe('graded'));
  });
});
