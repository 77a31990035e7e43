import type { z } from 'zod';
import type { Problem, Scenario } from '../types.ts';
import { formatProblem } from '../format-problem.ts';
import { parseYaml, type ParsedDoc } from '../load/parse-yaml.ts';
import { createProblemSink } from '../load/problem-sink.ts';
import { decodeScenarioBytes, precheckText } from '../load/read-text.ts';
import { formatPath } from '../load/zod-problems.ts';
import type { DocPath } from '../lint/types.ts';
import { digestOf } from './canonical.ts';
import { examProblem, type ExamProblem } from './exam-messages.ts';
import { examSchema, pinSchema, type ExamInput } from './exam-schema.ts';
import type { Exam } from './exam-types.ts';
import { scenarioHash } from './scenario-hash.ts';

/** A loaded exam with the parsed document kept to locate later problems (pins), or its problems. */
export type ExamResult = { ok: true; exam: Exam; doc: ParsedDoc } | { ok: false; problems: ExamProblem[] };

/** Load an exam file from its bytes: size and UTF-8 checks, YAML, schema, duplicate scenarios. Never throws. */
export function loadExamBytes(bytes: Uint8Array, file: string): ExamResult {
  const decoded = decodeScenarioBytes(bytes, file);
  return decoded.ok ? loadExam(decoded.text, file) : { ok: false, problems: [asExamProblem(decoded.problem)] };
}

/** Load an exam file from its text. Never throws. */
export function loadExam(text: string, file: string): ExamResult {
  const body = text.replace(/^\uFEFF/, '');
  const pre = precheckText(body, file);
  if (!pre.ok) return { ok: false, problems: [asExamProblem(pre.problem)] };
  const sink = createProblemSink(file);
  const doc = parseYaml(body, sink, pre.deepest);
  if (!doc) return { ok: false, problems: sink.take().map(asExamProblem) };
  if (doc.data === null || typeof doc.data !== 'object' || Array.isArray(doc.data)) {
    return { ok: false, problems: [examProblem('exam-not-a-mapping', {}, file)] };
  }
  const r = examSchema.safeParse(doc.data);
  if (!r.success) return { ok: false, problems: r.error.issues.map((i) => issueProblem(i, doc, file)) };
  const dupes = duplicatePins(r.data, doc, file);
  if (dupes.length > 0) return { ok: false, problems: dupes };
  return { ok: true, exam: buildExam(r.data), doc };
}

function buildExam(input: ExamInput): Exam {
  const content = {
    id: input.id,
    version: input.version,
    title: input.title,
    locale: input.locale ?? 'en',
    scenarios: input.scenarios.map((p) => ({ ...p })),
    passScore: input.passScore,
    critical: [...new Set(input.critical ?? [])],
    rules: { ...(input.rules ?? {}) },
    profile: input.profile ?? 'default',
    attempts: input.attempts,
    replySeconds: input.replySeconds,
    review: input.review,
    // Only when set, so exams written before the switch keep their content hash (records pin it).
    ...(input.typedReplies ? { typedReplies: true as const } : {}),
  };
  return { ...content, sha256: digestOf(content) } as Exam;
}

function duplicatePins(input: ExamInput, doc: ParsedDoc, file: string): ExamProblem[] {
  const seen = new Set<string>();
  const out: ExamProblem[] = [];
  input.scenarios.forEach((p, i) => {
    if (seen.has(p.id)) out.push(examProblem('exam-duplicate-scenario', { scenario: p.id }, file, doc.locate(['scenarios', i, 'id'])));
    seen.add(p.id);
  });
  return out;
}

/**
 * Check an exam's pins against the scenarios at hand (by id): a pinned scenario that is missing, at
 * another version, or changed since it was pinned is an error that names it.
 */
export function checkPins(exam: Exam, doc: ParsedDoc | null, scenarios: ReadonlyMap<string, { scenario: Scenario; file: string }>, file: string): ExamProblem[] {
  const out: ExamProblem[] = [];
  exam.scenarios.forEach((pin, i) => {
    const at = (field: string) => doc?.locate(['scenarios', i, field]) ?? { line: 1, column: 1 };
    const found = scenarios.get(pin.id);
    if (!found) return void out.push(examProblem('exam-scenario-missing', { scenario: pin.id, version: pin.version }, file, at('id')));
    const { scenario, file: sFile } = found;
    if (scenario.version !== pin.version) {
      return void out.push(examProblem('exam-scenario-version', { scenario: pin.id, expected: pin.version, actual: scenario.version, file: sFile }, file, at('version')));
    }
    const actual = scenarioHash(scenario);
    if (actual !== pin.sha256) {
      out.push(examProblem('exam-scenario-changed', { scenario: pin.id, version: pin.version, expected: pin.sha256, actual, file: sFile }, file, at('sha256')));
    }
  });
  return out;
}

/** Resolve an exam's pinned scenarios, in exam order, when every pin matches; null otherwise. */
export function pinnedScenarios(exam: Exam, scenarios: ReadonlyMap<string, { scenario: Scenario }>): Scenario[] | null {
  const out: Scenario[] = [];
  for (const pin of exam.scenarios) {
    const s = scenarios.get(pin.id)?.scenario;
    if (!s || s.version !== pin.version || scenarioHash(s) !== pin.sha256) return null;
    out.push(s);
  }
  return out;
}

type Issue = z.core.$ZodIssue;

function issueProblem(issue: Issue, doc: ParsedDoc, file: string): ExamProblem {
  const path = issue.path as DocPath;
  const where = formatPath(path);
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(path.length === 0 ? examSchema.shape : path[0] === 'scenarios' ? pinSchema.shape : {}).join(', ');
    return examProblem('exam-unknown-field', { field: issue.keys.join(', '), where, known }, file, doc.locate([...path, issue.keys[0]!], 'key'));
  }
  if (isMissing(doc.data, path)) {
    const parent = path.slice(0, -1);
    return examProblem('exam-missing-field', { field: String(path[path.length - 1]), where: formatPath(parent) }, file, doc.locate(parent));
  }
  return examProblem('exam-invalid-value', { where, detail: issue.message }, file, doc.locate(path));
}

function isMissing(data: unknown, path: DocPath): boolean {
  let parent: unknown = data;
  for (const seg of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object' || !Object.hasOwn(parent, seg)) return false;
    parent = (parent as Record<string | number, unknown>)[seg];
  }
  return path.length > 0 && parent !== null && typeof parent === 'object' && !Object.hasOwn(parent, path[path.length - 1]!);
}

// The scenario loader's YAML problems, worded in English inside the exam's own syntax code.
function asExamProblem(p: Problem): ExamProblem {
  return examProblem('exam-syntax', { detail: formatProblem(p, 'en'), code: p.code }, p.file, p);
}
