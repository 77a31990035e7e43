import type { Ending, Move } from '../../engine/index.ts';

/** A call in progress, saved after every reply so a reload resumes exactly there. */
export interface ProgressRecord {
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

/** A finished call. */
export interface AttemptRecord {
  id: number;
  key: string;
  scenarioId: string;
  version: number;
  transcript: Move[];
  /** As in ProgressRecord. */
  deadAir: number[];
  score: number;
  passed: boolean;
  outcome: Ending;
  finishedAt: number;
}

/** A trainer's scenario file opened in the browser, kept so a reload can resume its call. */
export interface UploadRecord {
  key: string;
  file: string;
  text: string;
  addedAt: number;
}

export type StoreName = 'progress' | 'attempts' | 'uploads';

export interface RecordOf {
  progress: ProgressRecord;
  attempts: AttemptRecord;
  uploads: UploadRecord;
}

export type KeyOf = { progress: string; attempts: number; uploads: string };

/** Where records are persisted; the IndexedDB one in the app, failing ones in tests. */
export interface Persistence {
  getAll<S extends StoreName>(store: S): Promise<Array<RecordOf[S]>>;
  put<S extends StoreName>(store: S, value: RecordOf[S]): Promise<void>;
  delete<S extends StoreName>(store: S, key: KeyOf[S]): Promise<void>;
}
