import { formatPathError } from '../engine/index.ts';
import { expect, test } from '@playwright/test';
import { gradePath } from '../engine/index.ts';
import { loadScenario } from '../engine/index.ts';
import { formatProblem } from '../engine/index.ts';
import { clampMood, endingAt, resolveTarget } from '../engine/index.ts';
import { bundledScenarios, debriefScore } from './support.ts';

const HOSTILE = `
id: hostile-text
version: 1
locale: en
title: "<img src=x onerror=\\"window.__pwned = 'title'\\"> Hostile <b>title</b>"
difficulty: 1
persona: { name: "<i>Mallory</i>", temperament: powerful, mood: 60 }
brief: "<script>window.__pwned = 'brief'</script>Read me."
issue: { summary: "late <u>parcel</u>", keywords: [late] }
solvableInCall: true
maxTurns: 3
passScore: 50
start: opening
nodes:
  opening:
    customer: "<script>window.__pwned = 'customer'</script><b>Where</b> is my parcel?"
    choices:
      - id: html-reply
        reply: "<img src=x onerror=\\"window.__pwned = 'reply'\\">I'm sorry the parcel is late; I will send a new one today."
        note: "<a href='javascript:alert(1)'>note</a>"
        to: done
  done:
    customer: "Thanks </li></ol><h1>injected</h1>"
    end: resolved
`;

test('a trainer’s file with HTML and script in its text plays with that text shown as plain text', async ({ page }) => {
  const loaded = loadScenario(HOSTILE, 'hostile.yaml');
  expect(loaded.ok).toBe(true);
  await page.goto('/');
  await page.getByRole('button', { name: 'Open scenario file…' }).setInputFiles({ name: 'hostile.yaml', mimeType: 'application/yaml', buffer: Buffer.from(HOSTILE) });
  const title = `<img src=x onerror="window.__pwned = 'title'"> Hostile <b>title</b>`;
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("<script>window.__pwned = 'customer'</script><b>Where</b> is my parcel?", { exact: true })).toBeVisible();
  const reply = `<img src=x onerror="window.__pwned = 'reply'">I'm sorry the parcel is late; I will send a new one today.`;
  await page.getByRole('button', { name: reply, exact: true }).click();
  await expect(page.getByText('Thanks </li></ol><h1>injected</h1>', { exact: true })).toBeVisible();
  await expect(page.getByText("Trainer’s note: <a href='javascript:alert(1)'>note</a>")).toBeAttached();
  expect(await page.locator('main img, main script, main b, main i, main u').count()).toBe(0);
  await expect(page.getByRole('heading', { name: 'injected', exact: true })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(await debriefScore(page)).toBeGreaterThanOrEqual(0);
  // The opened file stays in the library, under its own key, after a reload.
  await page.goto('/');
  await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
});

test('a broken scenario file shows its located errors in the page', async ({ page }) => {
  const broken = `id: broken-one
version: 1
locale: en
title: Broken
difficulty: 2
persona: { name: Pat, temperament: lively, mood: 50 }
brief: x
issue: { summary: x, keywords: [x] }
solvableInCall: true
maxTurns: 4
passScore: 60
start: opening
nodes:
  opening:
    customer: Hello?
    choices:
      - id: a
        reply: Hi.
        to: closng
  closing:
    customer: Bye.
    end: resolved
`;
  const r = loadScenario(broken, 'broken.yaml');
  if (r.ok) throw new Error('expected the fixture to be broken');
  const p = r.problems[0]!;
  await page.goto('/');
  await page.getByRole('button', { name: 'Open scenario file…' }).setInputFiles({ name: 'broken.yaml', mimeType: 'application/yaml', buffer: Buffer.from(broken) });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(`broken.yaml cannot be played: ${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}`);
  await expect(alert).toContainText(`broken.yaml:${p.line}:${p.column}`);
  await expect(alert).toContainText(formatProblem(p, 'en'));
  expect(p.line).toBe(19);
  // Invalid UTF-8 and a file that is not a scenario at all get their own located messages.
  await page.getByRole('button', { name: 'Open scenario file…' }).setInputFiles({ name: 'latin1.yaml', mimeType: 'application/yaml', buffer: Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xe9, 0x0a]) });
  await expect(page.getByRole('alert')).toContainText('latin1.yaml:1:5');
  await expect(page.getByRole('alert')).toContainText('UTF-8');
  await page.getByRole('button', { name: 'Open scenario file…' }).setInputFiles({ name: 'list.json', mimeType: 'application/json', buffer: Buffer.from('[1, 2, 3]') });
  await expect(page.getByRole('alert')).toContainText('list.json:1:1');
  await expect(page.getByRole('heading', { name: 'Scenarios' })).toBeVisible();
});

test('the UI language switches, is remembered, and scenario text stays in its own language', async ({ page }) => {
  const en = bundledScenarios().find((b) => b.scenario.locale === 'en')!.scenario;
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption({ label: '简体中文' });
  await expect(page.getByRole('heading', { level: 1, name: '场景' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('link', { name: en.title, exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '场景' })).toBeVisible();
  await page.getByRole('combobox', { name: '界面语言' }).selectOption({ label: '繁體中文' });
  await expect(page.getByRole('heading', { level: 1, name: '情境' })).toBeVisible();
  await page.getByRole('link', { name: en.title, exact: true }).click();
  await expect(page.getByRole('heading', { name: '你的回答' })).toBeVisible();
  await expect(page.getByRole('button', { name: en.nodes[en.start]!.choices[0]!.reply, exact: true })).toBeVisible();
  await expect(page.getByRole('meter', { name: '客戶怒氣' })).toBeVisible();
  await page.getByRole('combobox', { name: '介面語言' }).selectOption({ label: 'English' });
  await expect(page.getByRole('heading', { name: 'Your reply' })).toBeVisible();
});

test('a trainer’s JSON scenario file plays to its ending and is graded', async ({ page }) => {
  const { scenario } = bundledScenarios().find((b) => b.scenario.locale === 'zh-Hans')!;
  const { readFileSync } = await import('node:fs');
  const { parse } = await import('yaml');
  const file = bundledScenarios().find((b) => b.scenario.id === scenario.id)!.file;
  const json = JSON.stringify({ ...parse(readFileSync(`scenarios/${file}`, 'utf8')), id: 'trainer-copy', title: '培训师的副本' }, null, 2);
  await page.goto('/');
  await page.getByRole('button', { name: 'Open scenario file…' }).setInputFiles({ name: 'copy.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(page.getByRole('heading', { level: 1, name: '培训师的副本' })).toBeVisible();
  const replies = page.getByRole('region', { name: 'Your reply' });
  while (await replies.isVisible()) await page.keyboard.press('1');
  // Pressing 1 every turn is the path of first replies; the debrief must grade exactly that path.
  const path: string[] = [];
  for (let node = scenario.nodes[scenario.start]!, mood = scenario.persona.mood; !endingAt(scenario, node, path.length); ) {
    const choice = node.choices[0]!;
    path.push(choice.id);
    mood = clampMood(mood + choice.moodDelta);
    node = scenario.nodes[resolveTarget(choice, mood)]!;
  }
  const graded = gradePath(scenario, path);
  if (!graded.ok) throw new Error(formatPathError(graded.error, 'en'));
  expect(await debriefScore(page)).toBe(graded.scorecard.score);
});
