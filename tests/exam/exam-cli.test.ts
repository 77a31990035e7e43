import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeIO, runCli } from '../../engine/cli/main.ts';
import type { CliIO } from '../../engine/cli/io.ts';
import { EXAM_FILE, ROOT } from './fixtures.ts';

function captureIO(cwd: string): CliIO & { out: string; err: string } {
  const io = { ...createNodeIO(), cwd, out: '', err: '', now: () => new Date('2026-11-05T12:00:00.000Z') };
  io.stdout = (t: string) => void (io.out += t);
  io.stderr = (t: string) => void (io.err += t);
  delete (io as { stdoutBytes?: unknown }).stdoutBytes;
  return io;
}

const PASS = 'scenarios/exams/customer-care-basics.pass.record.json';
const FAIL = 'scenarios/exams/customer-care-basics.fail.record.json';

/** A copy of scenarios/ (with its exams) in a scratch folder, to edit freely. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hardcall-exam-cli-'));
  cpSync(join(ROOT, 'scenarios'), join(dir, 'scenarios'), { recursive: true });
  return dir;
}

describe('hardcall verify', () => {
  it('accepts the shipped example records (exit 0) and names each candidate', async () => {
    const io = captureIO(ROOT);
    expect(await runCli(['verify', '--exam', EXAM_FILE, PASS, FAIL], io)).toBe(0);
    expect(io.out).toMatch(/pass\.record\.json: ok — Mei Lin \(agent-0001\), attempt 1, score 100, passed/);
    expect(io.out).toMatch(/fail\.record\.json: ok — Sam Ortiz \(agent-0002\), attempt 1, score [\d.]+, failed/);
    expect(io.out).toMatch(/2 records checked: 2 match, 0 do not/);
  });

  it('exits 1 on an edited record, with located problems and no stack trace', async () => {
    const dir = scratch();
    const file = join(dir, 'edited.json');
    writeFileSync(file, readFileSync(join(ROOT, FAIL), 'utf8').replace(/"passed": false,\n    "criticalFailures": \[\n      "no-blame"/, '"passed": true,\n    "criticalFailures": [\n      "no-blame"'));
    writeFileSync(join(dir, 'cut.json'), readFileSync(join(ROOT, PASS), 'utf8').slice(0, 500));
    const io = captureIO(dir);
    expect(await runCli(['verify', '--exam', `scenarios/exams/customer-care-basics.exam.yaml`, 'edited.json', 'cut.json', '--json'], io)).toBe(1);
    const report = JSON.parse(io.out) as { failed: number; results: Array<{ problems: Array<{ code: string; line: number }> }> };
    expect(report.failed).toBe(2);
    expect(report.results[0]!.problems.map((p) => p.code)).toEqual(['record-result-mismatch', 'record-digest-mismatch']);
    expect(report.results[1]!.problems.map((p) => p.code)).toEqual(['record-not-json']);
    expect(io.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses to verify against an exam whose pinned scenario changed, saying which', async () => {
    const dir = scratch();
    const f = join(dir, 'scenarios/service-outage.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (edited)'));
    const io = captureIO(dir);
    expect(await runCli(['verify', '--exam', 'scenarios/exams/customer-care-basics.exam.yaml', PASS], io)).toBe(1);
    expect(io.err).toMatch(/customer-care-basics\.exam\.yaml:14:13: error: scenario "service-outage" version \d+ changed since it was pinned.*\[exam-scenario-changed\]/);
    const lint = captureIO(dir);
    expect(await runCli(['lint', 'scenarios'], lint)).toBe(1);
    expect(lint.out).toMatch(/\[exam-scenario-changed\]/);
  });

  it('answers usage mistakes with exit 2', async () => {
    expect(await runCli(['verify', PASS], captureIO(ROOT))).toBe(2);
    expect(await runCli(['verify', '--exam', EXAM_FILE], captureIO(ROOT))).toBe(2);
    expect(await runCli(['verify', '--exam', EXAM_FILE, '--bogus', PASS], captureIO(ROOT))).toBe(2);
    expect(await runCli(['certify', '--exam', EXAM_FILE], captureIO(ROOT))).toBe(2);
    expect(await runCli(['package', '--exam', EXAM_FILE, '--cmi5', '--scorm', '--out', 'x.zip'], captureIO(ROOT))).toBe(2);
  });
});

describe('hardcall certify, review, exam-pin, lint', () => {
  it('writes the CSV and HTML roster of the example records', async () => {
    const dir = scratch();
    const io = captureIO(dir);
    expect(await runCli(['certify', '--exam', 'scenarios/exams/customer-care-basics.exam.yaml', '--csv', 'r.csv', '--html', 'r.html', 'scenarios/exams'], io)).toBe(0);
    const csv = readFileSync(join(dir, 'r.csv'), 'utf8').split('\r\n');
    expect(csv[1]).toMatch(/^agent-0001,Mei Lin,1,1,100,passed,passed,/);
    expect(csv[2]).toMatch(/^agent-0002,Sam Ortiz,1,1,[\d.]+,failed,failed,.*no-blame/);
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toContain('Generated 2026-11-05T12:00:00.000Z');
    expect(io.err).toMatch(/2 candidates from 2 records; 0 invalid/);
  });

  it('a trainer overrides a verdict with a reason; the record still verifies and the roster shows the review', async () => {
    const dir = scratch();
    const exam = 'scenarios/exams/customer-care-basics.exam.yaml';
    const rec = 'scenarios/exams/customer-care-basics.fail.record.json';
    expect(await runCli(['review', '--exam', exam, rec, '--by', 'Trainer Wu', '--verdict', 'passed'], captureIO(dir))).toBe(2);
    const io = captureIO(dir);
    expect(await runCli(['review', '--exam', exam, rec, '--by', 'Trainer Wu', '--verdict', 'passed', '--reason', 'Customer line misheard; appeal upheld.'], io)).toBe(0);
    expect(io.out).toMatch(/verdict passed \(was failed\), reviewed by Trainer Wu/);
    const saved = JSON.parse(readFileSync(join(dir, rec), 'utf8'));
    expect(saved.result.passed).toBe(false);
    expect(saved.reviews[0]).toMatchObject({ by: 'Trainer Wu', at: '2026-11-05T12:00:00.000Z', from: 'failed', verdict: 'passed' });
    expect(await runCli(['verify', '--exam', exam, rec], captureIO(dir))).toBe(0);
    const roster = captureIO(dir);
    await runCli(['certify', '--exam', exam, rec], roster);
    expect(roster.out).toMatch(/agent-0002,Sam Ortiz,1,1,[\d.]+,passed,failed,Trainer Wu,2026-11-05T12:00:00.000Z,Customer line misheard; appeal upheld\./);
  });

  it('exam-pin prints the pins the example exam lists', async () => {
    const io = captureIO(ROOT);
    expect(await runCli(['exam-pin', 'scenarios/double-charge.yaml'], io)).toBe(0);
    expect(readFileSync(join(ROOT, EXAM_FILE), 'utf8')).toContain(io.out.trimEnd());
  });

  it('lint checks exam files beside scenarios and skips records', async () => {
    const io = captureIO(ROOT);
    expect(await runCli(['lint', 'scenarios'], io)).toBe(0);
    const exams = readdirSync(join(ROOT, 'scenarios', 'exams')).filter((f) => f.endsWith('.exam.yaml')).length;
    const files = readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.yaml')).length + exams;
    expect(io.out).toMatch(new RegExp(`${files} files checked: 0 errors`));
  });
});
