import { readdir, readlink, realpath, stat } from 'node:fs/promises';
import { join, relative, isAbsolute } from 'node:path';
import type { Problem } from '../types.ts';
import { makeProblem } from '../messages/make-problem.ts';

const SCENARIO_FILE = /\.(ya?ml|json)$/i;
/** Exam files and exam records live beside scenarios but are not scenarios. */
export const EXAM_FILE = /\.exam\.ya?ml$/i;
const RECORD_FILE = /\.record\.json$/i;

/** What a list of files and folders expands to: the scenario files, the targets that do not exist, and skipped links. */
export interface CollectedFiles {
  files: string[];
  missing: string[];
  skipped: Problem[];
}

/**
 * Expand files and folders into the scenario files to check: folders recursively, following symbolic
 * links to files and folders (each real file and folder once, so a link loop ends), generated schemas
 * skipped; a link to nothing is reported as skipped.
 */
export async function collectScenarioFiles(targets: string[], cwd: string): Promise<CollectedFiles> {
  const out: CollectedFiles = { files: [], missing: [], skipped: [] };
  const seen = new Set<string>();
  for (const t of targets) {
    const abs = isAbsolute(t) ? t : join(cwd, t);
    const info = await stat(abs).catch(() => null);
    if (!info) out.missing.push(t);
    else if (info.isDirectory()) await walk(abs, cwd, seen, out);
    else if (await firstVisit(abs, seen)) out.files.push(t);
  }
  return out;
}

async function firstVisit(path: string, seen: Set<string>): Promise<boolean> {
  const real = await realpath(path).catch(() => path);
  if (seen.has(real)) return false;
  seen.add(real);
  return true;
}

async function walk(dir: string, cwd: string, seen: Set<string>, out: CollectedFiles): Promise<void> {
  if (!(await firstVisit(dir, seen))) return;
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    const info = e.isSymbolicLink() ? await stat(p).catch(() => null) : e;
    if (!info) {
      const target = await readlink(p).catch(() => '?');
      out.skipped.push(makeProblem('symlink-broken', { target }, { file: relative(cwd, p) || p, line: 1, column: 1 }, 'warning'));
    } else if (info.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.')) await walk(p, cwd, seen, out);
    else if (info.isFile() && SCENARIO_FILE.test(e.name) && !/\.schema\.json$/i.test(e.name) && !RECORD_FILE.test(e.name) && (await firstVisit(p, seen))) {
      out.files.push(relative(cwd, p) || p);
    }
  }
}
