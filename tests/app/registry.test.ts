import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BundledModuleEntry } from '../../src/library/bundled-types.ts';
import { createRegistry, warmUploads } from '../../src/library/registry.ts';
import { openIdbPersistence } from '../../src/storage/idb-persistence.ts';
import { createProgressStore, type ProgressStore } from '../../src/storage/progress-store.ts';
import { SMALL_YAML, load } from './fixtures.ts';

const small = load(SMALL_YAML);
const bundled: BundledModuleEntry[] = [
  { ok: true, key: 'app-small', file: 'a.yaml', summary: { id: small.id, version: small.version, locale: small.locale, title: small.title, difficulty: small.difficulty, persona: small.persona }, load: async () => small },
  { ok: false, file: 'b.yaml', problems: [{ code: 'x', severity: 'error', message: 'bad', file: 'b.yaml', line: 3, column: 4 }] },
];
const bytes = (s: string) => new TextEncoder().encode(s);

async function freshStore(): Promise<ProgressStore> {
  return createProgressStore(openIdbPersistence, (e) => {
    throw e;
  });
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('scenario registry', () => {
  it('lists bundled scenarios, reports broken bundled files, and loads a scenario by key', async () => {
    const store = await freshStore();
    const r = createRegistry(bundled, () => store);
    expect(r.items().map((i) => [i.key, i.source])).toEqual([['app-small', 'bundled']]);
    expect(r.broken()).toEqual([{ file: 'b.yaml', problems: bundled[1]!.ok ? [] : bundled[1]!.problems }]);
    expect(await r.get('app-small')).toBe(small);
    expect(await r.get('nope')).toBeNull();
  });

  it('returns the located problems of a broken opened file and stores nothing', async () => {
    const store = await freshStore();
    const r = createRegistry(bundled, () => store);
    const res = await r.open(bytes(SMALL_YAML.replace('to: happy', 'to: hapy')), 'mine.yaml');
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.problems[0]).toMatchObject({ file: 'mine.yaml', severity: 'error' });
      expect(res.problems[0]!.message).toMatch(/happy/);
      expect(res.problems[0]!.line).toBeGreaterThan(1);
    }
    expect(store.listUploads()).toEqual([]);
  });

  it('plays an opened file under its own key and finds it again after a reload', async () => {
    const store = await freshStore();
    const r = createRegistry(bundled, () => store);
    const res = await r.open(bytes(SMALL_YAML), 'mine.yaml');
    expect(res).toEqual({ ok: true, key: 'upload:app-small' });
    expect(r.items().map((i) => i.key)).toEqual(['app-small', 'upload:app-small']);
    expect((await r.get('upload:app-small'))?.title).toBe('Small test call');

    const reloadedStore = await freshStore();
    const reloaded = createRegistry(bundled, () => reloadedStore);
    expect(reloaded.items().map((i) => i.key)).toEqual(['app-small']);
    await warmUploads(reloaded, reloadedStore);
    expect(reloaded.items().map((i) => i.key)).toEqual(['app-small', 'upload:app-small']);

    await reloaded.remove('upload:app-small');
    expect(reloaded.items().map((i) => i.key)).toEqual(['app-small']);
    expect((await freshStore()).listUploads()).toEqual([]);
  });

  it('waits for the store before looking up an opened file', async () => {
    const store = await freshStore();
    await createRegistry(bundled, () => store).open(bytes(SMALL_YAML), 'mine.yaml');
    let ready: ProgressStore | null = null;
    const r = createRegistry(bundled, () => ready, async () => {
      ready = await freshStore();
    });
    expect((await r.get('upload:app-small'))?.id).toBe('app-small');
  });

  it('still plays an opened file when there is no store', async () => {
    const r = createRegistry(bundled, () => null);
    expect((await r.open(bytes(SMALL_YAML), 'mine.yaml')).ok).toBe(true);
    expect((await r.get('upload:app-small'))?.id).toBe('app-small');
  });
});
