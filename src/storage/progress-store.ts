import type { CrossTab } from './cross-tab.ts';
import { newId as randomId } from './new-id.ts';
import { readPersisted, type ReadContext, type Unreadable } from './read-all.ts';
import type { Attempt, AttemptRecord, CallRecord, Persistence, SourceRecord, StoredKey, StoreName, UploadRecord } from './records.ts';
import { withTimeout } from './storage-error.ts';

export type { Unreadable } from './read-all.ts';

/** Everything stored, as one immutable snapshot: a new object after every change. */
export interface StoredData {
  /** Persisted records have been read, or storage was found unusable. */
  ready: boolean;
  /** Writes reach IndexedDB (false: memory only, lost on reload). */
  persistent: boolean;
  calls: ReadonlyMap<string, CallRecord>;
  attempts: ReadonlyMap<string, Attempt>;
  uploads: ReadonlyMap<string, UploadRecord>;
  /** Pin keys of the scenario sources stored (their texts are read on demand). */
  pins: ReadonlySet<string>;
  unreadable: readonly Unreadable[];
}

/**
 * Calls in progress, finished attempts, opened files and pinned scenario sources. Memory is the truth the
 * UI reads (it never waits on disk); every change is written through to persistence, told to the other
 * tabs, and announced to subscribers. A failing or hanging persistence is reported and play goes on.
 */
export interface ProgressStore {
  get(): StoredData;
  subscribe(listener: () => void): () => void;
  /** Open persistence and read it (once; later calls return the same promise). */
  load(): Promise<void>;
  saveCall(record: CallRecord): Promise<void>;
  clearCall(id: string): Promise<void>;
  /** Add a finished attempt under a new id; in memory at once, written in the background. */
  addAttempt(record: Omit<AttemptRecord, 'id'>): Attempt;
  deleteAttempt(id: string): Promise<void>;
  saveUpload(record: UploadRecord): Promise<void>;
  deleteUpload(key: string): Promise<void>;
  saveSource(record: SourceRecord): Promise<void>;
  getSource(pin: string): Promise<SourceRecord | null>;
  deleteUnreadable(entry: Unreadable): Promise<void>;
  /** Wait for every write issued so far. */
  flush(): Promise<void>;
  close(): void;
}

export interface ProgressStoreDeps {
  open: () => Promise<Persistence>;
  onError: (error: unknown) => void;
  crossTab?: CrossTab | null;
  newId?: () => string;
  /** How long any storage call may take before it counts as failed. */
  timeoutMs?: number;
}

const EMPTY: StoredData = { ready: false, persistent: false, calls: new Map(), attempts: new Map(), uploads: new Map(), pins: new Set(), unreadable: [] };


/** Writes wait until persistence is open (or known unusable), time out, and are told to other tabs. */
function createWriter(opened: Promise<Persistence | null>, deps: ProgressStoreDeps, timeoutMs: number) {
  const pending = new Set<Promise<void>>();
  const deleted = new Set<string>();
  /** Records whose last write failed: kept in memory when other tabs' writes are read in. */
  const unsaved = new Set<string>();
  const id = (store: StoreName, key: StoredKey) => `${store}:${String(key)}`;
  function write(store: StoreName, key: StoredKey, op: (p: Persistence) => Promise<void>): Promise<void> {
    const done = opened.then(async (p) => {
      if (!p) return;
      try {
        await withTimeout(op(p), timeoutMs);
        unsaved.delete(id(store, key));
        deps.crossTab?.post({ store });
      } catch (e) {
        unsaved.add(id(store, key));
        deps.onError(e);
      }
    });
    pending.add(done);
    void done.finally(() => pending.delete(done));
    return done;
  }
  return {
    put: (store: StoreName, key: StoredKey, value: object) => write(store, key, (p) => p.put(store, value)),
    del(store: StoreName, key: StoredKey) {
      deleted.add(id(store, key));
      return write(store, key, (p) => p.delete(store, key));
    },
    isDeleted: (store: StoreName, key: StoredKey) => deleted.has(id(store, key)),
    isUnsaved: (store: StoreName, key: StoredKey) => unsaved.has(id(store, key)),
    flush: async () => {
      await Promise.all([...pending]);
    },
  };
}

function without<V>(map: ReadonlyMap<string, V>, key: string): Map<string, V> {
  const next = new Map(map);
  next.delete(key);
  return next;
}

function keepOnly<V>(map: ReadonlyMap<string, V>, keep: (key: string) => boolean): Map<string, V> {
  return new Map([...map].filter(([k]) => keep(k)));
}

