import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCrossTab } from '../../src/storage/cross-tab.ts';
import { DB_NAME, openIdbPersistence } from '../../src/storage/idb-persistence.ts';
import { createProgressStore, type ProgressStore, type ProgressStoreDeps } from '../../src/storage/progress-store.ts';
import type { CallRecord, Persistence } from '../../src/storage/records.ts';
import { describeStorageError, StorageTimeoutError } from '../../src/storage/storage-error.ts';

const call = (id: string, key: string, transcript: string[], updatedAt = 1): CallRecord => ({ id, key, scenarioId: key, version: 1, transcript, deadAir: [0], updatedAt });
const attempt = (key: string, finishedAt: number) => ({ key, scenarioId: key, version: 1, hash: 'h', transcript: ['a'], deadAir: [], finishedAt });

const opened: ProgressStore[] = [];
/** A store as one tab of the app makes it: IndexedDB, a BroadcastChannel to the other tabs. */
async function tab(deps: Partial<ProgressStoreDeps> = {}): Promise<{ store: ProgressStore; errors: unknown[] }> {
  const errors: unknown[] = [];
  const store = createProgressStore({ open: openIdbPersistence, onError: (e) => errors.push(e), crossTab: openCrossTab('hardcall-test'), ...deps });
  opened.push(store);
  await store.load();
  return { store, errors };
}

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

