// Benchmark of the path analysis (`npx tsx scripts/bench/analyze.ts`): the 6 × 30 × 4 target scenario,
// how analysis time grows with layers, width and choices, and a side-by-side baseline — XState's
// getSimplePaths on the compiled machine plus gradePath per path — on the largest generated scenario it
// finishes within 60 s. Every measurement runs in a fresh child process, so peak memory is its own.
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { generateLayered, type LayeredOptions } from '../../tests/support/generate-layered.ts';
import { analyzeScenario } from '../../engine/analyze/analyze-scenario.ts';

interface Measure {
  ms: number;
  peakMB: number;
  paths: string;
  states?: number;
  tuples?: number;
  passRate?: number;
  graded?: number;
}

const BASELINE_LIMIT_S = 60;

function runAnalysis(o: LayeredOptions): Measure {
  const scenario = generateLayered(o);
  const t = performance.now();
  const a = analyzeScenario(scenario);
  const ms = performance.now() - t;
  return { ms, peakMB: process.resourceUsage().maxRSS / 1024, paths: a.paths.toString(), states: a.stats.states, tuples: a.stats.ruleStateTuples, passRate: a.passRate };
}

async function runBaseline(o: LayeredOptions): Promise<Measure> {
  const { getSimplePaths } = await import('@xstate/graph');
  const { compileScenario } = await import('../../engine/compile/compile-scenario.ts');
  const { createGrader } = await import('../../engine/grade/grade-path.ts');
  const scenario = generateLayered(o);
  const t = performance.now();
  const machine = compileScenario(scenario);
  const paths = getSimplePaths(machine, {
    events: (snap) => {
      const node = scenario.nodes[snap.context.node];
      return snap.status === 'done' || !node ? [] : node.choices.map((c) => ({ type: 'CHOOSE' as const, choiceId: c.id }));
    },
  });
  const grader = createGrader(scenario);
  let complete = 0;
  let passed = 0;
  for (const p of paths) {
    if (p.state.status !== 'done') continue;
    complete++;
    const r = grader.grade(p.state.context.transcript);
    if (r.ok && r.scorecard.passed) passed++;
  }
  const ms = performance.now() - t;
  return { ms, peakMB: process.resourceUsage().maxRSS / 1024, paths: String(complete), graded: complete, passRate: complete ? passed / complete : 0 };
}

/** Measure in a child process (fresh heap, own peak RSS); null when it exceeds the time limit or fails. */
function measure(kind: 'analysis' | 'baseline', o: LayeredOptions, timeoutS = 120): Measure | null {
  const r = spawnSync(process.execPath, [...process.execArgv, '--max-old-space-size=6144', process.argv[1]!, '--child', kind, JSON.stringify(o)], {
    encoding: 'utf8',
    timeout: timeoutS * 1000,
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) return null;
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Measure;
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const digits = (p: string) => (p.length > 7 ? `${p[0]}.${p.slice(1, 3)}e${p.length - 1}` : p);
const shape = (o: LayeredOptions) => `${o.width} × ${o.layers} × ${o.choices}`;

function row(o: LayeredOptions, m: Measure | null): string {
  if (!m) return `| ${shape(o)} | — | — | — | failed or over time |`;
  return `| ${shape(o)} | ${digits(m.paths)} | ${m.states} | ${fmt(m.ms)} | ${m.peakMB.toFixed(0)} MB |`;
}

function scaleTable(): void {
  console.log('\nAnalysis time growth (width × layers × choices; each run in a fresh process):');
  console.log('| scenario | paths | DP states | time | peak RSS |\n|---|---|---|---|---|');
  const cases: LayeredOptions[] = [
    ...[5, 10, 20, 30].map((layers) => ({ width: 6, layers, choices: 4 })),
    ...[2, 4, 8].map((width) => ({ width, layers: 10, choices: 4 })),
    ...[2, 3, 5].map((choices) => ({ width: 6, layers: 10, choices })),
  ];
  for (const o of cases) console.log(row(o, measure('analysis', o)));
}

function baselineComparison(): void {
  console.log(`\nBaseline: @xstate/graph getSimplePaths on compileScenario(...) + gradePath per path (limit ${BASELINE_LIMIT_S} s):`);
  console.log('| scenario | paths | baseline | baseline peak | analysis | ratio |\n|---|---|---|---|---|---|');
  let best: { o: LayeredOptions; base: Measure; ana: Measure } | null = null;
  // getSimplePaths walks from the start once per snapshot, and every prefix is its own snapshot (the
  // transcript is in the context): time grows with the square of the paths, so sizes go up gently.
  const sizes: LayeredOptions[] = [{ width: 6, layers: 3, choices: 4 }, ...[2, 3, 4, 5, 6].map((width) => ({ width, layers: 4, choices: 4 }))];
  for (const o of sizes) {
    const base = measure('baseline', o, BASELINE_LIMIT_S);
    if (!base) {
      console.log(`| ${shape(o)} | — | over ${BASELINE_LIMIT_S} s or out of memory | — | — | — |`);
      break;
    }
    const ana = measure('analysis', o)!;
    console.log(`| ${shape(o)} | ${digits(base.paths)} | ${fmt(base.ms)} | ${base.peakMB.toFixed(0)} MB | ${fmt(ana.ms)} | ${(base.ms / ana.ms).toFixed(0)}× |`);
    if (ana.paths !== base.paths) console.log(`  !! path counts differ: analysis ${ana.paths}, baseline ${base.paths}`);
    best = { o, base, ana };
  }
  if (best) {
    const { o, base, ana } = best;
    console.log(`\nLargest scenario the baseline finished: ${shape(o)}, ${base.paths} paths in ${fmt(base.ms)} vs analysis ${fmt(ana.ms)}: ${(base.ms / ana.ms).toFixed(0)}× (goal ≥ 1000×).`);
    console.log(`Baseline throughput ${(base.graded! / (base.ms / 1000)).toFixed(0)} paths/s; pass rates agree: baseline ${base.passRate!.toFixed(6)}, analysis ${ana.passRate!.toFixed(6)}.`);
  }
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') {
    const o = JSON.parse(process.argv[4]!) as LayeredOptions;
    const m = process.argv[3] === 'baseline' ? await runBaseline(o) : runAnalysis(o);
    console.log(JSON.stringify(m));
    return;
  }
  const target = { width: 6, layers: 30, choices: 4 };
  const m = measure('analysis', target, 600);
  console.log('Target: 6 nodes/layer × 30 layers × 4 choices, guarded back-edges, escalation guards, varied replies');
  if (!m) console.log('  analysis failed');
  else {
    console.log(`  paths ${m.paths} (${m.paths.length} digits), ${m.states} DP states, ${m.tuples} rule-state tuples, pass rate ${m.passRate!.toExponential(3)}`);
    console.log(`  analysed in ${fmt(m.ms)} (goal < 2 s), peak RSS ${m.peakMB.toFixed(0)} MB (goal < 500 MB)`);
  }
  scaleTable();
  baselineComparison();
}

await main();
