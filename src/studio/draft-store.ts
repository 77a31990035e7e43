import { openDB, type IDBPDatabase } from 'idb';
import type { Problem } from '../../engine/index.ts';

/** A scenario being written in the studio, saved after every change. */
export interface Draft {
  id: string;
  /** The scenario's title or file name, for the list of drafts. */
  name: string;
  text: string;
  updatedAt: number;
  /** The file it came from, if any (download name; save-back target). */
  fileName: string | null;
  /** Where the File System Access API lets the studio save back, when the browser gave one. */
  handle: FileSystemFileHandle | null;
  /** What a Twine import could not carry over, located in the Twine file, shown until dismissed. */
  imported?: Problem[];
}

/** The drafts database of the studio (its own database, apart from the player's progress). */
export interface DraftStore {
  list(): Promise<Draft[]>;
  get(id: string): Promise<Draft | null>;
  put(draft: Draft): Promise<void>;
  remove(id: string): Promise<void>;
}

const DB_NAME = 'hardcall-studio';
const STORE = 'drafts';

/** Open the drafts store in IndexedDB; rejects when the browser has none (private modes), which the UI reports. */
export async function openDraftStore(): Promise<DraftStore> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
  const db: IDBPDatabase = await openDB(DB_NAME, 1, { upgrade: (d) => void d.createObjectStore(STORE, { keyPath: 'id' }) });
  return {
    async list() {
      const all = (await db.getAll(STORE)) as Draft[];
      return all.sort((a, b) => b.updatedAt - a.updatedAt);
    },
    async get(id) {
      return ((await db.get(STORE, id)) as Draft | undefined) ?? null;
    },
    async put(draft) {
      await db.put(STORE, draft);
    },
    async remove(id) {
      await db.delete(STORE, id);
    },
  };
}

/** Make a draft id from a time and a random number, both injected so ids are testable. */
export function newDraftId(now: number, random: number): string {
  return `${now.toString(36)}-${Math.floor(random * 36 ** 6).toString(36).padStart(6, '0')}`;
}
