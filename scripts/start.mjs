// `npm start`: build the app when dist/ is missing or older than its sources, then serve dist/ on localhost.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const SOURCES = ['src', 'engine', 'scenarios', 'index.html', 'vite.config.ts', 'package.json'];

/** Newest modification time (ms) of a file or of any file under a folder. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

const builtAt = newest(join(root, 'dist', 'index.html'));
const sourcesAt = Math.max(...SOURCES.map((s) => newest(join(root, s))));
if (builtAt === 0 || builtAt < sourcesAt) {
  console.log(builtAt === 0 ? 'Building the app (dist/ is missing)…' : 'Building the app (sources changed since the last build)…');
  await build({ root, logLevel: 'warn' });
} else {
  console.log('dist/ is up to date; serving it.');
}

const port = Number(process.env.PORT ?? 4173);
const server = await preview({ root, preview: { port, host: '127.0.0.1' } });
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(`\nHardCall is running at ${url}\nPress Ctrl+C to stop.`);
