// `npm run bench`: runs every benchmark in scripts/bench/ in turn; each prints its figures and ratios.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import process from 'node:process';

const only = process.argv.slice(2);
const files = readdirSync('scripts/bench')
  .filter((f) => f.endsWith('.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n══ bench: ${f} ══`);
  const r = spawnSync('node_modules/.bin/tsx', [`scripts/bench/${f}`], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
