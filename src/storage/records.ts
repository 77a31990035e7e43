import type { Ending } from '../../engine/index.ts';

/** A call in progress, saved after every reply so a reload resumes exactly there. */
export interface ProgressRecord {
  /** Library key of the scenario: its id, or `upload:<id>` for an opened file. */
  key: string;
  scenarioId: string;
  version: number;
  transcript: string[];
  /** Turns (0-based reply index) at which the reply timer ran out before the reply. */
  deadAir: number[];
  updatedAt: number;
}

/** A finished call. */
export interface AttemptRecord {
  id: number;
  key: string;
  scenarioId: string;
  version: number;
  transcript: string[];
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
