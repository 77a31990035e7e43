import type { Scenario } from '../types.ts';
import type { Grader } from '../grade/grade-path.ts';
import type { Scorecard } from '../grade/scorecard.ts';
import { formatPathError } from '../grade/format-scorecard.ts';
import { parseYaml } from '../load/parse-yaml.ts';
import { createProblemSink } from '../load/problem-sink.ts';
import { formatPath } from '../load/zod-problems.ts';
import type { DocPath } from '../lint/types.ts';
import { examProblem, type ExamProblem } from './exam-messages.ts';
import type { Exam } from './exam-types.ts';
import { examGraders, examOutcome, gradeExamRun } from './grade-exam.ts';
import { RECORD_FORMAT_VERSION, type ExamRecord } from './record-types.ts';
import { recordSchema } from './record-schema.ts';
import { recordDigest } from './seal.ts';
import { checkReviews, checkSpan, checkTimes, compareRun } from './verify-checks.ts';
import type { Finding } from './verify-finding.ts';

export type { Finding } from './verify-finding.ts';
import { ENGINE_VERSION } from './version.ts';

/** An exam ready to verify records against: its pinned scenarios (exam order) and their graders. */
export interface ExamContext {
  exam: Exam;
  scenarios: readonly Scenario[];
  graders: readonly Grader[];
}

/** Prepare an exam for verifying many records: rules are resolved once, not per record. */
export function prepareExam(exam: Exam, scenarios: readonly Scenario[]): ExamContext {
  return { exam, scenarios, graders: examGraders(exam, scenarios) };
}

/** What verify found in one record: its problems (none: it matches), and the re-graded scorecards. */
export interface Verified {
  file: string;
  ok: boolean;
  problems: ExamProblem[];
  record: ExamRecord | null;
  /** Per scenario of the exam, the scorecard of the record's transcript re-graded (null where it is not a path). */
  scorecards: Array<Scorecard | null>;
}


/** Verify a record file's text against an exam. Never throws: every mismatch is a located problem. */
export function verifyRecordText(ctx: ExamContext, text: string, file: string): Verified {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    const at = jsonErrorAt(text, detail);
    return { file, ok: false, problems: [examProblem('record-not-json', { detail }, file, at)], record: null, scorecards: [] };
  }
  const r = verifyRecordData(ctx, data);
  return { file, ok: r.findings.every((f) => f.severity === 'warning'), problems: locate(r.findings, text, file), record: r.record, scorecards: r.scorecards };
}

/** Verify already-parsed record data: unlocated findings, the record when its shape is valid, the re-graded scorecards. */
export function verifyRecordData(ctx: ExamContext, data: unknown): { findings: Finding[]; record: ExamRecord | null; scorecards: Array<Scorecard | null> } {
  const shape = recordSchema.safeParse(data);
  if (!shape.success) {
    const findings = shape.error.issues.slice(0, 20).map((i): Finding => ({ code: 'record-invalid', params: { where: formatPath(i.path as DocPath) || '(record)', detail: i.message }, path: i.path as DocPath }));
    return { findings, record: null, scorecards: [] };
  }
  const record = shape.data as ExamRecord;
  const findings: Finding[] = [];
  checkExam(ctx.exam, record, findings);
  checkSpan(record, findings);
  const scorecards = checkRuns(ctx, record, findings);
  if (record.attempt > ctx.exam.attempts) findings.push({ code: 'record-too-many-attempts', params: { attempt: record.attempt, allowed: ctx.exam.attempts }, path: ['attempt'] });
  const computed = recordDigest(record);
  if (computed !== record.digest) findings.push({ code: 'record-digest-mismatch', params: { recorded: record.digest, computed }, path: ['digest'] });
  checkReviews(record, findings);
  if (record.engineVersion !== ENGINE_VERSION) {
    findings.push({ code: 'record-engine-version', params: { recorded: record.engineVersion, current: ENGINE_VERSION }, path: ['engineVersion'], severity: 'warning' });
  }
  return { findings, record, scorecards };
}

function checkExam(exam: Exam, record: ExamRecord, findings: Finding[]): void {
  const pairs: Array<[string, string | number, string | number]> = [
    ['formatVersion', RECORD_FORMAT_VERSION, record.formatVersion],
    ['id', exam.id, record.exam.id],
    ['version', exam.version, record.exam.version],
    ['sha256', exam.sha256, record.exam.sha256],
  ];
  for (const [field, expected, recorded] of pairs) {
    if (expected !== recorded) findings.push({ code: 'record-exam-mismatch', params: { field, expected, recorded }, path: field === 'formatVersion' ? ['formatVersion'] : ['exam', field] });
  }
}

function checkRuns(ctx: ExamContext, record: ExamRecord, findings: Finding[]): Array<Scorecard | null> {
  const { exam } = ctx;
  if (record.scenarios.length !== exam.scenarios.length) {
    findings.push({ code: 'record-scenario-mismatch', params: { index: record.scenarios.length, field: 'count', expected: exam.scenarios.length, recorded: record.scenarios.length }, path: ['scenarios'] });
  }
  const cards: Array<Scorecard | null> = [];
  const runs = [];
  for (let i = 0; i < exam.scenarios.length; i++) {
    const pin = exam.scenarios[i]!;
    const run = record.scenarios[i];
    if (!run) {
      cards.push(null);
      continue;
    }
    let pinned = true;
    for (const field of ['id', 'version', 'sha256'] as const) {
      if (run[field] === pin[field]) continue;
      pinned = false;
      findings.push({ code: 'record-scenario-mismatch', params: { index: i + 1, field, expected: pin[field], recorded: run[field] }, path: ['scenarios', i, field] });
    }
    const graded = pinned ? gradeExamRun(pin, ctx.scenarios[i]!, ctx.graders[i]!, run.moves) : null;
    if (graded && !graded.ok) findings.push({ code: 'record-impossible-transcript', params: { scenario: pin.id, detail: formatPathError(graded.error, 'en') }, path: ['scenarios', i, 'moves'] });
    const ok = graded?.ok ? graded : null;
    cards.push(ok?.scorecard ?? null);
    if (ok) {
      compareRun(run, ok.run, i, findings);
      runs.push(ok.run);
    }
    checkTimes(record, run, i, findings);
  }
  if (runs.length === exam.scenarios.length) compareOutcome(record, examOutcome(exam, runs), findings);
  return cards;
}

function compareOutcome(record: ExamRecord, regraded: ExamRecord['result'], findings: Finding[]): void {
  for (const field of ['score', 'passScore', 'passed', 'criticalFailures'] as const) {
    const a = JSON.stringify(record.result[field]);
    const b = JSON.stringify(regraded[field]);
    if (a !== b) findings.push({ code: 'record-result-mismatch', params: { field, recorded: a, regraded: b }, path: ['result', field] });
  }
}

// Locating needs the document's positions; the YAML parser reads JSON too, but it costs ~100× JSON.parse,
// so it runs only for records that have something to report.
function locate(findings: Finding[], text: string, file: string): ExamProblem[] {
  if (findings.length === 0) return [];
  const doc = parseYaml(text.replace(/^\uFEFF/, ''), createProblemSink(file));
  return findings.map((f) => examProblem(f.code, f.params, file, doc ? doc.locate(f.path) : undefined, f.severity));
}

function jsonErrorAt(text: string, detail: string): { line: number; column: number } {
  const m = /position (\d+)/.exec(detail);
  const offset = m ? Number(m[1]) : text.length;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
