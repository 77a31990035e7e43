import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { analyzeScenario } from '../engine/index.ts';
import { bundledScenarios, clickReplies, openFromLibrary } from './support.ts';

/** Run axe-core on the page and fail on any serious or critical violation, listing them. */
async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n  ')}`);
  expect(report, `${screen}: axe-core serious/critical violations`).toEqual([]);
}

test.describe.configure({ timeout: 180_000 });

const en = bundledScenarios().find((b) => b.scenario.locale === 'en')!.scenario;
const zh = bundledScenarios().find((b) => b.scenario.locale === 'zh-Hant')!.scenario;

test('library, file errors, call, ending and debrief have no serious or critical axe violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible();
  await expectNoSeriousViolations(page, 'library');

  await page.getByRole('button', { name: 'Open scenario file…' }).setInputFiles({ name: 'bad.yaml', mimeType: 'application/yaml', buffer: Buffer.from('id: [unclosed\n') });
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoSeriousViolations(page, 'library with file errors');

  const a = analyzeScenario(en);
  await openFromLibrary(page, en.title);
  await page.getByRole('combobox', { name: 'Reply timer' }).selectOption({ label: '30 s' });
  await expectNoSeriousViolations(page, 'call (start, timer on)');
  await clickReplies(page, en, a.worst.choices.slice(0, 2));
  await expectNoSeriousViolations(page, 'call (practice feedback)');
  await clickReplies(page, en, a.worst.choices.slice(2));
  await expect(page.getByRole('link', { name: 'See the debrief' })).toBeVisible();
  await expectNoSeriousViolations(page, 'call ended');
  await page.getByRole('link', { name: 'See the debrief' }).click();
  await expect(page.getByRole('heading', { name: 'Your path and the best path' })).toBeVisible();
  await expectNoSeriousViolations(page, 'debrief');
});

test('Chinese UI on a Chinese scenario has no serious or critical axe violations', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption({ label: '繁體中文' });
  await expect(page.getByRole('heading', { level: 1, name: '情境' })).toBeVisible();
  await expectNoSeriousViolations(page, 'library (zh-Hant)');
  await page.getByRole('link', { name: zh.title, exact: true }).click();
  await clickReplies(page, zh, analyzeScenario(zh).best.choices.slice(0, 1));
  await expectNoSeriousViolations(page, 'call (zh-Hant)');
});
