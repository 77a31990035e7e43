import { resolve } from 'node:path';
import { buildRoster, rosterCsv, rosterHtml, type Verified } from '../../index.ts';
import { expandRecordArgs, nowOf, parseOptions } from '../exam-args.ts';
import { loadExamContext } from '../exam-files.ts';
import { verifyFiles, verifyFromLrs } from '../exam-records.ts';
import { formatProblem } from '../format-problem.ts';
import type { Command } from '../io.ts';

const USAGE = `Usage: hardcall certify --exam FILE [--scenarios DIR] [--csv OUT.csv] [--html OUT.html] RECORD…
       hardcall certify --exam FILE --lrs URL [--lrs-auth USER:PASSWORD] [--csv …] [--html …]
Verifies every record and writes the roster: per-candidate results (latest attempt), per-scenario score
distributions, per-rule failure rates, who failed on which critical rule. Without --csv/--html the CSV goes
to standard output. Exit code: 0 every record verified, 1 some did not (they are listed as invalid), 2 usage.
`;

/** `hardcall certify --exam FILE RECORD…`: a verified roster of an exam as CSV and as a self-contained HTML report. */
export const runCertify: Command = async (args, io) => {
  const parsed = parseOptions(args, {
    exam: { type: 'string' },
    scenarios: { type: 'string' },
    lrs: { type: 'string' },
    'lrs-auth': { type: 'string' },
    csv: { type: 'string' },
    html: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (typeof parsed !== 'string' && parsed.values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const bad = typeof parsed === 'string' ? parsed : !parsed.values.exam ? 'missing --exam FILE' : (parsed.positionals.length === 0) === !parsed.values.lrs ? 'give RECORD files or --lrs URL' : null;
  if (bad || typeof parsed === 'string') {
    io.stderr(`hardcall certify: ${bad}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const loaded = await loadExamContext(values.exam!, values.scenarios, io);
  if (!loaded.ok) {
    for (const p of loaded.problems) io.stderr(`${formatProblem(p)}\n`);
    return 1;
  }
  let verified: Verified[];
  if (values.lrs) {
    const r = await verifyFromLrs(loaded.ctx, values.lrs, values['lrs-auth'] ?? process.env.HARDCALL_LRS_AUTH, io);
    if (!r.ok) {
      io.stderr(`hardcall certify: ${r.error}\n`);
      return 1;
    }
    verified = r.verified;
  } else verified = await verifyFiles(loaded.ctx, await expandRecordArgs(positionals, io), io);
  const roster = buildRoster(loaded.ctx.exam, verified);
  const outputs: Array<[string | undefined, () => string]> = [
    [values.csv, () => rosterCsv(roster)],
    [values.html, () => rosterHtml(roster, nowOf(io).toISOString())],
  ];
  if (!values.csv && !values.html) io.stdout(rosterCsv(roster));
  for (const [path, render] of outputs) {
    if (!path) continue;
    if (!io.writeFile) {
      io.stderr('hardcall certify: this environment cannot write files\n');
      return 1;
    }
    await io.writeFile(resolve(io.cwd, path), render());
  }
  for (const v of verified) for (const p of v.problems) if (p.severity === 'error') io.stderr(`${formatProblem(p)}\n`);
  io.stderr(`${roster.rows.length} candidate${roster.rows.length === 1 ? '' : 's'} from ${verified.length} record${verified.length === 1 ? '' : 's'}; ${roster.invalid} invalid\n`);
  return roster.invalid > 0 || verified.length === 0 ? 1 : 0;
};
