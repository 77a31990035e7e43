import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { loadScenario } from '../engine/index.ts';
import type { Move, Scenario } from '../engine/index.ts';

export const SCENARIO_DIR = join(import.meta.dirname, '..', 'scenarios');

/** Every bundled scenario file that loads (broken ones are the loader tests' business). */
export function bundledScenarios(): Array<{ file: string; scenario: Scenario }> {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => /\.(ya?ml|json)$/.test(f) && !f.endsWith('.schema.json'))
    .sort()
    .flatMap((file) => {
      const r = loadScenario(readFileSync(join(SCENARIO_DIR, file), 'utf8'), file);
      return r.ok ? [{ file, scenario: r.value }] : [];
    });
}

/** The reply text of each choice along a path, in order. */
export function replyTexts(scenario: Scenario, choices: readonly Move[]): string[] {
  const texts: string[] = [];
  for (const id of choices) {
    if (typeof id !== 'string') throw new Error('e2e paths are choice ids');
    const choice = scenario.nodeOrder.flatMap((n) => scenario.nodes[n]!.choices).find((c) => c.id === id);
    if (!choice) throw new Error(`no choice ${id}`);
    texts.push(choice.reply);
  }
  return texts;
}

/** Open a scenario from the library by clicking its title. */
export async function openFromLibrary(page: Page, title: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Play replies by clicking the buttons named by their text, waiting for each turn to land. */
export async function clickReplies(page: Page, scenario: Scenario, choices: readonly Move[]): Promise<void> {
  // React commits a click's update before the click returns, so the next turn's buttons are already there.
  // Looking only inside the replies region keeps role queries cheap on a long conversation.
  const replies = page.getByRole('region', { name: /^(Your reply|你的回答)$/ });
  for (const text of replyTexts(scenario, choices)) {
    await replies.getByRole('button', { name: text, exact: true }).click();
  }
}

/** From the end of a call, open the debrief and read the score it shows. */
export async function debriefScore(page: Page): Promise<number> {
  await expect(page.getByRole('heading', { name: /The call has ended/ })).toBeVisible();
  await page.getByRole('link', { name: 'See the debrief' }).click();
  const meter = page.getByRole('meter', { name: 'Score' });
  await expect(meter).toBeVisible();
  return Number(await meter.getAttribute('aria-valuenow'));
}

/** Replace the Web Speech API with a recorder: headless Chromium has no voices. Chinese voices report cmn/yue. */
export async function fakeSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const voices = [
      { name: 'Fake English', lang: 'en-US', default: true, localService: true, voiceURI: 'en' },
      { name: 'Fake Mandarin', lang: 'cmn-Hans-CN', default: false, localService: true, voiceURI: 'cmn' },
      { name: 'Fake Taiwan Mandarin', lang: 'cmn-Hant-TW', default: false, localService: true, voiceURI: 'cmn-tw' },
      { name: 'Fake Cantonese', lang: 'yue-Hant-HK', default: false, localService: true, voiceURI: 'yue' },
    ];
    const spoken: Array<{ text: string; lang: string; voice: string | undefined }> = [];
    (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
    class FakeUtterance {
      text: string;
      lang = '';
      voice: { name: string } | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        getVoices: () => voices,
        speak: (u: FakeUtterance) => spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name }),
        cancel: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
      },
    });
  });
}
