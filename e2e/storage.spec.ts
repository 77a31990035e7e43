import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { analyzeScenario } from '../engine/index.ts';
import { gradePath } from '../engine/index.ts';
import { formatPathError, type Move } from '../engine/index.ts';
import { hashText } from '../src/state/hash-text.ts';
import { bundledScenarios, clickReplies, debriefScore, SCENARIO_DIR } from './support.ts';

const all = bundledScenarios();
const byFile = (file: string) => all.find((b) => b.file === file)!.scenario;
const charge = byFile('double-charge.yaml');
const delay = byFile('delivery-delay.yaml');

function scoreOf(scenario: typeof charge, path: readonly Move[]): number {
  const g = gradePath(scenario, path);
  if (!g.ok) throw new Error(formatPathError(g.error, 'en'));
  return g.scorecard.score;
}

async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  expect(bad, `${screen}: axe-core serious/critical violations`).toEqual([]);
}

/** Write records straight into the app's IndexedDB, as an older version of the app or a tamperer would. */
async function putRecords(page: Page, store: string, records: object[]): Promise<void> {
  await page.evaluate(
    async ({ store, records }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('hardcall');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        for (const v of records) tx.objectStore(store).put(v);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { store, records },
  );
}

/** Open the library once so the app creates its database, then write records into it and reload. */
async function withStored(page: Page, store: string, records: object[]): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible();
  await putRecords(page, store, records);
  await page.reload();
}

const attemptOf = (s: typeof charge, id: string | number, transcript: readonly Move[], extra: object = {}) => ({
  id, key: s.id, scenarioId: s.id, version: s.version, transcript, deadAir: [], finishedAt: Date.UTC(2025, 0, 2), ...extra,
});

test('two tabs finish calls at once: both attempts are kept, and each tab learns of the other’s', async ({ context }) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  const bestCharge = analyzeScenario(charge).best.choices;
  const bestDelay = analyzeScenario(delay).best.choices;
  await a.goto(`/#/call/${charge.id}`);
  await b.goto(`/#/call/${delay.id}`);
  await clickReplies(a, charge, bestCharge);
  await clickReplies(b, delay, bestDelay);
  expect(await debriefScore(a)).toBe(scoreOf(charge, bestCharge));
  await expect(b.getByRole('link', { name: 'See the debrief' })).toBeVisible();
  await b.getByRole('link', { name: 'See the debrief' }).click();
  await expect(b.getByRole('meter', { name: 'Score' })).toHaveAttribute('aria-valuenow', String(scoreOf(delay, bestDelay)));
  // Tab A has not reloaded: it heard of tab B's attempt.
  await a.getByRole('link', { name: 'Back to the library' }).first().click();
  const card = (p: Page, title: string) => p.getByRole('article').filter({ has: p.getByRole('link', { name: title, exact: true }) });
  await expect(card(a, delay.title)).toContainText(`Best score: ${scoreOf(delay, bestDelay)}`);
  await expect(card(a, delay.title)).toContainText(/\b1 attempt(?!s)/);
  await expect(card(a, charge.title)).toContainText(`Best score: ${scoreOf(charge, bestCharge)}`);
  await a.reload();
  await expect(card(a, delay.title)).toContainText(/\b1 attempt(?!s)/);
  await expect(card(a, charge.title)).toContainText(/\b1 attempt(?!s)/);
});

test('two tabs on the same scenario play separate calls, and a reload resumes each tab’s own', async ({ context }) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  const worst = analyzeScenario(charge).worst.choices;
  const best = analyzeScenario(charge).best.choices;
  await a.goto(`/#/call/${charge.id}`);
  await clickReplies(a, charge, worst.slice(0, 1));
  await b.goto(`/#/call/${charge.id}`);
  await expect(b.getByText('Turn 1 of at most')).toBeVisible();
  await clickReplies(b, charge, best.slice(0, 2));
  await a.reload();
  await expect(a.getByText('Turn 2 of at most')).toBeVisible();
  await b.reload();
  await expect(b.getByText('Turn 3 of at most')).toBeVisible();
  await clickReplies(a, charge, worst.slice(1));
  await clickReplies(b, charge, best.slice(2));
  expect(await debriefScore(a)).toBe(scoreOf(charge, worst));
  expect(await debriefScore(b)).toBe(scoreOf(charge, best));
  await expect(b.getByRole('listitem').filter({ hasText: /: \d+ — / })).toHaveCount(2);
});

