import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { verifyRecordText } from '../engine/index.ts';
import { answer, EXAM_FILE, examPaths, exampleExam, expectAccessible } from './exam-support.ts';

test.describe.configure({ timeout: 180_000 });

const ctx = exampleExam();
const paths = examPaths(ctx);

test('a candidate sits the example exam: no feedback or rewind, a reload resumes, the downloaded record verifies', async ({ page }) => {
  await page.goto('/#/exam/customer-care-basics');
  await expect(page.getByRole('heading', { level: 1, name: /Exam: Customer care basics/ })).toBeVisible();
  await expectAccessible(page, 'exam start');
  await page.getByRole('button', { name: 'Start the exam' }).click();
  await expect(page.getByRole('alert')).toHaveText('Enter both your name and your ID.');
  await page.getByRole('textbox', { name: 'Your name' }).fill('Ana Silva');
  await page.getByRole('textbox', { name: 'Your employee or candidate ID' }).fill('agent-7');
  await page.getByRole('button', { name: 'Start the exam' }).click();

  const [first, second] = ctx.scenarios;
  await expect(page.getByRole('heading', { level: 1, name: first!.title })).toBeVisible();
  await expect(page.getByText('Call 1 of 2')).toBeVisible();
  await expect(page.getByRole('timer')).toBeVisible();
  await expectAccessible(page, 'exam call');
  await answer(page, first!, paths.pass[0]!.slice(0, 2));
  await expect(page.getByRole('button', { name: /Rewind/ })).toHaveCount(0);
  await expect(page.locator('.feedback, .feedback-more')).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Your exam was resumed where you left off.' })).toBeVisible();
  await answer(page, first!, paths.pass[0]!.slice(2));
  await page.getByRole('button', { name: 'Next call' }).click();
  await expect(page.getByRole('heading', { level: 1, name: second!.title })).toBeVisible();
  await answer(page, second!, paths.blame);
  await page.getByRole('button', { name: 'See the result' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /Exam result: Not passed/ })).toBeVisible();
  await expect(page.getByText(/Failed on a critical rule: .*no-blame/)).toBeVisible();
  await expectAccessible(page, 'exam result');
  const code = (await page.locator('.verification-code').textContent())!;
  expect(code).toMatch(/^[0-9a-f]{64}$/);

  const download = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the record (JSON)' }).click()]).then(([d]) => d);
  const text = readFileSync((await download.path())!, 'utf8');
  const verified = verifyRecordText(ctx, text, 'downloaded.json');
  expect(verified.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(verified.record!.digest).toBe(code);
  expect(verified.record!.candidate).toEqual({ name: 'Ana Silva', id: 'agent-7' });
  expect(verified.record!.result.criticalFailures).toContain('no-blame');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Certificate' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Exam result/ })).toBeHidden();

  // The same candidate may try once more (attempts: 2), then no more.
  await page.emulateMedia({ media: 'screen' });
});

test('the reply timer running out is dead air: shown, saved across a reload, and kept in the record', async ({ page }) => {
  await page.clock.install();
  await page.goto('/#/exam/customer-care-basics');
  await page.getByRole('textbox', { name: 'Your name' }).fill('Bo Chen');
  await page.getByRole('textbox', { name: 'Your employee or candidate ID' }).fill('agent-8');
  await page.getByRole('button', { name: 'Start the exam' }).click();
  const [first, second] = ctx.scenarios;
  await expect(page.getByRole('heading', { level: 1, name: first!.title })).toBeVisible();
  await page.clock.runFor(ctx.exam.replySeconds * 1000 + 500);
  await expect(page.locator('.dead-air')).toHaveCount(1);
  await page.reload();
  await expect(page.locator('.dead-air')).toHaveCount(1);
  await answer(page, first!, paths.pass[0]!);
  await page.getByRole('button', { name: 'Next call' }).click();
  await answer(page, second!, paths.pass[1]!);
  await page.getByRole('button', { name: 'See the result' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Exam result/ })).toBeVisible();
  const download = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the record (JSON)' }).click()]).then(([d]) => d);
  const verified = verifyRecordText(ctx, readFileSync((await download.path())!, 'utf8'), 'downloaded.json');
  expect(verified.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const moves = verified.record!.scenarios[0]!.moves;
  expect(moves[0]).toMatchObject({ move: { silence: true } });
  expect(moves[0]!.ms).toBeGreaterThanOrEqual(ctx.exam.replySeconds * 1000);
  expect(moves[1]!.ms).toBeGreaterThanOrEqual(moves[0]!.ms);
});

test('an unknown exam says so', async ({ page }) => {
  await page.goto('/#/exam/no-such-exam');
  await expect(page.getByRole('alert')).toHaveText('There is no exam "no-such-exam" in this app.');
});

test('an exam that allows replies in the candidate’s own words: a typed reply is recorded and verify re-grades it', async ({ page }) => {
  const own = exampleExam(EXAM_FILE.replace('customer-care-basics', 'own-words-check'));
  const path = examPaths(own).pass[0]!;
  const scenario = own.scenarios[0]!;
  const first = scenario.nodes[scenario.start]!.choices.find((c) => c.id === path[0])!;
  await page.goto('/#/exam/own-words-check');
  await page.getByRole('textbox', { name: 'Your name' }).fill('Lee Wong');
  await page.getByRole('textbox', { name: 'Your employee or candidate ID' }).fill('agent-9');
  await page.getByRole('button', { name: 'Start the exam' }).click();
  await expect(page.getByRole('heading', { level: 1, name: scenario.title })).toBeVisible();
  await page.getByRole('textbox', { name: 'Your reply, in English' }).fill(first.reply);
  await page.getByRole('button', { name: 'Send my reply' }).click();
  await expect(page.getByRole('log', { name: 'Conversation' }).getByText(first.reply, { exact: true })).toBeVisible();
  await expect(page.locator('.feedback, .feedback-more')).toHaveCount(0);
  await expectAccessible(page, 'exam call with typed replies');
  await answer(page, scenario, path.slice(1));
  await page.getByRole('button', { name: 'See the result' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Exam result/ })).toBeVisible();
  const download = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the record (JSON)' }).click()]).then(([d]) => d);
  const verified = verifyRecordText(own, readFileSync((await download.path())!, 'utf8'), 'typed.json');
  expect(verified.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(verified.record!.scenarios[0]!.moves[0]!.move).toEqual({ typed: first.reply });
});
