import { formatPathError } from '../../engine/index.ts';
// Benchmark: batch grading of paths through a 10-turn scenario, against the baselines a developer would
// reach for first, measured in the same run. Target: at least 20,000 paths/s on one core.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { createActor } from 'xstate';
import { loadScenario } from '../../engine/load/load-scenario.ts';
import { formatProblemLine } from '../../engine/index.ts';
import { createGrader, gradePath } from '../../engine/grade/grade-path.ts';
import { gradeLine } from '../../engine/cli/commands/grade.ts';
import { createScorecardWriter } from '../../engine/grade/scorecard-json.ts';
import { compileScenario } from '../../engine/compile/compile-scenario.ts';
import { analyzeReply } from '../../engine/text/analyze-reply.ts';
import { moodDeltaFor } from '../../engine/mood/mood-model.ts';
import { clampMood, resolveTarget } from '../../engine/path/walk.ts';
import type { Scenario } from '../../engine/types.ts';

const TARGET = 20_000;
const TURNS = 10;
const WIDTH = 4;
const CHOICES = 4;

// Replies that trigger different rules, so paths carry a realistic mix of violations and credits.
const REPLIES = [
  '对于包裹延误一周给您带来的麻烦，我们深感抱歉，换作是我也会着急。',
  '我理解您的心情，但是这是公司规定，我们也没办法。',
  '您的意思是包裹已经超过承诺时间三天还没送到，对吗？',
  '可以为您重新发货，也可以全额退款，您看哪种方便？',
  '这是您自己填错了地址，不归我们管。',
  '根据规定，这种情况不能退货。',
  '请您放心，我一定会尽力帮您解决这个问题，预计在24小时内给您回复。',
  '能具体说说发生了什么吗？',
  '不好意思，给您带来不便了。',
  '我们马上为您重新发货。',
];

/** A 10-layer scenario, WIDTH nodes per layer, CHOICES replies per node, with mood guards. */
function buildYaml(): string {
  const lines = [
    'id: bench-ten-turns', 'version: 1', 'locale: zh-Hans', 'title: bench', 'difficulty: 2',
    'persona: { name: 王先生, temperament: powerful, mood: 85 }', 'brief: 包裹延误。',
    'issue: { summary: 配送延误, keywords: [配送, 延误, 包裹, 快递] }', 'solvableInCall: false',
    `maxTurns: ${TURNS}`, 'passScore: 70', 'start: l0n0', 'nodes:',
  ];
  for (let layer = 0; layer < TURNS; layer++) {
    for (let n = 0; n < WIDTH; n++) {
      lines.push(`  l${layer}n${n}:`, '    customer: 怎么回事？', '    choices:');
      for (let c = 0; c < CHOICES; c++) {
        const reply = REPLIES[(layer * 7 + n * 3 + c) % REPLIES.length]!;
        const a = layer + 1 < TURNS ? `l${layer + 1}n${(n + c) % WIDTH}` : 'done';
        const b = layer + 1 < TURNS ? `l${layer + 1}n${(n + c + 1) % WIDTH}` : 'angry';
        lines.push(`      - id: c${c}`, `        reply: ${reply}`, '        next:', `          - when: { moodAtLeast: ${50 + c * 10} }`, `            to: ${b}`, `          - to: ${a}`);
      }
    }
  }
  lines.push('  done: { customer: 好吧。, end: resolved }', '  angry: { customer: 我要投诉！, end: escalated }');
  return lines.join('\n');
}

/** Random complete paths (a fixed-seed generator, so every run grades the same paths). */
function randomPaths(s: Scenario, count: number): string[][] {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const paths: string[][] = [];
  for (let i = 0; i < count; i++) {
    let node = s.nodes[s.start]!;
    let mood = s.persona.mood;
    const ids: string[] = [];
    while (!node.end && ids.length < s.maxTurns) {
      const c = node.choices[Math.floor(next() * node.choices.length)]!;
      mood = clampMood(mood + c.moodDelta);
      ids.push(c.id);
      node = s.nodes[resolveTarget(c, mood)]!;
    }
    paths.push(ids);
  }
  return paths;
}