test('a tampered attempt shows the score its transcript earns, not the one stored', async ({ page }) => {
  const worst = analyzeScenario(charge).worst.choices;
  const earned = scoreOf(charge, worst);
  expect(earned).toBeLessThan(100);
  await withStored(page, 'attempts', [attemptOf(charge, 'tampered', worst, { score: 100, passed: true, outcome: 'resolved' })]);
  await expect(page.getByText(`Best score: ${earned}`)).toBeVisible();
  await expect(page.getByText('Best score: 100')).toHaveCount(0);
  await page.getByRole('link', { name: `Latest debrief and history: ${charge.title}` }).click();
  await expect(page.getByRole('meter', { name: 'Score' })).toHaveAttribute('aria-valuenow', String(earned));
  await expect(page.getByRole('listitem').filter({ hasText: new RegExp(`: ${earned} — `) })).toHaveCount(1);
});

test('an attempt played on an older version is graded against that version, and says so', async ({ page }) => {
  const text = readFileSync(join(SCENARIO_DIR, 'double-charge.yaml'), 'utf8');
  const oldVersion = charge.version - 1;
  const oldText = text.replace(/^version: \d+/m, `version: ${oldVersion}`);
  const pin = { scenarioId: charge.id, version: oldVersion, hash: hashText(oldText) };
  const best = analyzeScenario(charge).best.choices;
  await withStored(page, 'sources', [{ pin: `${pin.scenarioId}@${pin.version}#${pin.hash}`, file: 'double-charge.yaml', text: oldText }]);
  await putRecords(page, 'attempts', [{ ...attemptOf(charge, 'old', best), ...pin }]);
  await page.goto(`/#/debrief/${charge.id}/old`);
  await page.reload();
  await expect(page.getByText(`Graded against version ${oldVersion} of this scenario, the one you played (the library now has version ${charge.version}).`)).toBeVisible();
  await expect(page.getByRole('meter', { name: 'Score' })).toHaveAttribute('aria-valuenow', String(scoreOf(charge, best)));
  await expectNoSeriousViolations(page, 'debrief graded against an older version');
});

test('damaged records are listed for deletion, an unreadable date does not blank the debrief', async ({ page }) => {
  const best = analyzeScenario(charge).best.choices;
  await withStored(page, 'attempts', [
    attemptOf(charge, 'bad-date', best, { finishedAt: 'not a date' }),
    { id: 'broken', key: charge.id, scenarioId: charge.id, version: charge.version, transcript: 'a,b' },
    attemptOf(charge, 'bad-path', ['no-such-reply']),
  ]);
  const section = page.getByRole('region', { name: 'Stored records that cannot be read' });
  await expect(section).toContainText('Attempt “broken”: the field “transcript” is missing or malformed');
  await expectNoSeriousViolations(page, 'library with unreadable records');
  await section.getByRole('button', { name: 'Delete Attempt “broken”' }).click();
  await expect(section).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(section).toHaveCount(0);

  await page.goto(`/#/debrief/${charge.id}/bad-date`);
  await expect(page.getByRole('meter', { name: 'Score' })).toHaveAttribute('aria-valuenow', String(scoreOf(charge, best)));
  await expect(page.getByText(/^unknown date: \d+ — /)).toBeVisible();
  const ungraded = page.getByRole('link', { name: /: cannot be graded$/ });
  await expect(ungraded).toBeVisible();

  await ungraded.click();
  await expect(page.getByRole('alert')).toContainText('This attempt cannot be graded: its replies do not make a path through version');
  await expectNoSeriousViolations(page, 'attempt that cannot be graded');
  await page.getByRole('button', { name: 'Delete this attempt' }).click();
  await expect(page.getByRole('heading', { name: 'Scenarios' })).toBeVisible();
  await expect(page.getByRole('article').filter({ hasText: charge.title })).toContainText(/\b1 attempt(?!s)/);
});

