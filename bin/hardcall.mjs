#!/usr/bin/env node
// Runs the TypeScript CLI with no build step for the user: a bundle of engine/ cached under
// node_modules/.cache, keyed by the newest engine source time, is built on first use (esbuild, ~0.1 s)
// and reused after; tsx is the fallback, so a fresh checkout always works.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import process from 'node:process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, 'node_modules', '.cache', 'hardcall-cli');

function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

// Each source state gets its own folder, built aside and renamed into place, so CLI processes started
// side by side (parallel tests) never see a half-written or deleted bundle.
async function bundle(target) {
  const { build } = await import('esbuild');
  const tmp = mkdtempSync(join(cache, 'tmp-'));
  await build({
    entryPoints: [join(root, 'engine/cli/main.ts')],
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
  });
  try {
    renameSync(tmp, target);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another process got there first
  }
  for (const old of readdirSync(cache)) {
    const p = join(cache, old);
    if (p !== target && !old.startsWith('tmp-') && statSync(p).mtimeMs < Date.now() - 60_000) rmSync(p, { recursive: true, force: true });
  }
}

async function loadCli() {
  try {
    const target = join(cache, String(Math.floor(newestSource(join(root, 'engine')))));
    if (!existsSync(join(target, 'main.js'))) {
      mkdirSync(cache, { recursive: true });
      await bundle(target);
    }
    return await import(pathToFileURL(join(target, 'main.js')).href);
  } catch {
    const { register } = await import('tsx/esm/api');
    register();
    return import('../engine/cli/main.ts');
  }
}

const { main } = await loadCli();
await main(process.argv.slice(2));
