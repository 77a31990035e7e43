// `npm test`: typecheck, layer check (dependency-cruiser), unit tests (vitest), then e2e (Playwright in Debian's Chromium); one summary line at the end.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import process from 'node:process';
import { ensureChromium } from './find-chromium.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
const reportDir = '.test-reports';
mkdirSync(reportDir, { recursive: true });

function step(title, cmd, args, env = {}) {
  console.log(`\n── ${title} ──`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  } catch {
    return null;
  }
}

const chromium = ensureChromium();
if (!chromium) {
  console.error('No Chromium found: install Debian\'s package (sudo apt-get install chromium) or set CHROMIUM_PATH, then run npm test again.');
  process.exit(1);
}

let ok = step('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
ok = step('layers (dependency-cruiser)', bin('tsx'), ['scripts/deps/run.ts']) && ok;
ok = step('unit tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportDir}/vitest.json`]) && ok;
ok = step('e2e (Playwright, Chromium)', bin('playwright'), ['test', '--reporter=list,json'], {
  CHROMIUM_PATH: chromium,
  PLAYWRIGHT_JSON_OUTPUT_NAME: `${reportDir}/playwright.json`,
}) && ok;

const v = readJson(`${reportDir}/vitest.json`);
const p = readJson(`${reportDir}/playwright.json`);
const passed = (v?.numPassedTests ?? 0) + (p?.stats?.expected ?? 0);
const failed = (v?.numFailedTests ?? 0) + (p?.stats?.unexpected ?? 0) + (p?.stats?.flaky ?? 0);
const skipped = (v?.numPendingTests ?? 0) + (v?.numTodoTests ?? 0) + (p?.stats?.skipped ?? 0);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok && failed === 0 && passed > 0 ? 0 : 1);
