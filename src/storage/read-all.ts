import { keyOf, readAttempt, readCall, readUpload, type ReadResult, type UnreadableReason } from './read-records.ts';
import { KEY_PATHS, type Attempt, type CallRecord, type Persistence, type StoredKey, type StoreName, type UploadRecord } from './records.ts';
import { withTimeout } from './storage-error.ts';

/** A stored record that could not be read; it stays until the user deletes it. */
export interface Unreadable {
  store: StoreName;
  key: StoredKey;
  reason: UnreadableReason;
  field?: string;
}

/** The records of every object store, checked, merged over those this tab keeps in memory. */
export interface PersistedRecords {
  calls: Map<string, CallRecord>;
  attempts: Map<string, Attempt>;
  uploads: Map<string, UploadRecord>;
  pins: Set<string>;
  unreadable: Unreadable[];
}

/** What the reader keeps over what it reads, and what it skips (records this tab deleted meanwhile). */
export interface ReadContext {
  keep: {
    calls: ReadonlyMap<string, CallRecord>;
    attempts: ReadonlyMap<string, Attempt>;
    uploads: ReadonlyMap<string, UploadRecord>;
    pins: ReadonlySet<string>;
  };
  isDeleted: (store: StoreName, key: StoredKey) => boolean;
  timeoutMs: number;
}

/** Read and check every stored record (sources by key only: their texts are read when needed). */
export async function readPersisted(p: Persistence, ctx: ReadContext): Promise<PersistedRecords> {
  const [calls, attempts, uploads, pins] = await withTimeout(
    Promise.all([p.getAll('calls'), p.getAll('attempts'), p.getAll('uploads'), p.getAllKeys('sources')]),
    ctx.timeoutMs,
  );
  const unreadable: Unreadable[] = [];
  const gather = <T>(store: StoreName, rows: unknown[], read: (v: unknown) => ReadResult<T>, idOf: (v: T) => string, mine: ReadonlyMap<string, T>) => {
    const out = new Map<string, T>(mine);
    for (const row of rows) {
      const key = keyOf(row, KEY_PATHS[store]);
      if (key === null || ctx.isDeleted(store, key)) continue;
      const r = read(row);
      if (!r.ok) unreadable.push({ store, key, reason: r.reason, ...(r.field ? { field: r.field } : {}) });
      else if (!out.has(idOf(r.value))) out.set(idOf(r.value), r.value);
    }
    return out;
  };
  return {
    calls: gather('calls', calls, readCall, (c) => c.id, ctx.keep.calls),
    attempts: gather('attempts', attempts, readAttempt, (a) => a.id, ctx.keep.attempts),
    uploads: gather('uploads', uploads, readUpload, (u) => u.key, ctx.keep.uploads),
    pins: new Set([...ctx.keep.pins, ...pins.map(String)]),
    unreadable,
  };
}
