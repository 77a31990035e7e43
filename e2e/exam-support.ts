import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { analyzeScenario, examGraders, examProfile, loadExam, pinnedScenarios, prepareExam, walkPath, type ExamContext, type Scenario } from '../engine/index.ts';
import { bundledScenarios, replyTexts, SCENARIO_DIR } from './support.ts';

export const EXAM_FILE = join(SCENARIO_DIR, 'exams', 'customer-care-basics.exam.yaml');

/** The example exam (or another exam file) and its pinned scenarios, loaded as the CLI would. */
export function exampleExam(file = EXAM_FILE): ExamContext {
  const r = loadExam(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(r.problems[0]!.message);
  const index = new Map(bundledScenarios().map((b) => [b.scenario.id, { scenario: b.scenario }]));
  return prepareExam(r.exam, pinnedScenarios(r.exam, index)!);
}

/** The best passing path of each pinned scenario under the exam's profile, and a path that breaks no-blame in the last one. */
export function examPaths(ctx: ExamContext): { pass: string[][]; blame: string[] } {
  const profile = examProfile(ctx.exam);
  const pass = ctx.scenarios.map((s) => analyzeScenario(s, profile).bestPassing!.choices.map((m) => (typeof m === 'string' ? m : '')));
  const last = ctx.scenarios[ctx.scenarios.length - 1]!;
  return { pass, blame: firstPathBreaking(ctx, last, 'no-blame') };
}

function firstPathBreaking(ctx: ExamContext, s: Scenario, rule: string): string[] {
  const grader = examGraders(ctx.exam, [s])[0]!;
  const stack: string[][] = [[]];
  while (stack.length) {
    const p = stack.pop()!;
    const w = walkPath(s, p);
    if (w.ok) {
      const g = grader.grade(p);
      if (g.ok && g.scorecard.criticalFailures.includes(rule)) return p;
    } else if (w.error.code === 'incomplete') for (const id of w.error.available) stack.push([...p, id]);
  }
  throw new Error('none');
}

/** Click the replies of a path, by their text, in the exam's replies region. */
export async function answer(page: Page, s: Scenario, ids: readonly string[]): Promise<void> {
  const replies = page.getByRole('region', { name: /^(Your reply|你的回答)$/ });
  for (const text of replyTexts(s, ids)) await replies.getByRole('button', { name: text, exact: true }).click();
}

/** Fail on serious or critical axe violations. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  expect(bad, `${screen}: axe-core serious/critical violations`).toEqual([]);
}