/** Baseline 1: re-read every reply's text per path (analyzer and mood model), then grade. */
function gradeFromText(s: Scenario, ids: string[]) {
  const nodes = { ...s.nodes };
  let node = s.nodes[s.start]!;
  for (const id of ids) {
    const choice = node.choices.find((c) => c.id === id)!;
    const features = analyzeReply(choice.reply, { locale: s.locale, issue: s.issue });
    const fresh = { ...choice, features, moodDelta: moodDeltaFor(features, s.persona.temperament) };
    nodes[node.id] = { ...node, choices: node.choices.map((c) => (c.id === id ? fresh : c)) };
    node = s.nodes[choice.next[choice.next.length - 1]!.to]!;
  }
  return gradePath({ ...s, nodes }, ids);
}

/** Baseline 2: play the path through the compiled XState machine actor, then grade the transcript. */
function gradeViaActor(s: Scenario, machine: ReturnType<typeof compileScenario>, ids: string[]) {
  const actor = createActor(machine).start();
  for (const id of ids) actor.send({ type: 'CHOOSE', choiceId: id });
  const transcript = actor.getSnapshot().context.transcript;
  actor.stop();
  return gradePath(s, transcript);
}

interface Variant {
  label: string;
  paths: string[][];
  run: (ids: string[]) => unknown;
  best: number;
}

/**
 * Time one pass of a variant, in paths per CPU second of this process (user + system). CPU time, not wall
 * time, is what "on one core" means: on a shared machine other processes stretch the wall clock.
 */
function timeOnce(v: Variant): number {
  const c0 = process.cpuUsage();
  for (const p of v.paths) v.run(p);
  const c = process.cpuUsage(c0);
  return v.paths.length / ((c.user + c.system) / 1e6);
}

// Rounds interleave the variants and keep each one's best pass, so a busy machine or a late JIT tier-up
// does not favour whichever variant happened to run at a quiet moment.
function measureAll(variants: Variant[], rounds: number): void {
  for (const v of variants) for (let i = 0; i < Math.min(2000, v.paths.length); i++) v.run(v.paths[i]!);
  for (let r = 0; r < rounds; r++) for (const v of variants) v.best = Math.max(v.best, timeOnce(v));
  for (const v of variants) {
    console.log(`${v.label.padEnd(52)} ${Math.round(v.best).toLocaleString('en-US').padStart(10)} paths/CPU-s  (${v.paths.length.toLocaleString('en-US')} paths, best of ${rounds})`);
  }
}

/**
 * The real CLI end to end: `node bin/hardcall.mjs grade FILE --jsonl < paths.jsonl`, its stdout a pipe this
 * process drains. Paths per wall second, and per CPU second of the child (user + system, from /usr/bin/time).
 */
async function measureCli(yaml: string, ps: string[][]): Promise<{ wall: number; cpu: number | null; bytes: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'hardcall-bench-'));
  writeFileSync(join(dir, 'bench.yaml'), yaml);
  writeFileSync(join(dir, 'paths.jsonl'), ps.map((p) => JSON.stringify({ choices: p })).join('\n') + '\n');
  const bin = join(import.meta.dirname, '../../bin/hardcall.mjs');
  const timeFile = join(dir, 'time.txt');
  const node = [process.execPath, bin, 'grade', join(dir, 'bench.yaml'), '--jsonl'];
  const cmd = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-o', timeFile, '-f', '%U %S', ...node] : node;
  const t0 = performance.now();
  const child = spawn(cmd[0]!, cmd.slice(1), { stdio: [openSync(join(dir, 'paths.jsonl'), 'r'), 'pipe', 'inherit'] });
  let bytes = 0;
  child.stdout!.on('data', (c: Buffer) => void (bytes += c.length));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wall = (performance.now() - t0) / 1000;
  if (code !== 0) throw new Error(`CLI exited with ${code}`);
  const times = existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split(/\s+/).map(Number) : [];
  rmSync(dir, { recursive: true, force: true });
  const cpu = times.length === 2 ? times[0]! + times[1]! : null;
  return { wall: ps.length / wall, cpu: cpu === null ? null : ps.length / cpu, bytes };
}

