import { examProblem, formatProblem, recordsFromStatements, verifyRecordData, verifyRecordText, type ExamContext, type Verified } from '../index.ts';
import { decodeScenarioBytes } from '../load/read-text.ts';
import type { CliIO } from './io.ts';
import { readFileBytes } from './load-file.ts';
import { fetchStatements } from './lrs.ts';

/** Verify record files against an exam; an unreadable, oversize or non-UTF-8 file is an invalid record, not a crash. */
export async function verifyFiles(ctx: ExamContext, files: readonly string[], io: CliIO): Promise<Verified[]> {
  const out: Verified[] = [];
  // Reads overlap in small batches (one at a time, 10,000 small files spend most of their time waiting).
  for (let i = 0; i < files.length; i += READ_BATCH) {
    const batch = files.slice(i, i + READ_BATCH);
    const read = await Promise.all(batch.map((f) => readFileBytes(f, io)));
    batch.forEach((file, k) => out.push(verifyBytes(ctx, file, read[k]!)));
  }
  return out;
}

const READ_BATCH = 32;

function verifyBytes(ctx: ExamContext, file: string, bytes: Awaited<ReturnType<typeof readFileBytes>>): Verified {
  const decoded = bytes instanceof Uint8Array ? decodeScenarioBytes(bytes, file) : null;
  if (!decoded || !decoded.ok) {
    const p = decoded ? decoded.problem : (bytes as Exclude<typeof bytes, Uint8Array>);
    return { file, ok: false, problems: [examProblem('record-not-json', { detail: formatProblem(p, 'en') }, file, p)], record: null, scorecards: [] };
  }
  return verifyRecordText(ctx, decoded.text, file);
}

/** Read every exam record an LRS holds and verify each (re-graded, and checked against its answered statements). */
export async function verifyFromLrs(ctx: ExamContext, endpoint: string, auth: string | undefined, io: CliIO): Promise<{ ok: true; verified: Verified[] } | { ok: false; error: string }> {
  const got = await fetchStatements(endpoint, auth, io);
  if (!got.ok) return got;
  const verified = recordsFromStatements(got.statements).map((r): Verified => {
    const v = r.data === null ? { findings: [], record: null, scorecards: [] } : verifyRecordData(ctx, r.data);
    const findings = [...r.findings, ...v.findings];
    const problems = findings.map((f) => examProblem(f.code, f.params, r.source, undefined, f.severity));
    return { file: r.source, ok: r.data !== null && findings.every((f) => f.severity === 'warning'), problems, record: v.record, scorecards: v.scorecards };
  });
  return { ok: true, verified };
}
