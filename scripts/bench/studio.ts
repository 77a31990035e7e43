// Benchmark: the trainer studio. Figures, each beside a baseline run in the same process:
// - relayout of generated 300- and 1,000-node scenario graphs (target ≤ 150 ms at 300), beside dagre at 300
//   nodes (dagre at 1,000 took over a minute when measured, so it is not run);
// - in Chromium on the built app: problems shown after a keystroke in the YAML view of the largest bundled
//   scenario (target ≤ 100 ms), beside the same keystroke's echo in the editor;
// - frames while zooming and panning 300 and 1,000 nodes (target: display rate), beside an idle page's frames;
// - keystroke echo in the YAML view of the 1,000-node draft while its analysis runs (never blocked).
import { readFileSync } from 'node:fs';
import process from 'node:process';
import dagre from '@dagrejs/dagre';
import { chromium, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { buildGraphModel } from '../../src/studio/graph-model.ts';
import { layoutGraph } from '../../src/studio/layout.ts';
import { CHROMIUM_ARGS, median, p95 } from './support/browser-bench.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const PORT = 4332;
const BASE = `http://127.0.0.1:${PORT}`;
const f1 = (n: number) => n.toFixed(1);

const REPLIES = ["I'm sorry your parcel is late; I'll resend it today or refund you, whichever you prefer.", 'Did you check the tracking page?', "That's our policy.", 'I understand how frustrating this is. Let me check now.'];

/** A layered scenario: `layers` × `width` nodes, three replies each into the next layer, endings last. */
function generatedYaml(layers: number, width: number): string {
  let seed = 11;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const out = [`id: bench-${layers * width}`, 'version: 1', 'locale: en', `title: Bench ${layers * width} nodes`, 'difficulty: 3', 'persona: { name: Sam, temperament: powerful, mood: 70 }', 'brief: A generated scenario.', 'issue: { summary: late parcel, keywords: [parcel] }', 'solvableInCall: true', `maxTurns: ${layers + 1}`, 'passScore: 70', 'start: n0-0', 'nodes:'];
  for (let l = 0; l < layers; l++) {
    for (let w = 0; w < width; w++) {
      out.push(`  n${l}-${w}:`, `    customer: Line ${l}.${w}, where is my parcel?`);
      if (l === layers - 1) {
        out.push(`    end: ${w % 3 === 0 ? 'escalated' : 'resolved'}`);
        continue;
      }
      out.push('    choices:');
      for (let k = 0; k < 3; k++) out.push(`      - id: r${k}`, `        reply: "${REPLIES[(l + w + k) % REPLIES.length]}"`, `        to: n${l + 1}-${Math.floor(rnd() * width)}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function timeLayouts(yamlText: string, runs: number): number[] {
  const data = JSON.parse(JSON.stringify(parseYamlQuick(yamlText)));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    layoutGraph(buildGraphModel(data));
    times.push(performance.now() - t0);
  }
  return times;
}

function parseYamlQuick(text: string): unknown {
  return (globalThis as unknown as { __yaml: (t: string) => unknown }).__yaml(text);
}

function timeDagre(yamlText: string): number {
  const model = buildGraphModel(parseYamlQuick(yamlText));
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 28, ranksep: 120 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of model.nodes) g.setNode(n.id, { width: 200, height: 64 });
  for (const e of model.edges) g.setEdge(e.from, e.to, { width: 60, height: 14 }, e.key);
  const t0 = performance.now();
  dagre.layout(g);
  return performance.now() - t0;
}

/** Put a draft straight into the studio's database from the page and open it. */
async function openDraft(page: Page, id: string, text: string): Promise<void> {
  await page.goto(`${BASE}/#/studio`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.evaluate(
    ([draftId, body]) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('hardcall-studio', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('drafts', { keyPath: 'id' });
        req.onsuccess = () => {
          const tx = req.result.transaction('drafts', 'readwrite');
          tx.objectStore('drafts').put({ id: draftId, name: draftId, text: body, updatedAt: 1, fileName: null, handle: null });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    [id, text] as const,
  );
  await page.goto(`${BASE}/#/studio/${id}`);
  await page.locator('.graph-box [data-node]').first().waitFor();
}

/** Frame intervals while `drive` runs one step per frame for `steps` frames. */
async function frameIntervals(page: Page, steps: number, drive: 'zoom-pan' | 'idle'): Promise<number[]> {
  return page.evaluate(
    ([n, mode]) =>
      new Promise<number[]>((resolve) => {
        const box = document.querySelector('.graph-box')!;
        const r = box.getBoundingClientRect();
        const stamps: number[] = [];
        let i = 0;
        const step = (t: number) => {
          stamps.push(t);
          if (mode === 'zoom-pan') {
            const zoom = i % 40 < 20 ? 40 : -40;
            box.dispatchEvent(new WheelEvent('wheel', { deltaY: i % 2 ? zoom : -zoom / 2, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true, cancelable: true }));
          }
          if (++i < n) requestAnimationFrame(step);
          else resolve(stamps.slice(1).map((s, k) => s - stamps[k]!));
        };
        requestAnimationFrame(step);
      }),
    [steps, drive] as const,
  );
}

/**
 * For each measured keystroke in the YAML view (a reserved "@" starting a fresh last line): ms from the key event
 * to the frame that shows it in the editor, and to the frame that shows `until` (the problem it causes).
 */
async function keystrokes(page: Page, runs: number, until: string | null): Promise<{ echo: number[]; shown: number[] }> {
  await page.locator('#tab-code').click();
  await page.locator('.cm-content').waitFor();
  const echo: number[] = [];
  const shown: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(400);
    // Set up before typing (awaited), so the key event cannot arrive before the listener does.
    await page.evaluate((sel) => {
      const w = window as unknown as { __kb: { t0: number; echo: number; shown: number } };
      const kb = (w.__kb = { t0: -1, echo: -1, shown: -1 });
      const content = document.querySelector('.cm-content')!;
      document.addEventListener('keydown', (e) => (kb.t0 = e.timeStamp), { capture: true, once: true });
      const obs = new MutationObserver(() => {
        if (kb.t0 < 0) return;
        if (kb.echo < 0 && content.textContent?.includes('@')) requestAnimationFrame(() => (kb.echo = performance.now() - kb.t0));
        if (kb.shown < 0 && (sel === null || document.querySelector(sel))) requestAnimationFrame(() => (kb.shown = performance.now() - kb.t0));
        if (kb.echo >= 0 && kb.shown >= 0) obs.disconnect();
      });
      obs.observe(document.body, { childList: true, subtree: true, characterData: true });
    }, until);
    await page.keyboard.type('@');
    await page.waitForFunction(() => {
      const kb = (window as unknown as { __kb: { echo: number; shown: number } }).__kb;
      return kb.echo >= 0 && kb.shown >= 0;
    });
    const r = await page.evaluate(() => (window as unknown as { __kb: { echo: number; shown: number } }).__kb);
    echo.push(r.echo);
    shown.push(Math.max(r.shown, r.echo));
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => !document.querySelector('.cm-content')?.textContent?.includes('@'));
    if (until) await page.locator(until).waitFor({ state: 'detached' });
  }
  return { echo, shown };
}

async function main(): Promise<void> {
  const { parse } = await import('yaml');
  (globalThis as unknown as { __yaml: (t: string) => unknown }).__yaml = parse;
  const y300 = generatedYaml(10, 30);
  const y1000 = generatedYaml(20, 50);
  const l300 = timeLayouts(y300, 15);
  const l1000 = timeLayouts(y1000, 9);
  const d300 = timeDagre(y300);
  console.log(`relayout, 300 nodes / 870 links: median ${f1(median(l300))} ms (target ≤ 150) · dagre ${f1(d300)} ms = ${f1(d300 / median(l300))}× slower`);
  console.log(`relayout, 1,000 nodes / 2,850 links: median ${f1(median(l1000))} ms (dagre: over a minute when measured; not run)`);

  if (!process.argv.includes('--no-build')) await build({ root: ROOT, logLevel: 'warn' });
  const server = await preview({ root: ROOT, logLevel: 'warn', preview: { port: PORT, strictPort: true, host: '127.0.0.1' } });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    // tsx keeps function names by wrapping them in __name(...), which page callbacks need a shim for.
    const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await ctx.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
    const page = await ctx.newPage();
    const library = readFileSync(`${ROOT}scenarios/delivery-delay.yaml`, 'utf8');
    await openDraft(page, 'bench-library', library);
    const k = await keystrokes(page, 9, '.problem-lines .problem-error');
    console.log(`problems after a keystroke, delivery-delay.yaml (${library.length} chars): median ${f1(median(k.shown))} ms, p95 ${f1(p95(k.shown))} (target ≤ 100) · the keystroke's echo ${f1(median(k.echo))} ms`);
    for (const [name, text] of [['300', y300], ['1000', y1000]] as const) {
      await openDraft(page, `bench-${name}`, text);
      await page.getByRole('button', { name: 'Fit to view' }).click();
      const idle = await frameIntervals(page, 60, 'idle');
      const busy = await frameIntervals(page, 120, 'zoom-pan');
      console.log(`zoom and pan, ${name} nodes: frame interval median ${f1(median(busy))} ms, p95 ${f1(p95(busy))} · idle page ${f1(median(idle))} ms`);
    }
      const typing = await keystrokes(page, 5, null);
    console.log(`keystroke echo in the 1,000-node YAML while it is checked and analysed: median ${f1(median(typing.echo))} ms, p95 ${f1(p95(typing.echo))}`);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

await main();