const loaded = loadScenario(buildYaml(), 'bench.yaml');
if (!loaded.ok) throw new Error(loaded.problems.map((p) => formatProblemLine(p, 'en')).join('\n'));
const scenario = loaded.value;
const paths = randomPaths(scenario, 40_000);
const avgTurns = paths.reduce((a, p) => a + p.length, 0) / paths.length;
const grader = createGrader(scenario);
const machine = compileScenario(scenario);
const sample = grader.grade(paths[0]!);
if (!sample.ok) throw new Error(formatPathError(sample.error, 'en'));
const violations = paths.slice(0, 2000).reduce((a, p) => a + (grader.grade(p) as { ok: true; scorecard: { violations: unknown[] } }).scorecard.violations.length, 0) / 2000;

console.log(`scenario: ${TURNS} turns, ${TURNS * WIDTH} nodes × ${CHOICES} replies, mood guards; paths average ${avgTurns.toFixed(1)} turns, ${violations.toFixed(1)} violations each`);
const write = createScorecardWriter();
const slice = paths.slice(0, 5000);
const v = (label: string, ps: string[][], run: (ids: string[]) => unknown): Variant => ({ label, paths: ps, run, best: 0 });
const variants = [
  v('createGrader(...).grade (batch)', paths, (p) => grader.grade(p)),
  v('CLI --jsonl per line (parse, grade, JSON out)', paths, (p) => gradeLine(grader, JSON.stringify({ choices: p }), 1, write)),
  v('gradePath (rules resolved per call)', paths, (p) => gradePath(scenario, p)),
  v('baseline: re-analyse reply text per path', slice, (p) => gradeFromText(scenario, p)),
  v('baseline: XState actor per path, then grade', slice, (p) => gradeViaActor(scenario, machine, p)),
];
measureAll(variants, 3);
const [batch, jsonl, , text, actor] = variants.map((x) => x.best) as [number, number, number, number, number];
console.log(`ratio batch / text re-analysis: ${(batch / text).toFixed(1)}×; batch / XState actor: ${(batch / actor).toFixed(1)}×`);
// End to end: one warm-up run (it builds the CLI bundle if the engine changed), then the best of three.
const yaml = buildYaml();
await measureCli(yaml, paths.slice(0, 100));
let cli = { wall: 0, cpu: 0 as number | null, bytes: 0 };
for (let r = 0; r < 3; r++) {
  const m = await measureCli(yaml, paths);
  if ((m.cpu ?? m.wall) > (cli.cpu ?? cli.wall)) cli = m;
}
const cpuText = cli.cpu === null ? 'n/a (no /usr/bin/time)' : `${Math.round(cli.cpu).toLocaleString('en-US')} paths/CPU-s of the child`;
console.log(`${'real CLI end to end, stdout a drained pipe'.padEnd(52)} ${Math.round(cli.wall).toLocaleString('en-US').padStart(10)} paths/wall-s, ${cpuText} (${paths.length.toLocaleString('en-US')} paths, ${(cli.bytes / paths.length / 1024).toFixed(1)} KB each, best of 3)`);
const ok = batch >= TARGET;
console.log(`target: batch grading ≥ ${TARGET.toLocaleString('en-US')} paths/s on one core: ${ok ? 'met' : 'NOT met'} (${Math.round(batch).toLocaleString('en-US')}); in-process with JSON out: ${Math.round(jsonl).toLocaleString('en-US')}; real CLI end to end: ${Math.round(cli.cpu ?? cli.wall).toLocaleString('en-US')} (${cli.cpu === null ? 'wall' : 'CPU'}) ${(cli.cpu ?? cli.wall) >= TARGET ? 'met' : 'NOT met'}`);
process.exitCode = ok ? 0 : 1;
