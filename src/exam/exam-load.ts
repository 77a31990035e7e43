import { exams as bundled } from 'virtual:hardcall/exam-index';
import type { BundledExam } from '../build/exam-plugin.ts';
import { loadExamModule, type Exam, type Scenario } from '../../engine/index.ts';
import { registry } from '../state/storage.ts';
import { detectLms, type LmsReporter } from './lms.ts';
import { getTypedModule, type TypedModule } from '../call/typed-module.ts';
import { openExamStore, type ExamSession, type ExamStore } from './exam-store.ts';

/** The engine's exam module, loaded with the exam screen. */
export type ExamModule = Awaited<ReturnType<typeof loadExamModule>>;

/** Everything the exam screens need, once loaded. */
export interface ExamReady {
  kind: 'ready';
  exam: Exam;
  scenarios: Scenario[];
  mod: ExamModule;
  store: ExamStore;
  lms: LmsReporter | null;
  session: ExamSession | null;
  /** The typed-reply reader, loaded when the exam allows replies in the candidate's own words (or a saved one has them). */
  typed: TypedModule | null;
}

export type ExamLoaded = { kind: 'loading' } | { kind: 'unknown' } | { kind: 'broken'; problems: string[] } | ExamReady;

/**
 * Load an exam: its bundled entry, the engine's exam code, its pinned scenarios (each checked against its
 * pin again in the browser, so a stale build cannot slip through), the LMS that launched the page, and
 * the session in progress.
 */
export async function loadExamScreen(examId: string): Promise<ExamLoaded> {
  const exams: BundledExam[] = bundled;
  const entry = exams.find((e) => e.ok && e.exam.id === examId) ?? exams.find((e) => !e.ok && e.file.startsWith(`${examId}.`));
  if (!entry) return { kind: 'unknown' };
  if (!entry.ok) return { kind: 'broken', problems: entry.problems };
  const exam = entry.exam;
  const [mod, scenarios] = await Promise.all([loadExamModule(), Promise.all(exam.scenarios.map((p) => registry.get(p.id)))]);
  const bad = exam.scenarios.filter((p, i) => {
    const s = scenarios[i];
    return !s || s.version !== p.version || mod.scenarioHash(s) !== p.sha256;
  });
  if (bad.length > 0) return { kind: 'broken', problems: bad.map((p) => `${p.id} v${p.version}`) };
  const store = openExamStore();
  const [lms, session] = await Promise.all([detectLms(window), store.getSession(exam.id)]);
  const usable = session && session.examSha === exam.sha256 ? session : null;
  const hasTyped = usable?.transcripts.some((tr) => tr.some((m) => typeof m.move === 'object' && 'typed' in m.move)) ?? false;
  const typed = exam.typedReplies || hasTyped ? await getTypedModule() : null;
  return { kind: 'ready', exam, scenarios: scenarios as Scenario[], mod, store, lms, session: usable, typed };
}

/** A fresh random seed for an attempt's reply order (recorded, so the order can be reproduced). */
export function newSeed(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
