// Benchmark: loading (parse, schema, graph checks, reply analysis, lint) of generated hostile files,
// each beside an ordinary scenario of the same size, every file in a fresh process (a trainer's `lint`
// or a browser tab meets it cold). Target: every file up to the size cap in under 2 s of CPU.
// Run: npx tsx scripts/bench/load.ts   (one case: npx tsx scripts/bench/load.ts --one NAME BYTES)
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { loadScenarioBytes } from '../../engine/load/load-scenario.ts';
import { MAX_FILE_BYTES } from '../../engine/load/read-text.ts';
import { formatProblemLine } from '../../engine/format-problem.ts';
import { HOSTILE_CASES, ordinaryScenario } from '../../tests/support/hostile-yaml.ts';

const TARGET_MS = 2000;

interface Timing {
  cpuMs: number;
  wallMs: number;
  bytes: number;
  outcome: string;
  longestMessage: number;
}

// The child: build the file, then time one load of its bytes.
function runOne(name: string, bytes: number): Timing {
  const text = name === 'ordinary' ? ordinaryScenario(bytes) : HOSTILE_CASES.find((c) => c.name === name)!.make(bytes);
  const data = new TextEncoder().encode(text);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = loadScenarioBytes(data, 'bench.yaml');
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const problems = r.ok ? r.warnings : r.problems;
  const outcome = r.ok ? `loads, ${problems.length} warnings` : `${problems.length} problems, first ${problems[0]!.code}`;
  const longestMessage = Math.max(0, ...problems.map((p) => formatProblemLine(p, 'en').length));
  return { cpuMs: (c.user + c.system) / 1000, wallMs, bytes: data.byteLength, outcome, longestMessage };
}

function inChild(name: string, bytes: number): Timing {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench/load.ts', '--one', name, String(bytes)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${name}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Timing;
}

const kb = (n: number) => (n < 10_000 ? `${n} B` : `${(n / 1024).toFixed(0)} KB`);
const ms = (n: number) => `${Math.round(n).toLocaleString('en-US')} ms`;

function main(): void {
  const only = process.argv.slice(2);
  console.log(`each file loaded once in a fresh process; size cap ${kb(MAX_FILE_BYTES)}; CPU time is what the target is checked on`);
  console.log(`${'case'.padEnd(42)} ${'size'.padStart(7)} ${'CPU'.padStart(9)} ${'wall'.padStart(9)}   ordinary same size: ${'CPU'.padStart(8)} ${'wall'.padStart(9)}  outcome (longest message)`);
  let worst = { name: '', cpuMs: 0 };
  for (const c of HOSTILE_CASES) {
    if (only.length > 0 && !only.some((o) => c.name.includes(o))) continue;
    for (const size of [...new Set([c.reported, MAX_FILE_BYTES - 4096].filter((s): s is number => s !== undefined))]) {
      const h = inChild(c.name, size);
      const o = inChild('ordinary', Math.max(h.bytes, 800));
      if (h.cpuMs > worst.cpuMs) worst = { name: `${c.name} at ${kb(h.bytes)}`, cpuMs: h.cpuMs };
      const label = size === c.reported ? `${c.name} (as reported)` : c.name;
      console.log(`${label.padEnd(42)} ${kb(h.bytes).padStart(7)} ${ms(h.cpuMs).padStart(9)} ${ms(h.wallMs).padStart(9)}   ${''.padEnd(20)} ${ms(o.cpuMs).padStart(8)} ${ms(o.wallMs).padStart(9)}  ${h.outcome} (${h.longestMessage} chars)`);
      if (size === c.reported) console.log(`${''.padEnd(44)}before: ${c.why}`);
    }
  }
  console.log(`machine load average (1 min): ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);
  console.log(`target < ${ms(TARGET_MS)} CPU per file: ${worst.cpuMs < TARGET_MS ? 'met' : 'MISSED'} (slowest: ${worst.name}, ${ms(worst.cpuMs)})`);
  if (worst.cpuMs >= TARGET_MS) process.exitCode = 1;
}

if (process.argv[2] === '--one') process.stdout.write(JSON.stringify(runOne(process.argv[3]!, Number(process.argv[4]))));
else main();
