import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyzeScenario, buildRecord, examGraders, examProfile, loadExam, loadScenario, pinnedScenarios, prepareExam, walkPath,
  type ExamContext, type ExamRecord, type Move, type Scenario, type TimedMove,
} from '../../engine/index.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const EXAM_FILE = 'scenarios/exams/customer-care-basics.exam.yaml';
export const EXAM_TEXT = readFileSync(join(ROOT, EXAM_FILE), 'utf8');

/** Every bundled scenario by id. */
export function bundledIndex(): Map<string, { scenario: Scenario; file: string }> {
  const out = new Map<string, { scenario: Scenario; file: string }>();
  for (const f of readdirSync(join(ROOT, 'scenarios')).filter((n) => n.endsWith('.yaml'))) {
    const r = loadScenario(readFileSync(join(ROOT, 'scenarios', f), 'utf8'), f);
    if (r.ok) out.set(r.value.id, { scenario: r.value, file: f });
  }
  return out;
}

/** The example exam ready to verify against. */
export function exampleContext(): ExamContext {
  const r = loadExam(EXAM_TEXT, EXAM_FILE);
  if (!r.ok) throw new Error(r.problems[0]!.message);
  return prepareExam(r.exam, pinnedScenarios(r.exam, bundledIndex())!);
}

/** A complete path of a scenario that satisfies `pick` among the graded paths found depth-first (bounded). */
export function findPath(ctx: ExamContext, index: number, pick: (card: { score: number; criticalFailures: string[]; passed: boolean }) => boolean): string[] {
  const s = ctx.scenarios[index]!;
  const grader = examGraders(ctx.exam, [s])[0]!;
  const stack: string[][] = [[]];
  for (let n = 0; stack.length && n < 100_000; n++) {
    const p = stack.pop()!;
    const w = walkPath(s, p);
    if (w.ok) {
      const g = grader.grade(p);
      if (g.ok && pick(g.scorecard)) return p;
    } else if (w.error.code === 'incomplete') for (const id of w.error.available) stack.push([...p, id]);
  }
  throw new Error('no such path');
}

/** The best passing path of each pinned scenario under the exam's profile. */
export function bestPaths(ctx: ExamContext): string[][] {
  return ctx.scenarios.map((s) => choiceIds(analyzeScenario(s, examProfile(ctx.exam)).bestPassing!.choices));
}

/** The choice ids of a path that has no silences or typed replies (the bundled scenarios do not opt in to dead air). */
export function choiceIds(moves: readonly Move[]): string[] {
  return moves.map((m) => {
    if (typeof m !== 'string') throw new Error('a path with a non-choice move');
    return m;
  });
}

/** Timed moves for choice ids, a few seconds apart. */
export function timed(ids: readonly string[], from = 0): TimedMove[] {
  return ids.map((move, i) => ({ move, ms: from + (i + 1) * 5000 }));
}

/** A sealed record of the example exam for the given paths. */
export function makeRecord(ctx: ExamContext, paths: string[][], candidate = { name: 'Test Agent', id: 'agent-1' }, attempt = 1): ExamRecord {
  const r = buildRecord(ctx.exam, ctx.scenarios, {
    candidate,
    attempt,
    seed: '0123456789abcdef',
    startedAt: '2026-11-02T09:00:00.000Z',
    finishedAt: '2026-11-02T09:30:00.000Z',
    transcripts: paths.map((p, i) => timed(p, i * 100_000)),
  });
  if (!r.ok) throw new Error(`${r.scenario}: ${r.error.code} at turn ${r.error.turn}`);
  return r.record;
}
