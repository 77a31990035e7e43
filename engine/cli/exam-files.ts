import { dirname, join, relative } from 'node:path';
import { checkPins, loadExamBytes, loadScenarioBytes, pinnedScenarios, prepareExam, type Exam, type ExamContext, type ExamProblem, type Problem, type Scenario } from '../index.ts';
import { collectScenarioFiles, EXAM_FILE } from './files.ts';
import type { CliIO } from './io.ts';
import { readFileBytes } from './load-file.ts';

/** Scenarios by id, with the file each came from. */
export type ScenarioIndex = Map<string, { scenario: Scenario; file: string }>;

/** Where an exam's scenarios are looked for by default: the folder above the exam's (scenarios/ for scenarios/exams/x.exam.yaml). */
export function defaultScenarioDir(examFile: string): string {
  return join(dirname(examFile), '..');
}

/** Load every scenario file of a folder (exam files and records skipped) that loads, by id; the first file wins a duplicate id. */
export async function indexScenarios(dir: string, io: CliIO): Promise<ScenarioIndex> {
  const index: ScenarioIndex = new Map();
  const { files } = await collectScenarioFiles([dir], io.cwd);
  for (const file of files) {
    if (EXAM_FILE.test(file)) continue;
    const bytes = await readFileBytes(file, io);
    if (!(bytes instanceof Uint8Array)) continue;
    const r = loadScenarioBytes(bytes, file);
    if (r.ok && !index.has(r.value.id)) index.set(r.value.id, { scenario: r.value, file: relative(io.cwd, join(io.cwd, file)) || file });
  }
  return index;
}

/** Load an exam file and check its pins: the exam and its pinned scenarios ready to verify against, or every problem. */
export async function loadExamContext(
  file: string,
  scenarioDir: string | undefined,
  io: CliIO,
): Promise<{ ok: true; ctx: ExamContext } | { ok: false; problems: Array<ExamProblem | Problem> }> {
  const bytes = await readFileBytes(file, io);
  if (!(bytes instanceof Uint8Array)) return { ok: false, problems: [bytes] };
  const loaded = loadExamBytes(bytes, file);
  if (!loaded.ok) return loaded;
  const index = await indexScenarios(scenarioDir ?? defaultScenarioDir(file), io);
  const problems = checkPins(loaded.exam, loaded.doc, index, file);
  const scenarios = problems.length === 0 ? pinnedScenarios(loaded.exam, index) : null;
  return scenarios ? { ok: true, ctx: prepareExam(loaded.exam, scenarios) } : { ok: false, problems };
}

/** Check one exam file for lint: its own problems, then its pins against the scenarios linted alongside and its default folder. */
export async function lintExamFile(file: string, bytes: Uint8Array, linted: ScenarioIndex, io: CliIO): Promise<ExamProblem[]> {
  const loaded = loadExamBytes(bytes, file);
  if (!loaded.ok) return loaded.problems;
  const index = new Map([...(await indexScenarios(defaultScenarioDir(file), io)), ...linted]);
  return checkPins(loaded.exam as Exam, loaded.doc, index, file);
}
