import { formatPathError, walkMoves, type Move } from '../engine/index.ts';
import { expect, test } from '@playwright/test';
import { analyzeScenario } from '../engine/index.ts';
import { gradePath } from '../engine/index.ts';
import { walkPath } from '../engine/index.ts';
import { bundledScenarios, clickReplies, debriefScore, fakeSpeech, openFromLibrary, replyTexts } from './support.ts';

const all = bundledScenarios();
const byLocale = (locale: string) => all.find((b) => b.scenario.locale === locale)!.scenario;
const en = all.find((b) => b.file === 'double-charge.yaml')?.scenario ?? byLocale('en');

function scoreOf(scenario: typeof en, path: readonly Move[]): number {
  const g = gradePath(scenario, path);
  if (!g.ok) throw new Error(formatPathError(g.error, 'en'));
  return g.scorecard.score;
}

test('reloading mid-call resumes exactly there, and the call continues to the right score', async ({ page }) => {
  const best = analyzeScenario(en).best.choices;
  await openFromLibrary(page, en.title);
  await clickReplies(page, en, best.slice(0, 2));
  const meter = page.getByRole('meter', { name: 'Customer’s anger' });
  const moodBefore = await meter.getAttribute('aria-valuenow');
  await page.reload();
  const log = page.getByRole('log', { name: 'Conversation' });
  for (const text of replyTexts(en, best.slice(0, 2))) await expect(log.getByText(text, { exact: true })).toBeVisible();
  await expect(meter).toHaveAttribute('aria-valuenow', moodBefore!);
  await expect(page.getByText('Turn 3 of at most')).toBeVisible();
  await clickReplies(page, en, best.slice(2));
  expect(await debriefScore(page)).toBe(scoreOf(en, best));
  // The library now shows the best score and no call in progress.
  await page.getByRole('link', { name: 'Back to the library' }).first().click();
  await expect(page.getByText(`Best score: ${scoreOf(en, best)}`)).toBeVisible();
  await page.getByRole('link', { name: `Latest debrief and history: ${en.title}` }).click();
  await expect(page.getByRole('meter', { name: 'Score' })).toHaveAttribute('aria-valuenow', String(scoreOf(en, best)));
});