test('a hung IndexedDB open: the call still reaches its debrief, and the notice says storage did not answer', async ({ page }) => {
  await page.addInitScript(() => {
    // indexedDB.open returns a real request whose events never reach the app: it neither opens nor fails.
    const open = indexedDB.open.bind(indexedDB);
    indexedDB.open = (name: string, version?: number) => {
      const request = open(name, version);
      for (const type of ['success', 'error', 'upgradeneeded', 'blocked']) request.addEventListener(type, (e) => e.stopImmediatePropagation());
      return request;
    };
  });
  const best = analyzeScenario(charge).best.choices;
  await page.goto(`/#/call/${charge.id}`);
  await clickReplies(page, charge, best);
  expect(await debriefScore(page)).toBe(scoreOf(charge, best));
  await expect(page.getByRole('alert').filter({ hasText: 'Progress cannot be saved on this device (no answer within 4 seconds)' })).toBeVisible();
});

test('a screen that fails shows a way back and recovers on "Try again", keeping the call', async ({ page }) => {
  const best = analyzeScenario(charge).best.choices;
  await page.goto(`/#/call/${charge.id}`);
  await clickReplies(page, charge, best);
  await expect(page.getByRole('link', { name: 'See the debrief' })).toBeVisible();
  // The debrief's code cannot be fetched (a dropped connection, a redeploy).
  let block = true;
  await page.route(/debrief-screen-.*\.js$/, (route) => (block ? route.abort() : route.continue()));
  await page.getByRole('link', { name: 'See the debrief' }).click();
  await expect(page.getByRole('heading', { name: 'Something went wrong on this screen.' })).toBeVisible();
  await expect(page.getByText('Your saved calls and attempts are kept.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to the library' })).toBeVisible();
  await expectNoSeriousViolations(page, 'error boundary');
  block = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('meter', { name: 'Score' })).toHaveAttribute('aria-valuenow', String(scoreOf(charge, best)));
});

test('unbroken tokens as long as the loader allows do not widen the page, and a 10,000-character one gets its located error', async ({ page }) => {
  // The loader caps a title at 200 characters and a line at 2,000 (scenarios/README.md): use the most it takes.
  const short = 'x'.repeat(180);
  const token = 'x'.repeat(1_900);
  const yaml = `id: long-token
version: 1
locale: en
title: "Title ${short}"
difficulty: 1
persona: { name: "Pat", temperament: lively, mood: 50 }
brief: "Brief ${token}"
issue: { summary: late, keywords: [late] }
solvableInCall: true
maxTurns: 3
passScore: 50
start: opening
nodes:
  opening:
    customer: "Where ${token}"
    choices:
      - id: long
        reply: "I'm sorry the parcel is late ${token}"
        to: done
  done:
    customer: "Thanks ${token}"
    end: resolved
`;
  await page.setViewportSize({ width: 800, height: 700 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Open scenario file…' }).setInputFiles({ name: 'long.yaml', mimeType: 'application/yaml', buffer: Buffer.from(yaml) });
  const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Title');
  expect(await pageWidth()).toBeLessThanOrEqual(800);
  await page.getByRole('button', { name: /I'm sorry the parcel is late/ }).click();
  expect(await pageWidth()).toBeLessThanOrEqual(800);
  await page.getByRole('link', { name: 'See the debrief' }).click();
  await expect(page.getByRole('meter', { name: 'Score' })).toBeVisible();
  expect(await pageWidth()).toBeLessThanOrEqual(800);
  await page.goto('/');
  await expect(page.getByRole('article').filter({ hasText: 'Title xxx' })).toBeVisible();
  expect(await pageWidth()).toBeLessThanOrEqual(800);
  // Past the cap, the file is refused with a located problem, and that does not widen the page either.
  const huge = yaml.replace(`late ${token}`, `late ${'y'.repeat(10_000)}`);
  await page.getByRole('button', { name: 'Open scenario file…' }).setInputFiles({ name: 'huge.yaml', mimeType: 'application/yaml', buffer: Buffer.from(huge) });
  await expect(page.getByText('huge.yaml').first()).toBeVisible();
  expect(await pageWidth()).toBeLessThanOrEqual(800);
});