describe('progress store over IndexedDB', () => {
  it('keeps calls, attempts, opened files and pinned sources across a reopen (a page reload)', async () => {
    const { store: a, errors } = await tab();
    await a.saveCall(call('c1', 'x', ['one']));
    await a.saveCall({ ...call('c1', 'x', ['one', 'two']), transcript: ['one', { silence: true }, 'two'] });
    const added = a.addAttempt(attempt('x', 10));
    await a.saveUpload({ key: 'upload:y', file: 'y.yaml', text: 'id: y', addedAt: 5 });
    await a.saveSource({ pin: 'x@1#h', file: 'x.yaml', text: 'id: x' });
    await a.flush();

    const { store: b } = await tab();
    expect(b.get().calls.get('c1')?.transcript).toEqual(['one', { silence: true }, 'two']);
    expect([...b.get().attempts.values()]).toEqual([{ ...attempt('x', 10), id: added.id, storedId: added.id }]);
    expect([...b.get().uploads.keys()]).toEqual(['upload:y']);
    expect(b.get().pins.has('x@1#h')).toBe(true);
    expect(await b.getSource('x@1#h')).toEqual({ pin: 'x@1#h', file: 'x.yaml', text: 'id: x' });
    expect(await b.getSource('x@2#h')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('notifies subscribers of every change with a new snapshot', async () => {
    const { store } = await tab();
    const seen: unknown[] = [];
    store.subscribe(() => seen.push(store.get()));
    store.saveCall(call('c1', 'x', []));
    store.addAttempt(attempt('x', 1));
    expect(seen).toHaveLength(2);
    expect(seen[0]).not.toBe(seen[1]);
  });
});

describe('two tabs over one database', () => {
  it('never overwrite each other’s attempts, and each learns of the other’s', async () => {
    const { store: a } = await tab();
    const { store: b } = await tab();
    // Both tabs finish calls at once, from the same in-memory state (the lost-attempt bug of issue 13).
    const fromA = a.addAttempt(attempt('double-charge', 1));
    const fromB = b.addAttempt(attempt('delivery-delay', 2));
    expect(fromA.id).not.toBe(fromB.id);
    await Promise.all([a.flush(), b.flush()]);
    await vi.waitFor(() => expect([...a.get().attempts.keys()].sort()).toEqual([fromA.id, fromB.id].sort()));
    await vi.waitFor(() => expect([...b.get().attempts.keys()].sort()).toEqual([fromA.id, fromB.id].sort()));
    const { store: reloaded } = await tab();
    expect(reloaded.get().attempts.size).toBe(2);
  });

  it('keep two calls of the same scenario apart', async () => {
    const { store: a } = await tab();
    const { store: b } = await tab();
    await a.saveCall(call('call-a', 'x', ['a1']));
    await b.saveCall(call('call-b', 'x', ['b1', 'b2']));
    await a.saveCall(call('call-a', 'x', ['a1', 'a2', 'a3']));
    await vi.waitFor(() => expect(b.get().calls.get('call-a')?.transcript).toEqual(['a1', 'a2', 'a3']));
    expect(a.get().calls.get('call-b')?.transcript).toEqual(['b1', 'b2']);
    await b.clearCall('call-b');
    await vi.waitFor(() => expect([...a.get().calls.keys()]).toEqual(['call-a']));
  });
});

describe('records written by the first version of the app', () => {
  async function writeVersion1(): Promise<void> {
    const db = await openDB(DB_NAME, 1, {
      upgrade(d) {
        d.createObjectStore('progress', { keyPath: 'key' });
        d.createObjectStore('attempts', { keyPath: 'id' }).createIndex('byKey', 'key');
        d.createObjectStore('uploads', { keyPath: 'key' });
      },
    });
    await db.put('progress', { key: 'x', scenarioId: 'x', version: 1, transcript: ['one'], deadAir: [0, 0], updatedAt: 5 });
    await db.put('attempts', { id: 1, key: 'x', scenarioId: 'x', version: 1, transcript: ['a'], deadAir: [], score: 100, passed: true, outcome: 'resolved', finishedAt: 7 });
    db.close();
  }

  it('migrates calls in progress to their own ids and reads numeric attempt ids', async () => {
    await writeVersion1();
    const { store, errors } = await tab();
    expect(errors).toEqual([]);
    const calls = [...store.get().calls.values()];
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ key: 'x', transcript: ['one'], deadAir: [0, 0] });
    expect(calls[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
    // The stored score is not part of what the app reads: figures come from grading again.
    expect(store.get().attempts.get('1')).toEqual({ id: '1', storedId: 1, key: 'x', scenarioId: 'x', version: 1, hash: null, transcript: ['a'], deadAir: [], finishedAt: 7 });
    await store.deleteAttempt('1');
    const { store: again } = await tab();
    expect(again.get().attempts.size).toBe(0);
    expect(again.get().calls.size).toBe(1);
  });
});

describe('records that cannot be read', () => {
  it('are listed as unreadable and deletable, and the others still load', async () => {
    const db = await openIdbPersistence();
    await db.put('attempts', { id: 'ok', key: 'x', scenarioId: 'x', version: 1, transcript: ['a'], finishedAt: 'yesterday' });
    await db.put('attempts', { id: 'broken', key: 'x', scenarioId: 'x', version: 1, transcript: 'a,b' });
    await db.put('calls', { id: 'c', key: 'x', transcript: [] });
    db.close();
    const { store } = await tab();
    // An unreadable date is no reason to lose the attempt: it is shown as unknown.
    expect(store.get().attempts.get('ok')?.finishedAt).toBeNull();
    expect(store.get().unreadable).toEqual([
      { store: 'calls', key: 'c', reason: 'bad-field', field: 'scenarioId' },
      { store: 'attempts', key: 'broken', reason: 'bad-field', field: 'transcript' },
    ]);
    await store.deleteUnreadable(store.get().unreadable[1]!);
    expect(store.get().unreadable).toHaveLength(1);
    const { store: again } = await tab();
    expect(again.get().unreadable.map((u) => u.key)).toEqual(['c']);
  });
});

describe('progress store when storage fails or hangs', () => {
  it('reports an unusable IndexedDB once and keeps working in memory', async () => {
    delete (globalThis as { indexedDB?: IDBFactory }).indexedDB;
    const { store, errors } = await tab();
    expect(errors).toHaveLength(1);
    expect(describeStorageError(errors[0])).toEqual({ code: 'unavailable' });
    await store.saveCall(call('c', 'x', ['one']));
    expect(store.get()).toMatchObject({ ready: true, persistent: false });
    expect(store.get().calls.get('c')?.transcript).toEqual(['one']);
    expect(store.addAttempt(attempt('x', 1)).id).toMatch(/-/);
    expect(errors).toHaveLength(1);
  });

  it('gives up on an open that never answers, says so like a failure, and plays on in memory', async () => {
    let closedLate = false;
    let answer: (p: Persistence) => void = () => {};
    const hung = () => new Promise<Persistence>((resolve) => (answer = resolve));
    const errors: unknown[] = [];
    const store = createProgressStore({ open: hung, onError: (e) => errors.push(e), timeoutMs: 50 });
    const early = store.addAttempt(attempt('x', 1));
    await store.load();
    expect(errors).toEqual([new StorageTimeoutError(50)]);
    expect(describeStorageError(errors[0])).toEqual({ code: 'timeout', seconds: 0 });
    expect(store.get()).toMatchObject({ ready: true, persistent: false });
    expect(store.get().attempts.get(early.id)?.key).toBe('x');
    await store.flush();
    // A database that opens after all is closed again, so it cannot block a later upgrade.
    answer({ ...(await openIdbPersistence()), close: () => (closedLate = true) });
    await vi.waitFor(() => expect(closedLate).toBe(true));
  });

  it('times out a write that hangs, reports it, and keeps the record in memory', async () => {
    const real = await openIdbPersistence();
    const hangingPut: Persistence = { ...real, put: () => new Promise(() => {}) };
    const errors: unknown[] = [];
    const store = createProgressStore({ open: async () => hangingPut, onError: (e) => errors.push(e), timeoutMs: 50 });
    await store.load();
    await store.saveCall(call('c', 'x', ['one']));
    expect(errors).toEqual([new StorageTimeoutError(50)]);
    expect(store.get().calls.get('c')?.transcript).toEqual(['one']);
  });

  it('reports a write that fails (quota), keeps the record, and keeps it when other tabs write', async () => {
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    const real = await openIdbPersistence();
    let full = true;
    const failing: Persistence = { ...real, put: (s, v) => (full ? Promise.reject(quota) : real.put(s, v)) };
    const { store: a, errors } = await tab({ open: async () => failing });
    const kept = a.addAttempt(attempt('x', 1));
    await a.flush();
    expect(errors).toEqual([quota]);
    expect(describeStorageError(errors[0])).toEqual({ code: 'quota' });
    const { store: b } = await tab();
    b.addAttempt(attempt('y', 2));
    await b.flush();
    await vi.waitFor(() => expect(a.get().attempts.size).toBe(2));
    expect(a.get().attempts.has(kept.id)).toBe(true);
    full = false;
  });

  it('describes blocked storage and unknown failures as data', () => {
    expect(describeStorageError(Object.assign(new Error('x'), { name: 'SecurityError' }))).toEqual({ code: 'blocked' });
    expect(describeStorageError('weird')).toEqual({ code: 'other', detail: 'weird' });
    expect(describeStorageError(new Error('x'.repeat(1000)))).toEqual({ code: 'other', detail: 'x'.repeat(200) });
  });
});
