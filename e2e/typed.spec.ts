import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { formatPathError, gradePath, readTyped, runPath, type Move } from '../engine/index.ts';
import { TYPED_YAML } from '../tests/support/typed-small.ts';
import { loadScenario } from '../engine/index.ts';
import { bundledScenarios, debriefScore, openFromLibrary } from './support.ts';

const all = bundledScenarios();
const en = all.find((b) => b.file === 'double-charge.yaml')?.scenario ?? all.find((b) => b.scenario.locale === 'en')!.scenario;
const hans = all.find((b) => b.scenario.locale === 'zh-Hans')!.scenario;
const small = (() => {
  const r = loadScenario(TYPED_YAML, 'typed-small.yaml');
  if (!r.ok) throw new Error('fixture');
  return r.value;
})();

const APOLOGY = 'I am so sorry you were charged twice for one order, I would be upset too. I will sort this out for you.';

/** The anger after some moves, by the engine's one walk with the engine's reader. */
function moodAfter(scenario: typeof en, moves: readonly Move[]): number {
  return runPath(scenario, moves, { readTyped }).at.mood;
}

async function typeReply(page: Page, text: string) {
  const box = page.getByRole('textbox', { name: /^Your reply, in / });
  await box.fill(text);
  await page.getByRole('button', { name: 'Send my reply' }).click();
}

/** Replace speech recognition with a fake that hears `transcript` (headless Chromium has none). */
async function fakeRecognition(page: Page, transcript: string) {
  await page.addInitScript((heard) => {
    class FakeRecognition {
      lang = '';
      interimResults = false;
      continuous = false;
      maxAlternatives = 1;
      onresult: ((e: unknown) => void) | null = null;
      onerror: ((e: unknown) => void) | null = null;
      onend: (() => void) | null = null;
      start() {
        (window as unknown as { __recognitionLang: string }).__recognitionLang = this.lang;
        setTimeout(() => {
          this.onresult?.({ resultIndex: 0, results: [Object.assign([{ transcript: heard }], { isFinal: true })] });
          this.onend?.();
        }, 50);
      }
      stop() {
        this.onend?.();
      }
      abort() {
        this.onend?.();
      }
    }
    // Recent Chromium has the unprefixed constructor too (it hears nothing headless): replace both.
    for (const name of ['SpeechRecognition', 'webkitSpeechRecognition']) Object.defineProperty(window, name, { value: FakeRecognition, configurable: true });
  }, transcript);
}

test('a typed reply: taken as an authored one, the words highlighted, rules and what to say instead, the mood moved', async ({ page }) => {
  await openFromLibrary(page, en.title);
  await typeReply(page, APOLOGY);
  const bubble = page.locator('.bubble.agent').last();
  await expect(bubble.getByText(APOLOGY, { exact: true })).toBeVisible();
  await expect(bubble.getByText('in your own words')).toBeVisible();
  const run = runPath(en, [{ typed: APOLOGY }], { readTyped });
  await expect(bubble.getByText('The customer took this as:')).toContainText(run.steps[0]!.choice!.reply);
  await expect(bubble.locator('mark').first()).toBeVisible();
  await expect(page.getByRole('meter', { name: 'Customer’s anger' })).toHaveAttribute('aria-valuenow', String(moodAfter(en, [{ typed: APOLOGY }])));
  await expect(page.getByRole('textbox', { name: /^Your reply, in English/ })).toHaveValue('');
  // A reply that breaks a rule: the rule, and an authored reply that keeps it.
  await typeReply(page, 'You should have checked your bank statement, it is not our fault.');
  const second = page.locator('.bubble.agent').last();
  await expect(second.getByText(/^Broke: /).first()).toBeVisible();
  await expect(second.getByText(/^Try instead:/).first()).toBeVisible();
});

