import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { runCli } from '../engine/cli/main.ts';
import { createNodeIO } from '../engine/cli/main.ts';
import { startLms } from '../tests/support/lms.ts';
import { readStatements, startLrs, type Lrs } from '../tests/support/lrs.ts';
import { statementProblems } from '../tests/support/xapi-validate.ts';
import { answer, EXAM_FILE, examPaths, exampleExam } from './exam-support.ts';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

const ROOT = join(import.meta.dirname, '..');
const ctx = exampleExam();
const paths = examPaths(ctx);
let lrs: Lrs;
let lms: Awaited<ReturnType<typeof startLms>>;
let work: string;

/** Build a package with the CLI, as a training manager would, and unpack it where the LMS serves it. */
function buildPackage(kind: 'cmi5' | 'scorm'): { dir: string; manifest: string } {
  const zip = join(work, `${kind}.zip`);
  execFileSync(process.execPath, [join(ROOT, 'bin/hardcall.mjs'), 'package', '--exam', EXAM_FILE, `--${kind}`, '--out', zip], { cwd: ROOT, stdio: 'pipe' });
  const dir = join(work, kind);
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  return { dir, manifest: readFileSync(join(dir, kind === 'cmi5' ? 'cmi5.xml' : 'imsmanifest.xml'), 'utf8') };
}

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'hardcall-lms-'));
  lrs = await startLrs();
});
test.afterAll(async () => {
  await lms?.stop();
  await lrs?.stop();
  rmSync(work, { recursive: true, force: true });
});

async function capture(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = { ...createNodeIO(), cwd: ROOT, out: '', err: '' };
  io.stdout = (t: string) => void (io.out += t);
  io.stderr = (t: string) => void (io.err += t);
  delete (io as { stdoutBytes?: unknown }).stdoutBytes;
  const code = await runCli(args, io);
  return { code, out: io.out, err: io.err };
}

test('cmi5: an LMS launches the package, the exam reports to a real LRS, certify and verify read it back', async ({ page }) => {
  const pkg = buildPackage('cmi5');
  const au = /<au id="([^"]+)"[^>]*masteryScore="([\d.]+)"/.exec(pkg.manifest)!;
  const url = /<url>([^<]+)<\/url>/.exec(pkg.manifest)![1]!.replace(/&amp;/g, '&');
  lms = await startLms(lrs, pkg.dir);
  const registration = crypto.randomUUID();
  const actor = { objectType: 'Agent', name: 'Kim Lee', account: { homePage: lms.origin, name: 'agent-42' } };
  lms.launches.set(registration, {
    registration,
    activityId: au[1]!,
    actor,
    launchData: {
      contextTemplate: { contextActivities: { grouping: [{ id: au[1]! }] }, extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': crypto.randomUUID() } },
      launchMode: 'Normal',
      masteryScore: Number(au[2]),
      moveOn: 'CompletedAndPassed',
    },
  });
  const q = new URLSearchParams({ endpoint: `${lms.origin}/xapi/`, fetch: `${lms.origin}/fetch?registration=${registration}`, actor: JSON.stringify(actor), registration, activityId: au[1]! });
  await page.goto(`${lms.origin}/pkg/${url}&${q}`);

  const [first, second] = ctx.scenarios;
  await expect(page.getByRole('heading', { level: 1, name: first!.title })).toBeVisible();
  await expect(page.getByText('Candidate: Kim Lee (agent-42) · attempt 1')).toBeVisible();
  await answer(page, first!, paths.pass[0]!);
  await page.getByRole('button', { name: 'Next call' }).click();
  // A reload in the middle resumes the cmi5 session with its token: no second `initialized`.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: second!.title })).toBeVisible();
  await answer(page, second!, paths.pass[1]!);
  await page.getByRole('button', { name: 'See the result' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Exam result: Passed/ })).toBeVisible();
  await expect(page.getByText('Your result was sent to your learning system.')).toBeVisible();

  const statements = (await readStatements(lrs)).filter((s) => (s.context as { registration?: string }).registration === registration);
  for (const s of statements) expect(statementProblems(s), JSON.stringify(s)).toEqual([]);
  const verbs = statements.map((s) => (s.verb as { id: string }).id.split('/').pop());
  const decisions = paths.pass[0]!.length + paths.pass[1]!.length;
  expect(verbs.filter((v) => v === 'answered')).toHaveLength(decisions);
  for (const v of ['initialized', 'passed', 'completed', 'terminated']) expect(verbs.filter((x) => x === v), v).toHaveLength(1);
  expect(verbs).not.toContain('failed');
  expect(verbs[0]).toBe('initialized');
  expect(verbs[verbs.length - 1]).toBe('terminated');
  const answered = statements.find((s) => (s.verb as { id: string }).id.endsWith('answered'))!;
  const def = (answered.object as { definition: { interactionType: string; type: string; choices: Array<{ id: string }> } }).definition;
  expect(def.type).toBe('http://adlnet.gov/expapi/activities/cmi.interaction');
  expect(def.interactionType).toBe('choice');
  expect(def.choices.map((c) => c.id)).toEqual(first!.nodes[first!.start]!.choices.map((c) => c.id));
  expect((answered.result as { response: string }).response).toBe(paths.pass[0]![0]);
  const passed = statements.find((s) => (s.verb as { id: string }).id.endsWith('passed'))!;
  expect((passed.result as { score: { scaled: number }; duration: string }).duration).toMatch(/^P/);

  const lrsArgs = ['--exam', EXAM_FILE, '--lrs', lrs.endpoint, '--lrs-auth', lrs.auth];
  const verified = await capture(['verify', ...lrsArgs]);
  expect(verified.err).toBe('');
  expect(verified.code).toBe(0);
  expect(verified.out).toMatch(/ok — Kim Lee \(agent-42\), attempt 1, score \d+(\.\d)?, passed/);
  const roster = await capture(['certify', ...lrsArgs]);
  expect(roster.code).toBe(0);
  expect(roster.out.split('\r\n')[1]).toMatch(/^agent-42,Kim Lee,1,1,\d+(\.\d)?,passed,passed,/);
});

