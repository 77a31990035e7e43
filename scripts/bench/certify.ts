// Benchmark: `hardcall certify` over 10,000 records of the example exam (verify every record by re-grading
// its transcripts, then the CSV and HTML roster), end to end through the CLI in this process, against the
// baseline a developer reaches for first — one `hardcall verify` run per record, each loading the exam and
// its scenarios anew — measured in the same run on a sample. Target: 10,000 records in under 10 s.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { runCli, createNodeIO } from '../../engine/cli/main.ts';
import { buildRecord, walkPath, type Scenario, type TimedMove } from '../../engine/index.ts';
import { exampleExam } from '../../e2e/exam-support.ts';

const RECORDS = 10_000;
const BASELINE_SAMPLE = 200;
const TARGET_S = 10;
const EXAM = 'scenarios/exams/customer-care-basics.exam.yaml';

// A small deterministic generator: the same cohort every run.
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

function randomPath(s: Scenario, next: () => number): string[] {
  const path: string[] = [];
  for (;;) {
    const w = walkPath(s, path);
    if (w.ok) return path;
    if (w.error.code !== 'incomplete') throw new Error(w.error.code);
    path.push(w.error.available[Math.floor(next() * w.error.available.length)]!);
  }
}

function generate(dir: string): void {
  const ctx = exampleExam();
  const next = rng(42);
  for (let i = 0; i < RECORDS; i++) {
    const transcripts: TimedMove[][] = ctx.scenarios.map((s, k) => randomPath(s, next).map((move, t) => ({ move, ms: k * 200_000 + (t + 1) * 6_000 })));
    const r = buildRecord(ctx.exam, ctx.scenarios, { candidate: { name: `Agent ${i}`, id: `agent-${String(i).padStart(5, '0')}` }, attempt: 1 + (i % 2), seed: (0x1000_0000 + i).toString(16), startedAt: '2026-11-02T09:00:00.000Z', finishedAt: '2026-11-02T09:10:00.000Z', transcripts }, ctx.graders);
    if (!r.ok) throw new Error(r.error.code);
    writeFileSync(join(dir, `r${i}.record.json`), JSON.stringify(r.record));
  }
}

function quietIO() {
  const io = { ...createNodeIO(), stdout: () => {}, stderr: (t: string) => void process.stderr.write(t) };
  delete (io as { stdoutBytes?: unknown }).stdoutBytes;
  return io;
}

const work = mkdtempSync(join(tmpdir(), 'hardcall-bench-certify-'));
try {
  const dir = join(work, 'records');
  mkdirSync(dir);
  let t = performance.now();
  generate(dir);
  console.log(`generated ${RECORDS} records in ${((performance.now() - t) / 1000).toFixed(1)} s (not timed)`);

  t = performance.now();
  const cpu0 = process.cpuUsage();
  const code = await runCli(['certify', '--exam', EXAM, '--csv', join(work, 'roster.csv'), '--html', join(work, 'roster.html'), dir], quietIO());
  const wall = (performance.now() - t) / 1000;
  const cpu = process.cpuUsage(cpu0);
  if (code !== 0) throw new Error(`certify exited ${code}`);

  const sample = [];
  for (let i = 0; i < BASELINE_SAMPLE; i++) sample.push(join(dir, `r${i * (RECORDS / BASELINE_SAMPLE)}.record.json`));
  t = performance.now();
  for (const f of sample) if ((await runCli(['verify', '--exam', EXAM, f], quietIO())) !== 0) throw new Error(`baseline verify failed on ${f}`);
  const perRecordBaseline = (performance.now() - t) / 1000 / BASELINE_SAMPLE;

  const rate = RECORDS / wall;
  console.table({
    'certify, 10,000 records (CSV + HTML)': { figure: `${wall.toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU`, rate: `${Math.round(rate)} records/s`, target: `< ${TARGET_S} s`, ok: wall < TARGET_S },
    'baseline: one verify per record (exam + scenarios reloaded)': { figure: `${(perRecordBaseline * RECORDS).toFixed(1)} s for 10,000 (from ${BASELINE_SAMPLE})`, rate: `${Math.round(1 / perRecordBaseline)} records/s`, target: '—', ok: '—' },
    'ratio': { figure: `${((perRecordBaseline * RECORDS) / wall).toFixed(0)}× faster`, rate: '', target: '', ok: '' },
  });
  console.log(`roster: ${(statSync(join(work, 'roster.csv')).size / 1024).toFixed(0)} KB CSV, ${(statSync(join(work, 'roster.html')).size / 1024).toFixed(0)} KB HTML`);
  if (wall >= TARGET_S) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
