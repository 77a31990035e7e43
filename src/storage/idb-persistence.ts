import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { newId } from './new-id.ts';
import type { Persistence, StoreName } from './records.ts';

export const DB_NAME = 'hardcall';
/** 1: progress keyed by scenario; 2: calls keyed by their own id, pinned scenario sources. */
export const DB_VERSION = 2;

type Db = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** Open (creating or upgrading) the app's IndexedDB database and wrap it as a Persistence. */
export async function openIdbPersistence(): Promise<Persistence> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
  const db: Db = await openDB(DB_NAME, DB_VERSION, {
    upgrade: (d, oldVersion, _v, tx) => upgrade(d, oldVersion, tx),
    // A newer version of the app in another tab wants to upgrade: let it, rather than block it.
    blocking: () => db.close(),
  });
  return {
    getAll: (store: StoreName) => db.getAll(store),
    getAllKeys: (store: StoreName) => db.getAllKeys(store) as Promise<Array<string | number>>,
    get: (store, key) => db.get(store, key),
    async put(store, value) {
      await db.put(store, value);
    },
    async delete(store, key) {
      await db.delete(store, key);
    },
    close: () => db.close(),
  };
}

function upgrade(db: Db, oldVersion: number, tx: UpgradeTx): void {
  if (oldVersion < 1) {
    db.createObjectStore('attempts', { keyPath: 'id' }).createIndex('byKey', 'key');
    db.createObjectStore('uploads', { keyPath: 'key' });
  }
  if (oldVersion < 2) {
    db.createObjectStore('calls', { keyPath: 'id' }).createIndex('byKey', 'key');
    db.createObjectStore('sources', { keyPath: 'pin' });
  }
  if (oldVersion === 1) migrateProgress(db, tx);
}

/** Version 1 kept one call in progress per scenario, keyed by scenario: each becomes a call with its own id. */
function migrateProgress(db: Db, tx: UpgradeTx): void {
  void tx
    .objectStore('progress')
    .getAll()
    .then((rows) => {
      const calls = tx.objectStore('calls');
      for (const row of rows) if (typeof row === 'object' && row !== null) void calls.put({ ...row, id: newId() });
      db.deleteObjectStore('progress');
    });
}
