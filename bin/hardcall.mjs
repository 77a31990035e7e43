#!/usr/bin/env node
// Runs the TypeScript CLI with no build step for the user: a bundle of engine/ cached under
// node_modules/.cache is used while it is newer than every engine source file, and rebuilt (with
// esbuild, ~0.1 s) when it is not; tsx is the fallback, so a fresh checkout always works.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import process from 'node:process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'node_modules', '.cache', 'hardcall-cli');
const entry = join(outdir, 'main.js');

function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

async function bundle() {
  const { build } = await import('esbuild');
  // Chunk names are content hashes, so old ones would pile up without a clean start.
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: [join(root, 'engine/cli/main.ts')],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
  });
}

async function loadCli() {
  try {
    const fresh = existsSync(entry) && statSync(entry).mtimeMs > newestSource(join(root, 'engine'));
    if (!fresh) await bundle();
    return await import(pathToFileURL(entry).href);
  } catch {
    const { register } = await import('tsx/esm/api');
    register();
    return import('../engine/cli/main.ts');
  }
}

const { runCli, createNodeIO } = await loadCli();
process.exitCode = await runCli(process.argv.slice(2), createNodeIO());
