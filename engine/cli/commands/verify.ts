import { effectiveVerdict, type Verified } from '../../index.ts';
import { expandRecordArgs, parseOptions } from '../exam-args.ts';
import { loadExamContext } from '../exam-files.ts';
import { verifyFiles, verifyFromLrs } from '../exam-records.ts';
import { formatProblem } from '../format-problem.ts';
import type { Command } from '../io.ts';

const USAGE = `Usage: hardcall verify --exam FILE [--scenarios DIR] [--json] RECORD…
       hardcall verify --exam FILE --lrs URL [--lrs-auth USER:PASSWORD]
Re-grades every record's transcripts with the exam's pinned scenarios and reports what does not match.
Exit code: 0 every record matches, 1 any mismatch (or the exam does not load), 2 usage error.
`;

/** `hardcall verify --exam FILE RECORD…`: re-grade exam records and report every mismatch; exit 1 on any. */
export const runVerify: Command = async (args, io) => {
  const parsed = parseOptions(args, {
    exam: { type: 'string' },
    scenarios: { type: 'string' },
    lrs: { type: 'string' },
    'lrs-auth': { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (typeof parsed !== 'string' && parsed.values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const bad = typeof parsed === 'string' ? parsed : !parsed.values.exam ? 'missing --exam FILE' : (parsed.positionals.length === 0) === !parsed.values.lrs ? 'give RECORD files or --lrs URL' : null;
  if (bad || typeof parsed === 'string') {
    io.stderr(`hardcall verify: ${bad}\n${USAGE}`);
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
      io.stderr(`hardcall verify: ${r.error}\n`);
      return 1;
    }
    verified = r.verified;
  } else verified = await verifyFiles(loaded.ctx, await expandRecordArgs(positionals, io), io);
  const failed = verified.filter((v) => !v.ok).length;
  if (values.json) io.stdout(`${JSON.stringify({ records: verified.length, failed, results: verified.map(summaryOf) }, null, 2)}\n`);
  else report(verified, io);
  return failed > 0 || verified.length === 0 ? 1 : 0;
};

function summaryOf(v: Verified) {
  const r = v.record;
  return { file: v.file, ok: v.ok, candidate: r?.candidate ?? null, score: r?.result.score ?? null, verdict: r ? effectiveVerdict(r) : null, digest: r?.digest ?? null, problems: v.problems };
}

function report(verified: readonly Verified[], io: Parameters<Command>[1]): void {
  for (const v of verified) {
    for (const p of v.problems) (p.severity === 'error' ? io.stderr : io.stdout)(`${formatProblem(p)}\n`);
    const r = v.record;
    if (v.ok && r) io.stdout(`${v.file}: ok — ${r.candidate.name} (${r.candidate.id}), attempt ${r.attempt}, score ${r.result.score}, ${effectiveVerdict(r)}${r.reviews.length ? ' (after review)' : ''}, digest ${r.digest}\n`);
  }
  const failed = verified.filter((v) => !v.ok).length;
  (failed > 0 ? io.stderr : io.stdout)(`${verified.length} record${verified.length === 1 ? '' : 's'} checked: ${verified.length - failed} match, ${failed} do not\n`);
}
