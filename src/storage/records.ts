import type { Move } from '../../engine/index.ts';

/**
 * A call in progress, saved after every reply so a reload resumes exactly there. Keyed by its own id
 * (one per call, not per scenario), so calls in two tabs never overwrite each other.
 */
export interface CallRecord {
  id: string;
  /** Library key of the scenario: its id, or `upload:<id>` for an opened file. */
  key: string;
  scenarioId: string;
  version: number;
  /** The moves so far: choice ids and timed-out silences. */
  transcript: Move[];
  /** Records saved before silences were moves: silences before reply i (empty in newer records). */
  deadAir: number[];
  updatedAt: number;
}

/** Which text of a scenario an attempt was played on: enough to find that exact text again. */
export interface ScenarioPin {
  scenarioId: string;
  version: number;
  /** Hash of the scenario's source text (see hashText); null on attempts stored before pinning existed. */
  hash: string | null;
}

/**
 * A finished call as stored. Only what is needed to grade it again is kept: the figures shown are never
 * read from storage (older records also carry a `score`, which is ignored).
 */
export interface AttemptRecord extends ScenarioPin {
  /** A UUID; attempts stored by earlier versions of the app have small integer ids. */
  id: string | number;
  key: string;
  /** As in CallRecord. */
  transcript: Move[];
  deadAir: number[];
  finishedAt: number;
}

/** A finished call as the app uses it: the id always as a string, the date null when unreadable. */
export interface Attempt extends Omit<AttemptRecord, 'id' | 'finishedAt'> {
  id: string;
  /** The key it is stored under (a number for old records). */
  storedId: string | number;
  finishedAt: number | null;
}

/** A trainer's scenario file opened in the browser, kept so a reload can resume its call. */
export interface UploadRecord {
  key: string;
  file: string;
  text: string;
  addedAt: number;
}

/** The source text of one scenario version that attempts were played on, kept to re-grade them later. */
export interface SourceRecord {
  /** `pinKey` of the scenario id, version and hash. */
  pin: string;
  file: string;
  text: string;
}

export type StoreName = 'calls' | 'attempts' | 'uploads' | 'sources';
export type StoredKey = string | number;

/** The key path of each object store. */
export const KEY_PATHS: Readonly<Record<StoreName, string>> = { calls: 'id', attempts: 'id', uploads: 'key', sources: 'pin' };

/** Where records are persisted: IndexedDB in the app (values are read back unchecked, see read-records). */
export interface Persistence {
  getAll(store: StoreName): Promise<unknown[]>;
  getAllKeys(store: StoreName): Promise<StoredKey[]>;
  get(store: StoreName, key: StoredKey): Promise<unknown>;
  put(store: StoreName, value: object): Promise<void>;
  delete(store: StoreName, key: StoredKey): Promise<void>;
  close(): void;
}

/** The key a source record is stored under. */
export function pinKey(pin: ScenarioPin): string {
  return `${pin.scenarioId}@${pin.version}#${pin.hash ?? ''}`;
}

/** The moves of a stored call or attempt; records saved before silences were moves carry them in `deadAir`. */
export function movesOfRecord(record: { transcript: readonly Move[]; deadAir?: readonly number[] }): Move[] {
  const dead = record.deadAir ?? [];
  if (dead.every((n) => !n) || record.transcript.some((m) => typeof m !== 'string')) return [...record.transcript];
  const out: Move[] = [];
  for (let i = 0; i <= record.transcript.length; i++) {
    for (let k = 0; k < (dead[i] ?? 0); k++) out.push({ silence: true });
    if (i < record.transcript.length) out.push(record.transcript[i]!);
  }
  return out;
}
