import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importTwine } from '../../import/import-twine.ts';
import { decodeScenarioBytes } from '../../load/read-text.ts';
import { formatProblem } from '../format-problem.ts';
import type { Command } from '../io.ts';
import { readFileBytes } from '../load-file.ts';

const USAGE = `Usage: hardcall import FILE [--out FILE.yaml] [--story NAME] [--json]
Turns a Twine story (Twee 3, Twine 2 published HTML, or a Twine 2 archive) into scenario YAML:
passages become nodes, links become replies, passages without links become endings. What cannot be
mapped (macros, variables, scripts) is reported as located warnings; links to missing passages are errors.
Writes the YAML to stdout, or to --out. --story picks a story of an archive by name.
Exit code: 0 imported, 1 imported with errors or not a Twine file, 2 usage error.
`;

/** `hardcall import FILE`: import a Twine story as scenario YAML for the trainer to finish. */
export const runImport: Command = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: 'string' }, story: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    io.stderr(`hardcall import: ${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    io.stderr(`hardcall import: ${positionals.length === 0 ? 'missing FILE' : 'one FILE at a time'}\n${USAGE}`);
    return 2;
  }
  const file = positionals[0]!;
  const bytes = await readFileBytes(file, io);
  const decoded = bytes instanceof Uint8Array ? decodeScenarioBytes(bytes, file) : { ok: false as const, problem: bytes };
  const result = decoded.ok ? importTwine(decoded.text, file, values.story === undefined ? {} : { story: values.story }) : { ok: false as const, problems: [decoded.problem] };
  const problems = result.ok ? result.value.problems : result.problems;
  if (values.json) io.stdout(`${JSON.stringify(result.ok ? { ok: true, format: result.value.format, yaml: result.value.yaml, problems } : { ok: false, problems }, null, 2)}\n`);
  else for (const p of problems) io.stderr(`${formatProblem(p)}\n`);
  if (!result.ok) return 1;
  if (values.out) {
    await writeFile(resolve(io.cwd, values.out), result.value.yaml);
    if (!values.json) io.stderr(`wrote ${values.out}\n`);
  } else if (!values.json) io.stdout(result.value.yaml);
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
};
