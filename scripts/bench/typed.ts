// Benchmark: a typed reply → its feedback shown (issue 16), in Chromium against the built app served by
// `vite preview` on localhost, beside baselines measured in the same run: a reply chosen by click → its
// feedback shown (the same screen update without reading any words), and a trivial click → append-a-line
// update on the app's own page (the rendering floor). Also, in Node, what the engine's part costs: reading
// a typed reply (analyzer + ranking) and the rule pass over a path with it, beside the pass over chosen ids.
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { loadScenario, readTyped, runPath, type Move, type Scenario } from '../../engine/index.ts';
import { CHROMIUM_ARGS, median, p95, measureClickBaseline } from './support/browser-bench.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const PORT = Number(process.env.BENCH_TYPED_PORT ?? 4333);
const BASE = `http://127.0.0.1:${PORT}`;
const TARGET_MS = 50;
const RUNS = 30;

const fmt = (n: number) => n.toFixed(2);

/** In the page: ms from the action to the frame that shows one more agent bubble with its feedback. */
async function timeToFeedback(page: Page, action: 'typed' | 'chosen'): Promise<number> {
  return page.evaluate(async (kind) => {
    const agent = () => document.querySelectorAll('.bubble.agent');
    const before = agent().length;
    // Shown: one more reply in the log, and the feedback on it rendered.
    const shown = () => agent().length > before && agent()[before]!.querySelector('.feedback') !== null;
    let go: () => void;
    if (kind === 'typed') {
      // Words close to the first authored reply (what an agent paraphrasing it would type), set the way React sees typing.
      const first = document.querySelector<HTMLButtonElement>('button[data-reply] span[lang]')?.textContent ?? 'I am sorry about this.';
      const box = document.querySelector<HTMLTextAreaElement>('#typed-reply')!;
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(box, `${first} `);
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const send = [...document.querySelectorAll<HTMLButtonElement>('.typed button[type=submit]')][0]!;
      go = () => send.click();
    } else {
      const button = document.querySelector<HTMLButtonElement>('button[data-reply]')!;
      go = () => button.click();
    }
    const t0 = performance.now();
    go();
    await new Promise<void>((resolve, reject) => {
      const wait = () => {
        if (shown()) requestAnimationFrame(() => resolve());
        else if (performance.now() - t0 > 5000) reject(new Error(`no feedback after a ${kind} reply: ${document.querySelector('#typed-error')?.textContent ?? ''}`));
        else requestAnimationFrame(wait);
      };
      wait();
    });
    return performance.now() - t0;
  }, action);
}

async function restartIfOver(page: Page): Promise<void> {
  if ((await page.locator('button[data-reply]').count()) > 0 && (await page.locator('#typed-reply').count()) > 0) return;
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.locator('#typed-reply').waitFor();
}

async function measureUi(browser: Browser): Promise<{ typed: number[]; chosen: number[]; floor: number[]; key: string }> {
  const ctx = await browser.newContext();
  await ctx.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
  const page = await ctx.newPage();
  await page.goto(BASE + '/');
  const href = (await page.getByRole('article').first().getByRole('link').getAttribute('href'))!;
  await page.goto(BASE + '/' + href);
  await page.locator('#typed-reply').focus();
  // The reader loads on first focus; let it arrive so the figure is the reply, not the download.
  await page.waitForLoadState('networkidle');
  const typed: number[] = [];
  const chosen: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await restartIfOver(page);
    typed.push(await timeToFeedback(page, 'typed'));
    await restartIfOver(page);
    chosen.push(await timeToFeedback(page, 'chosen'));
  }
  const floor = await measureClickBaseline(page, RUNS);
  await ctx.close();
  return { typed, chosen, floor, key: href.replace('#/call/', '') };
}

/** Engine only: per reply, µs to read a typed reply and run the rule pass over the path with it, beside the pass over chosen ids. */
function measureEngine(scenario: Scenario): { read: number; typedPass: number; chosenPass: number } {
  const node = scenario.nodes[scenario.start]!;
  const texts = node.choices.map((c) => `${c.reply} `);
  const ids: Move[] = [node.choices[0]!.id];
  const typedMoves: Move[] = [{ typed: texts[0]! }];
  const time = (n: number, f: (i: number) => void) => {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) f(i);
    return ((performance.now() - t0) / n) * 1000;
  };
  const N = 400;
  time(50, (i) => readTyped(texts[i % texts.length]!, node, scenario));
  return {
    read: time(N, (i) => readTyped(`${texts[i % texts.length]!}${i}`, node, scenario)),
    typedPass: time(N, (i) => runPath(scenario, [{ typed: `${(typedMoves[0] as { typed: string }).typed}${i}` }], { readTyped })),
    chosenPass: time(N, () => runPath(scenario, ids)),
  };
}

async function main() {
  if (!process.argv.includes('--no-build')) await build({ root: ROOT, logLevel: 'warn' });
  const server = await preview({ root: ROOT, logLevel: 'warn', preview: { port: PORT, strictPort: true, host: '127.0.0.1' } });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const ui = await measureUi(browser);
    const file = `scenarios/${ui.key}.yaml`;
    const loaded = loadScenario(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), file);
    if (!loaded.ok) throw new Error(`${file} does not load`);
    const engine = measureEngine(loaded.value);
    const mt = median(ui.typed);
    console.log(`Typed-reply benchmark: ${RUNS} typed and ${RUNS} chosen replies in "${ui.key}", taken alternately on one page`);
    const rows: Array<[string, string, string, string]> = [
      ['typed reply → feedback shown (median)', `${fmt(mt)} ms`, `${fmt(mt / median(ui.chosen))}× chosen reply (${fmt(median(ui.chosen))} ms), ${fmt(mt / median(ui.floor))}× trivial update (${fmt(median(ui.floor))} ms)`, `≤ ${TARGET_MS} ms ${mt <= TARGET_MS ? 'ok' : 'OVER'}`],
      ['  p95', `${fmt(p95(ui.typed))} ms`, `chosen p95 ${fmt(p95(ui.chosen))} ms, trivial p95 ${fmt(p95(ui.floor))} ms`, ''],
      ['engine: read one typed reply', `${fmt(engine.read)} µs`, '', ''],
      ['engine: rule pass, 1 typed move', `${fmt(engine.typedPass)} µs`, `${fmt(engine.typedPass / engine.chosenPass)}× 1 chosen move (${fmt(engine.chosenPass)} µs)`, ''],
    ];
    for (const [name, value, ratio, target] of rows) console.log(`${name.padEnd(40)} ${value.padStart(11)}  ${ratio.padEnd(70)} ${target}`);
    process.exitCode = mt <= TARGET_MS ? 0 : 1;
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

await main();
