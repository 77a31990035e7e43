import { stat, readdir } from 'node:fs/promises';
import { join, isAbsolute, relative } from 'node:path';
import type { CliIO } from './io.ts';

/** Expand record arguments: files as given, folders to the .json files under them (sorted; JSON Schemas skipped). */
export async function expandRecordArgs(targets: readonly string[], io: CliIO): Promise<string[]> {
  const out: string[] = [];
  for (const t of targets) {
    const abs = isAbsolute(t) ? t : join(io.cwd, t);
    const info = await stat(abs).catch(() => null);
    if (info?.isDirectory()) out.push(...(await jsonFilesUnder(abs)).map((f) => relative(io.cwd, f) || f));
    else out.push(t);
  }
  return out;
}

async function jsonFilesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory() && !e.name.startsWith('.')) out.push(...(await jsonFilesUnder(p)));
    else if (e.isFile() && /\.json$/i.test(e.name) && !/\.schema\.json$/i.test(e.name)) out.push(p);
  }
  return out;
}

/** The IO's clock; an IO without one (tests that do not care) reads the epoch, never the machine's time. */
export function nowOf(io: CliIO): Date {
  return io.now?.() ?? new Date(0);
}
