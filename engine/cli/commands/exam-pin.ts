import { scenarioHash } from '../../index.ts';
import type { Command } from '../io.ts';
import { readScenarioFile } from '../load-file.ts';
import { formatProblem } from '../format-problem.ts';

/** `hardcall exam-pin SCENARIO…`: print the `scenarios:` entries an exam file needs to pin these scenarios. */
export const runExamPin: Command = async (args, io) => {
  const files = args.filter((a) => !a.startsWith('-'));
  if (files.length === 0 || files.length !== args.length) {
    io.stderr('Usage: hardcall exam-pin SCENARIO_FILE…   (prints YAML to paste under an exam\'s `scenarios:`)\n');
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    const r = await readScenarioFile(file, io);
    if (!r.ok) {
      failed++;
      for (const p of r.problems) io.stderr(`${formatProblem(p)}\n`);
      continue;
    }
    const s = r.value;
    io.stdout(`  - id: ${s.id}\n    version: ${s.version}\n    sha256: ${scenarioHash(s)}\n`);
  }
  return failed > 0 ? 1 : 0;
};
