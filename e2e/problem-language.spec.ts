import { expect, test } from '@playwright/test';
import { formatProblem, loadScenario } from '../engine/index.ts';

const BROKEN = `id: broken-lang
version: 1
locale: en
title: Broken
difficulty: 1
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
        next:
          - when: { moodAbove: 40 }
            to: closing
          - to: closing
  closing:
    customer: Bye.
    end: resolved
`;

test('a broken file’s problems are worded in the interface language, and follow a change of it', async ({ page }) => {
  const r = loadScenario(BROKEN, 'broken.yaml');
  if (r.ok) throw new Error('expected the fixture to be broken');
  const p = r.problems[0]!;
  expect(p).toMatchObject({ code: 'unknown-field', line: 20, column: 21 });
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption({ label: '繁體中文' });
  await page.getByRole('button', { name: '開啟情境檔案…' }).setInputFiles({ name: 'broken.yaml', mimeType: 'application/yaml', buffer: Buffer.from(BROKEN) });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('broken.yaml:20:21');
  await expect(alert).toContainText(formatProblem(p, 'zh-Hant'));
  await expect(alert).toContainText('（是不是想寫 「moodAtLeast」？）');
  await page.getByRole('combobox', { name: '介面語言' }).selectOption({ label: 'English' });
  await expect(alert).toContainText(formatProblem(p, 'en'));
  await expect(alert).toContainText('unknown field "moodAbove" in nodes.opening.choices[0].next[0].when (did you mean "moodAtLeast"?)');
});
