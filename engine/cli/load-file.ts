import { resolve } from 'node:path';
import type { Locale, Problem, Result, Scenario } from '../types.ts';
import { loadScenarioBytes } from '../load/load-scenario.ts';
import type { CliIO } from './io.ts';
import { formatProblemLine } from '../format-problem.ts';
import { makeProblem } from '../messages/make-problem.ts';

/** Read one file relative to the CLI's working directory; an unreadable file is a located problem. */
export async function readFileBytes(file: string, io: CliIO): Promise<Uint8Array | Problem> {
  const bytes = await io.readFile(resolve(io.cwd, file)).catch((e: unknown) => e as Error);
  if (!(bytes instanceof Error)) return bytes;
  const errno = (bytes as NodeJS.ErrnoException).code;
  return makeProblem('file-unreadable', errno ? { detail: bytes.message, errno } : { detail: bytes.message }, { file, line: 1, column: 1 });
}

/** Read and load one scenario file relative to the CLI's working directory. */
export async function readScenarioFile(file: string, io: CliIO): Promise<Result<Scenario>> {
  const bytes = await readFileBytes(file, io);
  return bytes instanceof Uint8Array ? loadScenarioBytes(bytes, file) : { ok: false, problems: [bytes] };
}

/** Load a scenario for a command that needs one: print its problems to stderr (in `lang`) and return null when it does not load. */
export async function loadScenarioFile(file: string, io: CliIO, lang: Locale = 'en'): Promise<Scenario | null> {
  const loaded = await readScenarioFile(file, io);
  if (loaded.ok) return loaded.value;
  for (const p of loaded.problems) io.stderr(`${formatProblemLine(p, lang)}\n`);
  return null;
}
