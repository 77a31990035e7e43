// Regenerates the example records beside the example exam (`npm run exam:examples`): one candidate who
// passes and one who fails on a critical rule. Paths are found by the engine (the best passing path, and
// a path that breaks no-blame), so the records stay valid when the analyzer's readings change.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyzeScenario, buildRecord, examGraders, examProfile, loadExam, loadScenario, pinnedScenarios, walkPath,
  type Exam, type Scenario, type TimedMove,
} from '../engine/index.ts';

const DIR = join(import.meta.dirname, '..', 'scenarios');
const EXAM_FILE = join(DIR, 'exams', 'customer-care-basics.exam.yaml');

function load(): { exam: Exam; scenarios: Scenario[] } {
  const r = loadExam(readFileSync(EXAM_FILE, 'utf8'), EXAM_FILE);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  const index = new Map<string, { scenario: Scenario }>();
  for (const pin of r.exam.scenarios) {
    const s = loadScenario(readFileSync(join(DIR, `${pin.id}.yaml`), 'utf8'), pin.id);
    if (s.ok) index.set(pin.id, { scenario: s.value });
  }
  const scenarios = pinnedScenarios(r.exam, index);
  if (!scenarios) throw new Error('a pinned scenario changed: update the pins first (npx hardcall lint scenarios/)');
  return { exam: r.exam, scenarios };
}

/** A path that breaks `rule`: depth-first over the choices, first found (bounded: the scenarios are small). */
function pathBreaking(scenario: Scenario, exam: Exam, rule: string): string[] {
  const grader = examGraders(exam, [scenario])[0]!;
  const stack: string[][] = [[]];
  for (let tries = 0; stack.length > 0 && tries < 200_000; tries++) {
    const prefix = stack.pop()!;
    const walked = walkPath(scenario, prefix);
    if (walked.ok) {
      const g = grader.grade(prefix);
      if (g.ok && g.scorecard.criticalFailures.includes(rule)) return prefix;
      continue;
    }
    if (walked.error.code !== 'incomplete') continue;
    for (const id of [...walked.error.available].reverse()) stack.push([...prefix, id]);
  }
  throw new Error(`no path of ${scenario.id} breaks ${rule}`);
}

function timed(ids: string[], startMs: number): TimedMove[] {
  return ids.map((move, i) => ({ move, ms: startMs + (i + 1) * 7_000 + (i % 3) * 1_250 }));
}

function write(name: string, exam: Exam, scenarios: Scenario[], candidate: { name: string; id: string }, paths: string[][], seed: string): void {
  const transcripts = paths.map((p, i) => timed(p, i * 120_000));
  const r = buildRecord(exam, scenarios, { candidate, attempt: 1, seed, startedAt: '2026-11-02T09:00:00.000Z', finishedAt: '2026-11-02T09:04:30.000Z', transcripts });
  if (!r.ok) throw new Error(`${r.scenario}: ${r.error.code} at turn ${r.error.turn}`);
  writeFileSync(join(DIR, 'exams', name), `${JSON.stringify(r.record, null, 2)}\n`);
  console.log(`${name}: ${r.record.result.passed ? 'passed' : 'failed'} with ${r.record.result.score}${r.record.result.criticalFailures.length ? `, critical: ${r.record.result.criticalFailures.join(', ')}` : ''}`);
}

const { exam, scenarios } = load();
const best = scenarios.map((s) => {
  const a = analyzeScenario(s, examProfile(exam));
  if (!a.bestPassing) throw new Error(`${s.id} has no passing path`);
  // The bundled scenarios do not opt in to dead air, so their best paths are choice ids only.
  return a.bestPassing.choices.filter((m): m is string => typeof m === 'string');
});
write('customer-care-basics.pass.record.json', exam, scenarios, { name: 'Mei Lin', id: 'agent-0001' }, best, '5eed0001c0ffee00');
write('customer-care-basics.fail.record.json', exam, scenarios, { name: 'Sam Ortiz', id: 'agent-0002' }, [best[0]!, pathBreaking(scenarios[1]!, exam, 'no-blame')], '5eed0002c0ffee00');
