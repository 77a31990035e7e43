import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ExamRecord, TimedMove } from '../../engine/index.ts';

/** An exam attempt in progress, saved after every step so a reload resumes it (never restarts it). */
export interface ExamSession {
  examId: string;
  examSha: string;
  candidate: { name: string; id: string };
  attempt: number;
  seed: string;
  startedAt: string;
  /** Per pinned scenario, the moves made so far. */
  transcripts: TimedMove[][];
  /** Index of the scenario being played; equal to the number of scenarios once all are played. */
  current: number;
}

interface ExamDb extends DBSchema {
  sessions: { key: string; value: ExamSession };
  records: { key: string; value: ExamRecord & { savedFor: string }; indexes: { byExam: string } };
}

// Its own database, so exam data never mixes with practice progress and the two can evolve apart.
const DB_NAME = 'hardcall-exams';

/** Where exam sessions and sealed records are kept. */
export interface ExamStore {
  getSession(examId: string): Promise<ExamSession | undefined>;
  saveSession(s: ExamSession): Promise<void>;
  clearSession(examId: string): Promise<void>;
  saveRecord(r: ExamRecord): Promise<void>;
  listRecords(examId: string): Promise<ExamRecord[]>;
}

let opened: Promise<IDBPDatabase<ExamDb>> | null = null;

/** Open the exam database (once). */
export function openExamStore(): ExamStore {
  opened ??= openDB<ExamDb>(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore('sessions', { keyPath: 'examId' });
      d.createObjectStore('records', { keyPath: 'digest' }).createIndex('byExam', 'savedFor');
    },
  });
  const db = () => opened!;
  return {
    getSession: async (id) => (await db()).get('sessions', id),
    saveSession: async (s) => void (await (await db()).put('sessions', s)),
    clearSession: async (id) => (await db()).delete('sessions', id),
    saveRecord: async (r) => void (await (await db()).put('records', { ...r, savedFor: r.exam.id })),
    listRecords: async (id) => ((await (await db()).getAllFromIndex('records', 'byExam', id)) as Array<ExamRecord & { savedFor?: string }>).map(({ savedFor: _s, ...r }) => r),
  };
}
