// `npm run fuzz`: feeds generated hostile YAML to the loader and lint, and checks each load: never throws
// or reports an internal error, every problem is located within the file and worded in under 600
// characters in every language, and each file loads within its CPU budget. Bounded by a number of cases
// and a number of seconds; failing inputs are written out so they can be replayed.
// Run: npm run fuzz -- [--cases N] [--seconds S] [--seed K] [--max-bytes B] [--out DIR]
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { checkLoad } from '../../tests/support/check-load.ts';
import { makeFuzzCase } from '../../tests/support/fuzz-yaml.ts';
import { createRand } from '../../tests/support/rand.ts';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '60' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    'max-bytes': { type: 'string', default: String(64 * 1024) },
    budget: { type: 'string', default: '2000' },
    out: { type: 'string', default: join(tmpdir(), 'hardcall-fuzz-failures') },
  },
});
const cases = Number(values.cases);
const seconds = Number(values.seconds);
const seed = Number(values.seed);
const budget = Number(values.budget);

const started = performance.now();
const byKind = new Map<string, { n: number; worstMs: number }>();
let failed = 0;
let run = 0;
for (; run < cases && performance.now() - started < seconds * 1000; run++) {
  // Each case has its own seed, so one failure is replayed with --seed S --cases 1.
  const caseSeed = seed + run;
  const c = makeFuzzCase(createRand(caseSeed), Number(values['max-bytes']));
  const check = checkLoad(c.text, budget);
  const k = byKind.get(c.kind) ?? { n: 0, worstMs: 0 };
  byKind.set(c.kind, { n: k.n + 1, worstMs: Math.max(k.worstMs, check.cpuMs) });
  if (check.violations.length === 0) continue;
  failed++;
  mkdirSync(values.out, { recursive: true });
  const file = join(values.out, `seed-${caseSeed}.yaml`);
  writeFileSync(file, c.text);
  console.log(`FAIL seed ${caseSeed} (${c.kind}, ${c.text.length} chars) → ${file}\n  ${check.violations.slice(0, 5).join('\n  ')}`);
}
console.log(`${run} cases from seed ${seed} in ${((performance.now() - started) / 1000).toFixed(1)} s; ${failed} failed`);
for (const [kind, k] of [...byKind].sort((a, b) => b[1].worstMs - a[1].worstMs)) {
  console.log(`  ${kind.padEnd(44)} ${String(k.n).padStart(6)} cases, slowest ${k.worstMs.toFixed(0)} ms CPU`);
}
if (failed > 0) process.exitCode = 1;
