// What the browser benchmarks (ui, typed, studio) share: Chromium's launch arguments, the summary
// statistics, and the rendering floor every UI figure is compared with.
import type { Page } from '@playwright/test';

/** Launch arguments for Debian's Chromium on this machine (no sandbox as root, no background network). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** The middle value of a sample. */
export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The 95th percentile of a sample. */
export const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

/** In the page: ms from a click to the frame that shows one appended line — the trivial-update baseline. */
export async function measureClickBaseline(page: Page, runs: number): Promise<number[]> {
  return page.evaluate(async (n) => {
    const out: number[] = [];
    const host = document.createElement('div');
    const b = document.createElement('button');
    b.onclick = () => host.append(Object.assign(document.createElement('p'), { textContent: `line ${host.childElementCount}` }));
    document.body.append(b, host);
    for (let i = 0; i < n; i++) {
      const count = host.childElementCount;
      const t0 = performance.now();
      b.click();
      await new Promise<void>((resolve) => {
        const wait = () => (host.childElementCount > count ? requestAnimationFrame(() => resolve()) : requestAnimationFrame(wait));
        wait();
      });
      out.push(performance.now() - t0);
    }
    b.remove();
    host.remove();
    return out;
  }, runs);
}
