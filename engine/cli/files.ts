import { readdir, stat } from 'node:fs/promises';
import { join, relative, isAbsolute } from 'node:path';

const SCENARIO_FILE = /\.(ya?ml|json)$/i;
/** Exam files and exam records live beside scenarios but are not scenarios. */
export const EXAM_FILE = /\.exam\.ya?ml$/i;
const RECORD_FILE = /\.record\.json$/i;

/** Expand files and folders into the scenario files to check (folders recursively; generated schemas skipped). */
export async function collectScenarioFiles(targets: string[], cwd: string): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const t of targets) {
    const abs = isAbsolute(t) ? t : join(cwd, t);
    const info = await stat(abs).catch(() => null);
    if (!info) missing.push(t);
    else if (info.isDirectory()) files.push(...(await walk(abs)).map((f) => relative(cwd, f) || f));
    else files.push(t);
  }
  return { files: [...new Set(files)], missing };
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.')) out.push(...(await walk(p)));
    else if (e.isFile() && SCENARIO_FILE.test(e.name) && !/\.schema\.json$/i.test(e.name) && !RECORD_FILE.test(e.name)) out.push(p);
  }
  return out;
}
