import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { AttemptRecord, Persistence, ProgressRecord, UploadRecord } from './records.ts';

interface HardcallDb extends DBSchema {
  progress: { key: string; value: ProgressRecord };
  attempts: { key: number; value: AttemptRecord; indexes: { byKey: string } };
  uploads: { key: string; value: UploadRecord };
}

export const DB_NAME = 'hardcall';
const DB_VERSION = 1;

/** Open (creating or upgrading) the app's IndexedDB database and wrap it as a Persistence. */
export async function openIdbPersistence(): Promise<Persistence> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
  const db: IDBPDatabase<HardcallDb> = await openDB<HardcallDb>(DB_NAME, DB_VERSION, {
    upgrade(d) {
      d.createObjectStore('progress', { keyPath: 'key' });
      d.createObjectStore('attempts', { keyPath: 'id' }).createIndex('byKey', 'key');
      d.createObjectStore('uploads', { keyPath: 'key' });
    },
  });
  return {
    getAll: (store) => db.getAll(store) as never,
    async put(store, value) {
      await db.put(store, value as never);
    },
    async delete(store, key) {
      await db.delete(store, key as never);
    },
  };
}
