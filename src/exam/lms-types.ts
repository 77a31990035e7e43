import type { Exam, ExamRecord, Scenario, ScenarioRun, Scorecard } from '../../engine/index.ts';

/** A learning system the exam reports to: cmi5 (xAPI to an LRS) or SCORM 2004 (the LMS's runtime API). */
export interface LmsReporter {
  kind: 'cmi5' | 'scorm';
  /** Start (or resume) the session; returns the candidate the LMS names, if it names one. */
  start(): Promise<{ name: string; id: string } | null>;
  /** Report the decisions of one finished scenario (once per scenario, even across reloads). */
  scenarioDone(exam: Exam, index: number, scenario: Scenario, run: ScenarioRun, startedAt: string, card: Scorecard): Promise<void>;
  /** Report the verdict, completion and the end of the session (once). */
  finish(exam: Exam, record: ExamRecord): Promise<void>;
}

/** The SCORM 2004 runtime calls the exam uses. */
export interface ScormApi {
  Initialize(p: ''): string;
  Terminate(p: ''): string;
  GetValue(k: string): string;
  SetValue(k: string, v: string): string;
  Commit(p: ''): string;
  GetLastError(): string;
}
