import { resolve } from 'node:path';
import { addReview, effectiveVerdict } from '../../index.ts';
import { nowOf, parseOptions } from '../exam-args.ts';
import { loadExamContext } from '../exam-files.ts';
import { verifyFiles } from '../exam-records.ts';
import { formatProblem } from '../format-problem.ts';
import type { Command } from '../io.ts';

const USAGE = `Usage: hardcall review --exam FILE RECORD --by NAME --verdict passed|failed --reason TEXT [--out FILE]
A trainer overrides a verified record's verdict with a written reason. The record keeps its original
verdict and every earlier review (who, when, why), chained by digests; it is rewritten in place unless --out.
`;

/** `hardcall review`: add a human review (override with reason) to a verified record. */
export const runReview: Command = async (args, io) => {
  const parsed = parseOptions(args, {
    exam: { type: 'string' },
    scenarios: { type: 'string' },
    by: { type: 'string' },
    verdict: { type: 'string' },
    reason: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (typeof parsed !== 'string' && parsed.values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const v = typeof parsed === 'string' ? null : parsed.values;
  const bad = typeof parsed === 'string' ? parsed
    : !v!.exam ? 'missing --exam FILE'
    : parsed.positionals.length !== 1 ? 'give exactly one RECORD'
    : v!.verdict !== 'passed' && v!.verdict !== 'failed' ? '--verdict must be passed or failed'
    : !v!.by?.trim() ? 'missing --by NAME (who reviews)'
    : !v!.reason?.trim() ? 'missing --reason TEXT (a written reason is required)'
    : null;
  if (bad || typeof parsed === 'string' || !v) {
    io.stderr(`hardcall review: ${bad}\n${USAGE}`);
    return 2;
  }
  const loaded = await loadExamContext(v.exam!, v.scenarios, io);
  if (!loaded.ok) {
    for (const p of loaded.problems) io.stderr(`${formatProblem(p)}\n`);
    return 1;
  }
  const file = parsed.positionals[0]!;
  const [checked] = await verifyFiles(loaded.ctx, [file], io);
  if (!checked!.ok || !checked!.record) {
    for (const p of checked!.problems) io.stderr(`${formatProblem(p)}\n`);
    io.stderr(`hardcall review: ${file} does not verify; only a verified record can be reviewed\n`);
    return 1;
  }
  const r = addReview(checked!.record, { by: v.by!, at: nowOf(io).toISOString(), verdict: v.verdict as 'passed' | 'failed', reason: v.reason! });
  if (!r.ok || !io.writeFile) return 2;
  await io.writeFile(resolve(io.cwd, v.out ?? file), `${JSON.stringify(r.record, null, 2)}\n`);
  io.stdout(`${v.out ?? file}: verdict ${effectiveVerdict(r.record)} (was ${effectiveVerdict(checked!.record)}), reviewed by ${v.by!.trim()}\n`);
  return 0;
};