test('keyboard only: library → call with keys 1–9 → debrief', async ({ page }) => {
  const worst = analyzeScenario(en).worst.choices;
  const walked = walkPath(en, worst);
  if (!walked.ok) throw new Error(formatPathError(walked.error, 'en'));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Scenarios' })).toBeFocused();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent)) === en.title) break;
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: en.title })).toBeFocused();
  for (const step of walked.path.steps) {
    await page.keyboard.press(String(step.node.choices.findIndex((c) => c.id === step.choice?.id) + 1));
  }
  await expect(page.getByRole('link', { name: 'See the debrief' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('meter', { name: 'Score' })).toHaveAttribute('aria-valuenow', String(scoreOf(en, worst)));
  // Tab and Enter on a reply button work as well as digit keys.
  await page.getByRole('link', { name: 'Play again' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your reply' })).toBeVisible();
  const first = walked.path.steps[0]!;
  await page.getByRole('button', { name: first.node.choices[0]!.reply, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Rewind to turn 1' })).toBeVisible();
});

test('practice mode: feedback with highlighted words and advice, then rewind to an earlier decision', async ({ page }) => {
  const worst = analyzeScenario(en).worst.choices;
  const g = gradePath(en, worst);
  if (!g.ok) throw new Error(formatPathError(g.error, 'en'));
  const firstBad = g.scorecard.violations.find((v) => v.turn !== null)!;
  await openFromLibrary(page, en.title);
  await clickReplies(page, en, worst.slice(0, firstBad.turn!));
  const feedback = page.locator('.bubble.agent').last();
  await expect(feedback.getByText('Feedback on your reply')).toBeVisible();
  await expect(feedback.getByText(/^Broke: /).first()).toBeVisible();
  await expect(feedback.getByText(/^What to say instead: /).first()).toBeVisible();
  await page.getByRole('button', { name: 'Rewind to turn 1' }).click();
  await expect(page.getByRole('meter', { name: 'Customer’s anger' })).toHaveAttribute('aria-valuenow', String(en.persona.mood));
  await expect(page.getByRole('button', { name: /^Rewind to turn/ })).toHaveCount(0);
  await expect(page.getByText('Turn 1 of at most')).toBeVisible();
});

test('the debrief shows the path beside the best path and "try again from here" resumes at the divergence', async ({ page }) => {
  const a = analyzeScenario(en);
  const worst = a.worst.choices;
  const d = worst.findIndex((id, i) => id !== a.best.choices[i]);
  await openFromLibrary(page, en.title);
  await clickReplies(page, en, worst);
  await debriefScore(page);
  await expect(page.getByRole('heading', { name: 'Your path and the best path' })).toBeVisible();
  await expect(page.getByText(`First divergence at turn ${d + 1}`, { exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: /Anger over the call/ })).toBeVisible();
  await page.getByRole('button', { name: `Try again from turn ${d + 1}` }).click();
  await expect(page.getByText(`Turn ${d + 1} of at most`)).toBeVisible();
  await clickReplies(page, en, a.best.choices.slice(d));
  expect(await debriefScore(page)).toBe(a.best.score);
  await expect(page.getByRole('heading', { name: 'Your attempts at this scenario' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /: \d+ — / })).toHaveCount(2);
});

test('the reply timer: dead air makes the customer angrier and is announced', async ({ page }) => {
  await page.clock.install();
  await openFromLibrary(page, en.title);
  await page.getByRole('combobox', { name: 'Reply timer' }).selectOption({ label: '10 s' });
  await expect(page.getByRole('timer')).toContainText('10 s left to reply');
  await page.clock.runFor(10_500);
  await expect(page.getByText(/Silence on the line: the customer got angrier \(\+10\)/)).toBeVisible();
  await expect(page.getByRole('meter', { name: 'Customer’s anger' })).toHaveAttribute('aria-valuenow', String(Math.min(100, en.persona.mood + 10)));
  await expect(page.getByText(`Anger rose to ${Math.min(100, en.persona.mood + 10)} of 100`)).toBeAttached();
  // Dead air is a turn of the call: the debrief grades the same moves (silence included) as the engine does.
  const best = analyzeScenario(en).best.choices.filter((m): m is string => typeof m === 'string');
  const walked = walkMoves(en, [{ silence: true }, ...best]);
  const moves = [{ silence: true } as const, ...best.slice(0, walked.steps.length - 1)];
  await page.getByRole('combobox', { name: 'Reply timer' }).selectOption({ label: 'Off' });
  await clickReplies(page, en, moves.slice(1));
  const g = gradePath(en, moves);
  if (!g.ok) throw new Error(formatPathError(g.error, 'en'));
  expect(await debriefScore(page)).toBe(g.scorecard.score);
});

test('read aloud speaks each customer line with a voice of the scenario language (cmn for Chinese)', async ({ page }) => {
  await fakeSpeech(page);
  const hans = byLocale('zh-Hans');
  await openFromLibrary(page, hans.title);
  await page.getByRole('checkbox', { name: 'Read the customer’s lines aloud' }).check();
  const spoken = () => page.evaluate(() => (window as unknown as { __spoken: Array<{ text: string; voice: string }> }).__spoken);
  await expect.poll(spoken).toEqual([{ text: hans.nodes[hans.start]!.customer, lang: 'cmn-Hans-CN', voice: 'Fake Mandarin' }]);
  await page.getByRole('button', { name: hans.nodes[hans.start]!.choices[0]!.reply, exact: true }).click();
  await expect.poll(async () => (await spoken()).length).toBe(2);

  const hant = byLocale('zh-Hant');
  await openFromLibrary(page, hant.title);
  await expect.poll(async () => (await spoken()).at(-1)).toEqual({ text: hant.nodes[hant.start]!.customer, lang: 'cmn-Hant-TW', voice: 'Fake Taiwan Mandarin' });
});

test('when IndexedDB is unusable the failure is shown and the call goes on in memory', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      get() {
        return { open: () => { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); } };
      },
    });
  });
  const best = analyzeScenario(en).best.choices;
  await openFromLibrary(page, en.title);
  await expect(page.getByRole('alert').filter({ hasText: 'Progress cannot be saved on this device' })).toBeVisible();
  await clickReplies(page, en, best);
  expect(await debriefScore(page)).toBe(scoreOf(en, best));
});

test('library filters by language and difficulty', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Scenario language' }).selectOption({ label: 'English' });
  const enTitles = all.filter((b) => b.scenario.locale === 'en').map((b) => b.scenario.title);
  await expect(page.getByRole('article')).toHaveCount(enTitles.length);
  for (const t of enTitles) await expect(page.getByRole('link', { name: t, exact: true })).toBeVisible();
  await page.getByRole('combobox', { name: 'Difficulty' }).selectOption({ label: 'Hard' });
  const hardEn = all.filter((b) => b.scenario.locale === 'en' && b.scenario.difficulty === 3).length;
  await expect(page.getByRole('article')).toHaveCount(hardEn);
});
