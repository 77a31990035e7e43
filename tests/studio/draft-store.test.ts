import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newDraftId, openDraftStore, type Draft } from '../../src/studio/draft-store.ts';

const draft = (id: string, updatedAt: number): Draft => ({ id, name: id, text: `id: ${id}\n`, updatedAt, fileName: null, handle: null });

describe('studio drafts in IndexedDB', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });
  afterEach(() => {
    delete (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  });

  it('saves, lists newest first, reads back after reopening, and removes', async () => {
    const store = await openDraftStore();
    await store.put(draft('a', 1));
    await store.put(draft('b', 3));
    await store.put({ ...draft('a', 5), text: 'id: a2\n' });
    const again = await openDraftStore();
    expect((await again.list()).map((d) => d.id)).toEqual(['a', 'b']);
    expect((await again.get('a'))!.text).toBe('id: a2\n');
    await again.remove('a');
    expect(await again.get('a')).toBeNull();
  });

  it('fails with a reason when the browser has no IndexedDB', async () => {
    delete (globalThis as { indexedDB?: IDBFactory }).indexedDB;
    await expect(openDraftStore()).rejects.toThrow(/IndexedDB/);
  });

  it('makes distinct ids from injected time and randomness', () => {
    expect(newDraftId(1000, 0.5)).toBe(newDraftId(1000, 0.5));
    expect(newDraftId(1000, 0.5)).not.toBe(newDraftId(1000, 0.25));
  });
});