test('bad input gets a clear message, nothing executes and nothing in the call is lost', async ({ page }) => {
  await openFromLibrary(page, en.title);
  const chosen = en.nodes[en.start]!.choices[0]!;
  await page.getByRole('button', { name: chosen.reply, exact: true }).click();
  const box = page.getByRole('textbox', { name: /^Your reply, in English/ });
  const turn = page.getByText('Turn 2 of at most');
  const cases: Array<[string, RegExp]> = [
    ['', /Type what you would say to the customer first/],
    ['   \n  ', /Type what you would say to the customer first/],
    ['I am sorry. '.repeat(250), /at most 1,000 characters/],
    ['非常抱歉，给您添麻烦了。', /This call is in English/],
    ['<img src=x onerror="window.__pwned = 1">Sorry', /pasted HTML or code/],
    ['<script>window.__pwned = 2</script>', /pasted HTML or code/],
  ];
  for (const [text, message] of cases) {
    await typeReply(page, text);
    await expect(page.locator('#typed-error')).toHaveText(message);
    await expect(box).toHaveValue(text);
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(turn).toBeVisible();
    await expect(page.locator('.bubble.agent')).toHaveCount(1);
  }
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  // The draft survives a turn taken by clicking; a good reply afterwards clears the message.
  await page.getByRole('button', { name: en.nodes[run1(chosen.id)]!.choices[0]!.reply, exact: true }).click();
  await expect(box).toHaveValue(cases.at(-1)![0]);
  await typeReply(page, APOLOGY);
  await expect(page.locator('#typed-error')).toBeEmpty();
});

function run1(choiceId: string): string {
  return runPath(en, [choiceId]).at.node.id;
}

test('a spoken reply: the fake recogniser hears it in the scenario language, the agent checks it and sends it', async ({ page }) => {
  const node = hans.nodes[hans.start]!;
  const spoken = node.choices[0]!.reply;
  await fakeRecognition(page, spoken);
  await openFromLibrary(page, hans.title);
  await page.getByRole('button', { name: 'Speak' }).click();
  const box = page.getByRole('textbox', { name: /^Your reply, in / });
  await expect(box).toHaveValue(spoken);
  expect(await page.evaluate(() => (window as unknown as { __recognitionLang: string }).__recognitionLang)).toBe('zh-CN');
  await page.getByRole('button', { name: 'Send my reply' }).click();
  await expect(page.locator('.bubble.agent').last().getByText('The customer took this as:')).toContainText(node.choices[0]!.reply);
});

test('typed replies survive a reload, and the debrief grades and shows them', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open scenario file…' }).setInputFiles({ name: 'typed-small.yaml', mimeType: 'application/yaml', buffer: Buffer.from(TYPED_YAML) });
  await expect(page.getByRole('heading', { level: 1, name: small.title })).toBeVisible();
  const weather = 'The weather is lovely today.';
  await typeReply(page, weather);
  await expect(page.getByText('The customer took this as none of the replies on offer.')).toBeVisible();
  await expect(page.getByText(small.nodes.confused!.customer).last()).toBeVisible();
  await page.reload();
  await expect(page.locator('.bubble.agent > p').getByText(weather, { exact: true })).toBeVisible();
  const sorry = "I'm sorry, I hear you: your parcel is late and I will sort it out today.";
  await typeReply(page, sorry);
  // A choices-only node: no box, the reason instead.
  await expect(page.getByText('At this point of the call, pick one of the replies.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Your reply, in / })).toHaveCount(0);
  await page.getByRole('button', { name: small.nodes.verify!.choices[0]!.reply, exact: true }).click();
  const moves: Move[] = [{ typed: weather }, { typed: sorry }, 'reship'];
  const g = gradePath(small, moves);
  if (!g.ok) throw new Error(formatPathError(g.error, 'en'));
  expect(await debriefScore(page)).toBe(g.scorecard.score);
  const yours = page.locator('.path').first();
  await expect(yours.getByText(weather, { exact: true })).toBeVisible();
  await expect(yours.getByText('(in your own words)')).toHaveCount(2);
});

test('the typed reply box and its feedback have no serious or critical axe violations, in English and Chinese', async ({ page }) => {
  await openFromLibrary(page, en.title);
  await typeReply(page, APOLOGY);
  await typeReply(page, '<b>no</b>');
  await expect(page.locator('#typed-error')).not.toBeEmpty();
  const check = async (screen: string) => {
    const results = await new AxeBuilder({ page }).analyze();
    const report = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(report, `${screen}: axe-core serious/critical violations`).toEqual([]);
  };
  await check('typed reply (en)');
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('zh-Hans');
  await openFromLibrary(page, hans.title);
  await page.getByRole('textbox', { name: /^你的回复/ }).fill('您好，非常抱歉给您带来不便，我马上帮您处理。');
  await page.getByRole('button', { name: '发送回复' }).click();
  await expect(page.getByText('客户把这句话理解为：')).toBeVisible();
  await check('typed reply (zh-Hans)');
});
