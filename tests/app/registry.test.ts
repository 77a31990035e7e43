import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BundledModuleEntry } from '../../src/state/bundled-types.ts';
import { hashText } from '../../src/state/hash-text.ts';
import { createRegistry } from '../../src/state/registry.ts';
import { openIdbPersistence } from '../../src/storage/idb-persistence.ts';
import { createProgressStore, type ProgressStore } from '../../src/storage/progress-store.ts';
import { SMALL_YAML, load } from './fixtures.ts';

const small = load(SMALL_YAML);
const bundled: BundledModuleEntry[] = [
  {
    ok: true, key: 'app-small', file: 'a.yaml', hash: hashText(SMALL_YAML),
    summary: { id: small.id, version: small.version, locale: small.locale, title: small.title, difficulty: small.difficulty, persona: small.persona },
    load: async () => small, loadSource: async () => SMALL_YAML,
  },
  { ok: false, file: 'b.yaml', problems: [{ code: 'read-failed', severity: 'error', params: { detail: 'bad' }, file: 'b.yaml', line: 3, column: 4 }] },
];
const bytes = (s: string) => new TextEncoder().encode(s);
const keys = (r: ReturnType<typeof createRegistry>) => r.state.get().items.map((i) => i.key);

const stores: ProgressStore[] = [];
async function freshStore(open = openIdbPersistence): Promise<ProgressStore> {
  const s = createProgressStore({ open, onError: (e) => { throw e; } });
  stores.push(s);
  await s.load();
  return s;
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

describe('scenario registry', () => {
  it('lists bundled scenarios, reports broken bundled files, and loads a scenario by key', async () => {
    const r = createRegistry(bundled, await freshStore());
    expect(r.state.get().items.map((i) => [i.key, i.source])).toEqual([['app-small', 'bundled']]);
    expect(r.state.get().broken).toEqual([{ file: 'b.yaml', problems: bundled[1]!.ok ? [] : bundled[1]!.problems }]);
    expect(await r.get('app-small')).toBe(small);
    expect(await r.get('nope')).toBeNull();
    expect(await r.get('constructor')).toBeNull();
    expect(r.pinOf('app-small')).toEqual({ scenarioId: 'app-small', version: 2, hash: hashText(SMALL_YAML) });
    expect(await r.sourceOf('app-small')).toEqual({ file: 'a.yaml', text: SMALL_YAML });
  });

  it('returns the located problems of a broken opened file and stores nothing', async () => {
    const store = await freshStore();
    const r = createRegistry(bundled, store);
    const res = await r.open(bytes(SMALL_YAML.replace('to: happy', 'to: hapy')), 'mine.yaml');
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.problems[0]).toMatchObject({ file: 'mine.yaml', severity: 'error' });
      expect(res.problems[0]!.line).toBeGreaterThan(1);
    }
    expect(store.get().uploads.size).toBe(0);
  });

  it('plays an opened file under its own key, announces its card, and finds it again after a reload', async () => {
    const store = await freshStore();
    const r = createRegistry(bundled, store);
    const seen: string[][] = [];
    r.state.subscribe(() => seen.push(keys(r)));
    const res = await r.open(bytes(SMALL_YAML), 'mine.yaml');
    expect(res).toEqual({ ok: true, key: 'upload:app-small' });
    await vi.waitFor(() => expect(keys(r)).toEqual(['app-small', 'upload:app-small']));
    expect(seen.at(-1)).toEqual(['app-small', 'upload:app-small']);
    expect((await r.get('upload:app-small'))?.title).toBe('Small test call');
    expect(r.pinOf('upload:app-small')).toEqual({ scenarioId: 'app-small', version: 2, hash: hashText(SMALL_YAML) });
    await store.flush();

    // After a reload the opened file is read again from storage; its card appears once that is done.
    const reloadedStore = createProgressStore({ open: openIdbPersistence, onError: () => {} });
    stores.push(reloadedStore);
    const reloaded = createRegistry(bundled, reloadedStore, () => reloadedStore.load());
    expect(keys(reloaded)).toEqual(['app-small']);
    await reloadedStore.load();
    await vi.waitFor(() => expect(keys(reloaded)).toEqual(['app-small', 'upload:app-small']));

    await reloaded.remove('upload:app-small');
    await vi.waitFor(() => expect(keys(reloaded)).toEqual(['app-small']));
    expect((await freshStore()).get().uploads.size).toBe(0);
  });

  it('waits for the store before looking up an opened file', async () => {
    const first = await freshStore();
    await createRegistry(bundled, first).open(bytes(SMALL_YAML), 'mine.yaml');
    await first.flush();
    const later = createProgressStore({ open: openIdbPersistence, onError: () => {} });
    stores.push(later);
    const r = createRegistry(bundled, later, () => later.load());
    expect((await r.get('upload:app-small'))?.id).toBe('app-small');
  });

  it('still plays an opened file when storage is unusable', async () => {
    const store = createProgressStore({ open: () => Promise.reject(new Error('IndexedDB is not available')), onError: () => {} });
    await store.load();
    const r = createRegistry(bundled, store);
    expect((await r.open(bytes(SMALL_YAML), 'mine.yaml')).ok).toBe(true);
    expect((await r.get('upload:app-small'))?.id).toBe('app-small');
  });
});
