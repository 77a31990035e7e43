import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openIdbPersistence } from '../../src/storage/idb-persistence.ts';
import { createProgressStore, describeStorageError } from '../../src/storage/progress-store.ts';
import type { Persistence, ProgressRecord } from '../../src/storage/records.ts';

const progress = (key: string, transcript: string[]): ProgressRecord => ({ key, scenarioId: key, version: 1, transcript, deadAir: [0], updatedAt: 1 });
const attempt = (key: string, score: number, finishedAt: number) => ({
  key, scenarioId: key, version: 1, transcript: ['a'], deadAir: [], score, passed: score >= 70, outcome: 'resolved' as const, finishedAt,
});

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

describe('progress store over IndexedDB', () => {
  it('keeps progress, attempts and opened files across a reopen (a page reload)', async () => {
    const errors: unknown[] = [];
    const a = await createProgressStore(openIdbPersistence, (e) => errors.push(e));
    await a.saveProgress(progress('x', ['one']));
    await a.saveProgress(progress('x', ['one', 'two']));
    await a.addAttempt(attempt('x', 80, 10));
    await a.saveUpload({ key: 'upload:y', file: 'y.yaml', text: 'id: y', addedAt: 5 });

    const b = await createProgressStore(openIdbPersistence, (e) => errors.push(e));
    expect(b.getProgress('x')?.transcript).toEqual(['one', 'two']);
    expect(b.listAttempts('x').map((r) => r.score)).toEqual([80]);
    expect(b.listUploads().map((u) => u.key)).toEqual(['upload:y']);
    expect(errors).toEqual([]);
  });

  it('numbers attempts, lists them newest first per scenario, and sums best scores', async () => {
    const s = await createProgressStore(openIdbPersistence, () => {});
    const first = await s.addAttempt(attempt('x', 55, 1));
    const second = await s.addAttempt(attempt('x', 90, 2));
    await s.addAttempt(attempt('y', 40, 3));
    expect(second.id).toBe(first.id + 1);
    expect(s.getAttempt(second.id)?.score).toBe(90);
    expect(s.listAttempts('x').map((a) => a.score)).toEqual([90, 55]);
    expect(Object.fromEntries(s.stats())).toEqual({ x: { best: 90, count: 2 }, y: { best: 40, count: 1 } });
  });

  it('clears progress and removes opened files', async () => {
    const s = await createProgressStore(openIdbPersistence, () => {});
    await s.saveProgress(progress('x', ['one']));
    await s.clearProgress('x');
    await s.saveUpload({ key: 'upload:y', file: 'y.yaml', text: '', addedAt: 1 });
    await s.deleteUpload('upload:y');
    const again = await createProgressStore(openIdbPersistence, () => {});
    expect(again.getProgress('x')).toBeUndefined();
    expect(again.listUploads()).toEqual([]);
  });
});

describe('progress store when storage fails', () => {
  it('reports an unusable IndexedDB once and keeps working in memory', async () => {
    delete (globalThis as { indexedDB?: IDBFactory }).indexedDB;
    const errors: unknown[] = [];
    const s = await createProgressStore(openIdbPersistence, (e) => errors.push(e));
    expect(errors).toHaveLength(1);
    expect(describeStorageError(errors[0])).toMatch(/IndexedDB is not available/);
    await s.saveProgress(progress('x', ['one']));
    expect(s.getProgress('x')?.transcript).toEqual(['one']);
    expect((await s.addAttempt(attempt('x', 70, 1))).id).toBe(1);
    expect(errors).toHaveLength(1);
  });

  it('reports a write that fails (quota) and still keeps the record in memory', async () => {
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    const failing: Persistence = {
      getAll: async () => [],
      put: async () => {
        throw quota;
      },
      delete: async () => {},
    };
    const errors: unknown[] = [];
    const s = await createProgressStore(async () => failing, (e) => errors.push(e));
    await s.saveProgress(progress('x', ['one', 'two']));
    expect(errors).toEqual([quota]);
    expect(describeStorageError(errors[0])).toBe('storage quota exceeded');
    expect(s.getProgress('x')?.transcript).toEqual(['one', 'two']);
  });

  it('describes blocked storage and unknown failures in plain words', () => {
    expect(describeStorageError(Object.assign(new Error('x'), { name: 'SecurityError' }))).toMatch(/blocked/);
    expect(describeStorageError('weird')).toBe('weird');
  });
});
