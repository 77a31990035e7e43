import type { AttemptRecord, KeyOf, Persistence, ProgressRecord, RecordOf, StoreName, UploadRecord } from './records.ts';

/** Best score and number of finished attempts for one scenario. */
export interface ScenarioStats {
  best: number;
  count: number;
}

/**
 * Saved progress, attempts and opened files. Every record lives in memory (read from there, so the
 * UI never waits on disk) and is written through to persistence; when persistence fails, the error is
 * reported once per kind and play goes on with the in-memory copy.
 */
export interface ProgressStore {
  getProgress(key: string): ProgressRecord | undefined;
  listProgress(): ProgressRecord[];
  saveProgress(record: ProgressRecord): Promise<void>;
  clearProgress(key: string): Promise<void>;
  addAttempt(record: Omit<AttemptRecord, 'id'>): Promise<AttemptRecord>;
  getAttempt(id: number): AttemptRecord | undefined;
  listAttempts(key: string): AttemptRecord[];
  stats(): Map<string, ScenarioStats>;
  saveUpload(record: UploadRecord): Promise<void>;
  listUploads(): UploadRecord[];
  deleteUpload(key: string): Promise<void>;
}

export type StorageErrorHandler = (error: unknown) => void;

/** Load everything persisted into memory and return the store; `open` failing leaves a memory-only store. */
export async function createProgressStore(
  open: () => Promise<Persistence>,
  onError: StorageErrorHandler,
): Promise<ProgressStore> {
  const mem = { progress: new Map<string, ProgressRecord>(), attempts: new Map<number, AttemptRecord>(), uploads: new Map<string, UploadRecord>() };
  let persistence: Persistence | null = null;
  try {
    persistence = await open();
    for (const r of await persistence.getAll('progress')) mem.progress.set(r.key, r);
    for (const r of await persistence.getAll('attempts')) mem.attempts.set(r.id, r);
    for (const r of await persistence.getAll('uploads')) mem.uploads.set(r.key, r);
  } catch (e) {
    persistence = null;
    onError(e);
  }

  async function write(op: (p: Persistence) => Promise<void>): Promise<void> {
    if (!persistence) return;
    try {
      await op(persistence);
    } catch (e) {
      onError(e);
    }
  }
  const put = <S extends StoreName>(store: S, value: RecordOf[S]) => write((p) => p.put(store, value));
  const del = <S extends StoreName>(store: S, key: KeyOf[S]) => write((p) => p.delete(store, key));

  return {
    getProgress: (key) => mem.progress.get(key),
    listProgress: () => [...mem.progress.values()],
    saveProgress(record) {
      mem.progress.set(record.key, record);
      return put('progress', record);
    },
    clearProgress(key) {
      mem.progress.delete(key);
      return del('progress', key);
    },
    async addAttempt(partial) {
      const id = Math.max(0, ...mem.attempts.keys()) + 1;
      const record: AttemptRecord = { ...partial, id };
      mem.attempts.set(id, record);
      await put('attempts', record);
      return record;
    },
    getAttempt: (id) => mem.attempts.get(id),
    listAttempts: (key) => [...mem.attempts.values()].filter((a) => a.key === key).sort((a, b) => b.finishedAt - a.finishedAt),
    stats() {
      const out = new Map<string, ScenarioStats>();
      for (const a of mem.attempts.values()) {
        const s = out.get(a.key);
        out.set(a.key, s ? { best: Math.max(s.best, a.score), count: s.count + 1 } : { best: a.score, count: 1 });
      }
      return out;
    },
    saveUpload(record) {
      mem.uploads.set(record.key, record);
      return put('uploads', record);
    },
    listUploads: () => [...mem.uploads.values()].sort((a, b) => a.addedAt - b.addedAt),
    deleteUpload(key) {
      mem.uploads.delete(key);
      return del('uploads', key);
    },
  };
}

/** Say why storage failed in a few words a user can act on. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? (error as Error).name : '';
  if (name === 'QuotaExceededError') return 'storage quota exceeded';
  if (name === 'SecurityError' || name === 'InvalidStateError') return 'storage is blocked (private browsing?)';
  const message = error instanceof Error ? error.message : String(error);
  return message || name || 'unknown error';
}
