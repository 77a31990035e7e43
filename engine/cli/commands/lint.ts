import type { Problem, Scenario } from '../../types.ts';
import { findDuplicateIds } from '../../lint/lint-set.ts';
import type { Command } from '../io.ts';
import { readFileBytes } from '../load-file.ts';
import { loadScenarioBytes } from '../../load/load-scenario.ts';
import { collectScenarioFiles, EXAM_FILE } from '../files.ts';
import { lintExamFile } from '../exam-files.ts';
import { formatProblem } from '../format-problem.ts';
import { formatProblem as formatMessage } from '../../format-problem.ts';
import { makeProblem } from '../../messages/make-problem.ts';

/** `hardcall lint <files or folders…> [--json]`: check every scenario file, exit 1 on any error. */
export const runLint: Command = async (args, io) => {
  const json = args.includes('--json');
  const unknownFlag = args.find((a) => a.startsWith('-') && a !== '--json');
  const targets = args.filter((a) => !a.startsWith('-'));
  if (unknownFlag || targets.length === 0) {
    io.stderr(`${unknownFlag ? `hardcall lint: unknown option ${unknownFlag}\n` : ''}Usage: hardcall lint <files or folders…> [--json]\n`);
    return 2;
  }
  const { files, missing } = await collectScenarioFiles(targets, io.cwd);
  const problems: Problem[] = missing.map((m) => makeProblem('file-not-found', {}, { file: m, line: 1, column: 1 }));
  const loaded: Array<{ file: string; scenario: Scenario; line: number }> = [];
  const exams: Array<{ file: string; bytes: Uint8Array }> = [];
  for (const file of files) {
    const bytes = await readFileBytes(file, io);
    if (!(bytes instanceof Uint8Array)) {
      problems.push(bytes);
      continue;
    }
    if (EXAM_FILE.test(file)) {
      exams.push({ file, bytes });
      continue;
    }
    const result = loadScenarioBytes(bytes, file);
    if (result.ok) {
      loaded.push({ file, scenario: result.value, line: lineOfId(bytes) });
      problems.push(...result.warnings);
    } else problems.push(...result.problems);
  }
  problems.push(...findDuplicateIds(loaded));
  // Exams are checked last: their pins are matched against the scenarios of this run (and their own folder's).
  const linted = new Map(loaded.map((l) => [l.scenario.id, { scenario: l.scenario, file: l.file }]));
  for (const e of exams) problems.push(...(await lintExamFile(e.file, e.bytes, linted, io)));
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (json) {
    const worded = problems.map((p) => ({ ...p, message: formatMessage(p, 'en') }));
    io.stdout(`${JSON.stringify({ files: files.length, errors, warnings: problems.length - errors, problems: worded }, null, 2)}\n`);
  }
  else {
    for (const p of problems) io.stdout(`${formatProblem(p)}\n`);
    const summary = `${files.length} file${files.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${problems.length - errors} warning${problems.length - errors === 1 ? '' : 's'}`;
    (errors > 0 ? io.stderr : io.stdout)(`${summary}\n`);
  }
  return errors > 0 || files.length === 0 ? 1 : 0;
};

// The duplicate-id problem points at the `id:` line; the first top-level id key is the one the loader used.
function lineOfId(bytes: Uint8Array): number {
  const lines = new TextDecoder().decode(bytes).split('\n');
  const i = lines.findIndex((l) => /^(id|"id")\s*:/.test(l.trim()) && !/^\s/.test(l.replace(/^\s*[{,]\s*/, '')));
  return i < 0 ? 1 : i + 1;
}