/** Make a store, empty until `load()` has read persistence. */
export function createProgressStore(deps: ProgressStoreDeps): ProgressStore {
  const timeoutMs = deps.timeoutMs ?? 4000;
  let data = EMPTY;
  const listeners = new Set<() => void>();
  let resolveOpened: (p: Persistence | null) => void = () => {};
  const opened = new Promise<Persistence | null>((r) => (resolveOpened = r));
  const writer = createWriter(opened, deps, timeoutMs);
  const sources = createSourceCache(opened, () => data.pins, timeoutMs);
  function set(patch: Partial<StoredData>) {
    data = { ...data, ...patch };
    for (const l of listeners) l();
  }
  const loader = createLoader(deps, timeoutMs, writer, {
    get: () => data,
    set,
    opened: (p) => resolveOpened(p),
  });

  return {
    get: () => data,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load: loader.load,
    saveCall(record) {
      set({ calls: new Map(data.calls).set(record.id, record) });
      return writer.put('calls', record.id, record);
    },
    clearCall(id) {
      set({ calls: without(data.calls, id) });
      return writer.del('calls', id);
    },
    addAttempt(record) {
      const id = (deps.newId ?? randomId)();
      const attempt: Attempt = { ...record, id, storedId: id };
      set({ attempts: new Map(data.attempts).set(id, attempt) });
      void writer.put('attempts', id, { ...record, id });
      return attempt;
    },
    deleteAttempt(id) {
      const a = data.attempts.get(id);
      if (!a) return Promise.resolve();
      set({ attempts: without(data.attempts, id) });
      return writer.del('attempts', a.storedId);
    },
    saveUpload(record) {
      set({ uploads: new Map(data.uploads).set(record.key, record) });
      return writer.put('uploads', record.key, record);
    },
    deleteUpload(key) {
      set({ uploads: without(data.uploads, key) });
      return writer.del('uploads', key);
    },
    saveSource(record) {
      sources.remember(record);
      set({ pins: new Set(data.pins).add(record.pin) });
      return writer.put('sources', record.pin, record);
    },
    getSource: (pin) => sources.get(pin),
    deleteUnreadable(entry) {
      set({ unreadable: data.unreadable.filter((u) => u !== entry) });
      return writer.del(entry.store, entry.key);
    },
    flush: writer.flush,
    close() {
      deps.crossTab?.close();
      loader.close();
    },
  };
}

interface LoaderHost {
  get(): StoredData;
  set(patch: Partial<StoredData>): void;
  opened(p: Persistence | null): void;
}

/** Opens persistence once and reads it into the store; reads it again when another tab says it wrote. */
function createLoader(deps: ProgressStoreDeps, timeoutMs: number, writer: ReturnType<typeof createWriter>, host: LoaderHost) {
  let loading: Promise<void> | null = null;
  let persistence: Persistence | null = null;
  const read = (p: Persistence, keep: ReadContext['keep']) => readPersisted(p, { keep, isDeleted: writer.isDeleted, timeoutMs });

  async function openAndRead(): Promise<void> {
    const opening = deps.open();
    try {
      const p = await withTimeout(opening, timeoutMs);
      persistence = p;
      host.set({ ...(await read(p, host.get())), ready: true, persistent: true });
      host.opened(p);
      deps.crossTab?.subscribe(() => void refresh());
    } catch (e) {
      // An open that answers after we gave up is closed again, so it cannot block a later upgrade.
      if (!persistence) opening.then((late) => late.close(), () => {});
      persistence = null;
      host.opened(null);
      host.set({ ready: true, persistent: false });
      deps.onError(e);
    }
  }

  /** Another tab wrote: read persistence again (this tab's own writes were issued first, so they are in it). */
  async function refresh(): Promise<void> {
    const p = persistence;
    if (!p) return;
    const data = host.get();
    const keep = {
      calls: keepOnly(data.calls, (k) => writer.isUnsaved('calls', k)),
      attempts: keepOnly(data.attempts, (k) => writer.isUnsaved('attempts', k)),
      uploads: keepOnly(data.uploads, (k) => writer.isUnsaved('uploads', k)),
      pins: data.pins,
    };
    try {
      host.set(await read(p, keep));
    } catch (e) {
      deps.onError(e);
    }
  }

  return {
    load: () => (loading ??= openAndRead()),
    close: () => persistence?.close(),
  };
}

/** Pinned scenario sources: those saved this session from memory, the others read from persistence once. */
function createSourceCache(opened: Promise<Persistence | null>, pins: () => ReadonlySet<string>, timeoutMs: number) {
  const cache = new Map<string, SourceRecord>();
  return {
    remember: (record: SourceRecord) => cache.set(record.pin, record),
    async get(pin: string): Promise<SourceRecord | null> {
      const hit = cache.get(pin);
      if (hit) return hit;
      const p = await opened;
      if (!p || !pins().has(pin)) return null;
      const row = (await withTimeout(p.get('sources', pin), timeoutMs)) as Partial<SourceRecord> | undefined;
      if (typeof row?.text !== 'string' || typeof row.file !== 'string') return null;
      const record = { pin, file: row.file, text: row.text };
      cache.set(pin, record);
      return record;
    },
  };
}

/** The calls in progress for a scenario key, most recently saved first. */
export function callsFor(data: StoredData, key: string): CallRecord[] {
  return [...data.calls.values()].filter((c) => c.key === key).sort((a, b) => b.updatedAt - a.updatedAt);
}

/** The finished attempts at a scenario key, newest first (undated ones last). */
export function attemptsFor(data: StoredData, key: string): Attempt[] {
  return [...data.attempts.values()].filter((a) => a.key === key).sort((a, b) => (b.finishedAt ?? -Infinity) - (a.finishedAt ?? -Infinity));
}
