// Benchmark: the app as a browser sees it, measured with Playwright in Chromium against the built app
// served by `vite preview` on localhost. Figures: initial JavaScript (gzipped) for the library and call
// screens; first reply buttons visible after navigation; reply click → next customer line rendered.
// Baselines measured in the same run: a minimal page with one button (navigation floor) and a trivial
// click → append-a-line update on the app's own page (rendering floor).
import { gzipSync } from 'node:zlib';
import process from 'node:process';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, median, p95, measureClickBaseline } from './support/browser-bench.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const PORT = 4331;
const BASE = `http://127.0.0.1:${PORT}`;
const TARGETS = { initialJsKb: 150, firstRepliesMs: 1000, replyToLineMs: 50 };
const NAV_RUNS = 7;
const CLICK_RUNS = 40;

const fmt = (n: number) => n.toFixed(1);

/**
 * A fresh browser context (empty cache and storage). tsx compiles this file with esbuild's keepNames, which
 * wraps named functions inside page callbacks in `__name(...)`; the page gets a no-op shim for it.
 */
async function newContext(browser: Browser) {
  const ctx = await browser.newContext();
  await ctx.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
  return ctx;
}

/** Gzipped bytes of every script the page loads while `run` goes from the library to a call. */
async function measureInitialJs(browser: Browser): Promise<{ library: number; call: number; files: number }> {
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  const sizes = new Map<string, number>();
  let phase: 'library' | 'call' = 'library';
  const byPhase = { library: 0, call: 0 };
  page.on('response', async (res) => {
    if (res.request().resourceType() !== 'script' || sizes.has(res.url())) return;
    const gz = gzipSync(await res.body(), { level: 9 }).length;
    sizes.set(res.url(), gz);
    byPhase[phase] += gz;
  });
  await page.goto(BASE + '/');
  await page.getByRole('article').first().waitFor();
  await page.waitForLoadState('networkidle');
  phase = 'call';
  await page.getByRole('article').first().getByRole('link').click();
  await page.locator('button[data-reply]').first().waitFor();
  await page.waitForLoadState('networkidle');
  await ctx.close();
  return { library: byPhase.library, call: byPhase.library + byPhase.call, files: sizes.size };
}

/** Milliseconds from navigation start until `selector` is in the DOM and a frame has been produced. */
async function timeToVisible(browser: Browser, url: string, selector: string, setup?: (p: Page) => Promise<void>): Promise<number> {
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  await setup?.(page);
  await page.addInitScript((sel) => {
    const w = window as unknown as { __visibleAt?: number };
    const check = () => {
      if (w.__visibleAt === undefined && document.querySelector(sel)) {
        requestAnimationFrame(() => (w.__visibleAt = performance.now()));
        return true;
      }
      return false;
    };
    new MutationObserver((_, obs) => check() && obs.disconnect()).observe(document, { childList: true, subtree: true });
  }, selector);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __visibleAt?: number }).__visibleAt !== undefined);
  const t = await page.evaluate(() => (window as unknown as { __visibleAt: number }).__visibleAt);
  await ctx.close();
  return t;
}

/** Per click: ms from the click to the frame that shows the next customer line. */
async function clickToLine(page: Page, runs: number): Promise<number[]> {
  const out: number[] = [];
  while (out.length < runs) {
    if ((await page.locator('button[data-reply]').count()) === 0) {
      await page.getByRole('button', { name: 'Start over' }).click();
      await page.locator('button[data-reply]').first().waitFor();
    }
    out.push(
      await page.evaluate(async () => {
        const line = () => document.querySelector('.customer-line')?.textContent ?? '';
        const turn = document.querySelectorAll('.bubble.agent').length;
        const before = line();
        const button = document.querySelector<HTMLButtonElement>('button[data-reply]')!;
        const t0 = performance.now();
        button.click();
        await new Promise<void>((resolve) => {
          const wait = () => (document.querySelectorAll('.bubble.agent').length > turn || line() !== before ? requestAnimationFrame(() => resolve()) : requestAnimationFrame(wait));
          wait();
        });
        return performance.now() - t0;
      }),
    );
  }
  return out;
}

async function main() {
  if (!process.argv.includes('--no-build')) await build({ root: ROOT, logLevel: 'warn' });
  const server = await preview({ root: ROOT, logLevel: 'warn', preview: { port: PORT, strictPort: true, host: '127.0.0.1' } });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const js = await measureInitialJs(browser);

    const key = await (async () => {
      const ctx = await newContext(browser);
      const page = await ctx.newPage();
      await page.goto(BASE + '/');
      const href = await page.getByRole('article').first().getByRole('link').getAttribute('href');
      await ctx.close();
      return href!.replace('#/call/', '');
    })();
    const firstReplies: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < NAV_RUNS; i++) {
      firstReplies.push(await timeToVisible(browser, `${BASE}/#/call/${key}`, 'button[data-reply]'));
      floor.push(
        await timeToVisible(browser, `${BASE}/bench-baseline.html`, 'button', async (p) => {
          await p.route('**/bench-baseline.html', (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>b</title><button>reply</button>' }));
        },
        ),
      );
    }

    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await page.goto(`${BASE}/#/call/${key}`);
    await page.locator('button[data-reply]').first().waitFor();
    const clicks = await clickToLine(page, CLICK_RUNS);
    const base = await measureClickBaseline(page, CLICK_RUNS);
    await ctx.close();

    const kb = (b: number) => b / 1024;
    const rows: Array<[string, string, string, string, boolean]> = [
      ['initial JS, library (gzip -9)', `${fmt(kb(js.library))} KB`, '—', `≤ ${TARGETS.initialJsKb} KB`, kb(js.library) <= TARGETS.initialJsKb],
      ['initial JS, library + call (gzip -9)', `${fmt(kb(js.call))} KB`, `${fmt(kb(js.call) / TARGETS.initialJsKb)}× of budget`, `≤ ${TARGETS.initialJsKb} KB`, kb(js.call) <= TARGETS.initialJsKb],
      ['first reply buttons visible (median)', `${fmt(median(firstReplies))} ms`, `${fmt(median(firstReplies) / median(floor))}× minimal page (${fmt(median(floor))} ms)`, `≤ ${TARGETS.firstRepliesMs} ms`, median(firstReplies) <= TARGETS.firstRepliesMs],
      ['  worst of runs', `${fmt(Math.max(...firstReplies))} ms`, '', '', true],
      ['reply click → next line (median)', `${fmt(median(clicks))} ms`, `${fmt(median(clicks) / median(base))}× trivial update (${fmt(median(base))} ms)`, `≤ ${TARGETS.replyToLineMs} ms`, median(clicks) <= TARGETS.replyToLineMs],
      ['  p95', `${fmt(p95(clicks))} ms`, `trivial update p95 ${fmt(p95(base))} ms`, '', true],
    ];
    console.log(`UI benchmark: ${js.files} scripts, ${NAV_RUNS} cold navigations, ${CLICK_RUNS} replies (scenario "${key}")`);
    for (const [name, value, ratio, target, ok] of rows) {
      console.log(`${name.padEnd(40)} ${value.padStart(10)}  ${ratio.padEnd(42)} ${target.padEnd(10)} ${target ? (ok ? 'ok' : 'OVER') : ''}`);
    }
    process.exitCode = rows.every((r) => r[4]) ? 0 : 1;
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

await main();