test('SCORM 2004: the package runs inside a scorm-again host page and reports interactions, score and status', async ({ page }) => {
  await lms?.stop();
  const pkg = buildPackage('scorm');
  expect(pkg.manifest).toContain('<schemaversion>2004 4th Edition</schemaversion>');
  const href = /adlcp:scormType="sco" href="([^"]+)"/.exec(pkg.manifest)![1]!.replace(/&amp;/g, '&');
  lms = await startLms(lrs, pkg.dir);
  await page.goto(`${lms.origin}/scorm-host.html?launch=${encodeURIComponent(href)}`);
  const frame = page.frameLocator('iframe[title="Course"]');
  const [first, second] = ctx.scenarios;
  await expect(frame.getByRole('heading', { level: 1, name: first!.title })).toBeVisible();
  await expect(frame.getByText('Candidate: Lee, Kim (agent-42) · attempt 1')).toBeVisible();
  const replies = (s: typeof first, ids: string[]) => ids.map((id) => s!.nodeOrder.flatMap((n) => s!.nodes[n]!.choices).find((c) => c.id === id)!.reply);
  for (const text of replies(first, paths.pass[0]!)) await frame.getByRole('button', { name: text, exact: true }).click();
  await frame.getByRole('button', { name: 'Next call' }).click();
  for (const text of replies(second, paths.blame)) await frame.getByRole('button', { name: text, exact: true }).click();
  await frame.getByRole('button', { name: 'See the result' }).click();
  await expect(frame.getByRole('heading', { level: 1, name: /Exam result: Not passed/ })).toBeVisible();
  await expect(frame.getByText('Your result was sent to your learning system.')).toBeVisible();

  const cmi = await page.evaluate(() => {
    const api = (window as unknown as { API_1484_11: { GetValue(k: string): string; cmi: { toJSON(): unknown } } }).API_1484_11;
    const json = JSON.parse(JSON.stringify(api.cmi)) as { interactions: Record<string, { id: string; type: string; learner_response: string }>; score: { scaled: string }; success_status: string; completion_status: string };
    return { calls: (window as unknown as { calls: string[] }).calls, json };
  });
  expect(cmi.calls[0]).toBe('Initialize');
  expect(cmi.calls).toContain('Commit');
  expect(cmi.calls[cmi.calls.length - 1]).toBe('Terminate');
  const interactions = Object.values(cmi.json.interactions).filter((i) => typeof i === 'object' && i && 'id' in i);
  expect(interactions).toHaveLength(paths.pass[0]!.length + paths.blame.length);
  expect(interactions.every((i) => i.type === 'choice')).toBe(true);
  expect(interactions[0]!.learner_response).toBe(paths.pass[0]![0]);
  expect(cmi.json.success_status).toBe('failed');
  expect(cmi.json.completion_status).toBe('completed');
  expect(Number(cmi.json.score.scaled)).toBeGreaterThan(0);
});
