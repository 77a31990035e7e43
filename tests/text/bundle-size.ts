// Measures what the analyzer costs the browser: engine/text bundled (minified, browser platform) and gzipped.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// The analyzer is never in the app's first chunk: the loader chunk brings it for opened files, and a
// typed reply loads it on demand (bundled scenarios are analysed at build time). The budget keeps
// those lazy loads quick; the first screen's own budget (≤ 150 KB) is checked by `npm run bench -- ui`.
export const SIZE_BUDGET_GZIP = 64 * 1024;

/** Bundle analyzeReply with its data for the browser and return the minified and gzipped sizes in bytes. */
export async function measureAnalyzerSize(): Promise<{ minified: number; gzipped: number }> {
  const entry = fileURLToPath(new URL('../../engine/text/analyze-reply.ts', import.meta.url));
  // platform 'browser' makes a node-only import (fs, process) fail the build instead of slipping in.
  const out = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
  const code = out.outputFiles[0]!.contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}
