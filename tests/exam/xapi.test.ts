import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeIO, runCli } from '../../engine/cli/main.ts';
import { answeredStatements, examGraders, gradeExamRun, recordsFromStatements, verdictExtensions, XAPI, type ExamContext, type ExamRecord, type LaunchInfo, type Statement } from '../../engine/index.ts';
import { startLrs, readStatements, type Lrs } from '../support/lrs.ts';
import { statementProblems } from '../support/xapi-validate.ts';
import { bestPaths, EXAM_FILE, exampleContext, findPath, makeRecord, ROOT } from './fixtures.ts';

let ctx: ExamContext;
let lrs: Lrs;
let counter = 0;
const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

beforeAll(async () => {
  ctx = exampleContext();
  lrs = await startLrs();
}, 120_000);
afterAll(() => lrs?.stop());

function launch(registration: string): LaunchInfo {
  return {
    actor: { objectType: 'Agent', name: 'Kim Lee', account: { homePage: 'https://lms.example', name: 'agent-42' } },
    registration,
    activityId: 'https://hardcall.invalid/exams/customer-care-basics/v1/au',
    contextTemplate: { contextActivities: { grouping: [{ id: 'https://hardcall.invalid/exams/customer-care-basics/v1' }] }, extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'session-1' } },
  };
}

/** The statements one attempt produces: an answered per decision, and the verdict carrying the record. */
function attemptStatements(record: ExamRecord, registration: string): Statement[] {
  const info = launch(registration);
  const out: Statement[] = [];
  record.scenarios.forEach((run, i) => {
    const g = gradeExamRun(ctx.exam.scenarios[i]!, ctx.scenarios[i]!, examGraders(ctx.exam, [ctx.scenarios[i]!])[0]!, run.moves);
    if (!g.ok) throw new Error(g.error.code);
    out.push(...answeredStatements(info, ctx.exam, i, ctx.scenarios[i]!, run, g.scorecard, record.startedAt, newId));
  });
  out.push({
    id: newId(),
    actor: info.actor,
    verb: { id: record.result.passed ? XAPI.passed : XAPI.failed, display: { 'en-US': record.result.passed ? 'passed' : 'failed' } },
    object: { objectType: 'Activity', id: info.activityId },
    result: { success: record.result.passed, score: { scaled: record.result.score / 100 }, duration: 'PT30M', extensions: verdictExtensions(record) },
    context: { ...info.contextTemplate, registration },
    timestamp: record.finishedAt,
  });
  return out;
}

async function post(statements: Statement[]): Promise<void> {
  const res = await fetch(`${lrs.endpoint}statements`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3', Authorization: `Basic ${btoa(lrs.auth)}` }, body: JSON.stringify(statements) });
  expect(res.status, await res.clone().text()).toBe(200);
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = { ...createNodeIO(), cwd: ROOT, out: '', err: '' };
  io.stdout = (t: string) => void (io.out += t);
  io.stderr = (t: string) => void (io.err += t);
  delete (io as { stdoutBytes?: unknown }).stdoutBytes;
  return { code: await runCli(args, io), out: io.out, err: io.err };
}

describe('xAPI statements', () => {
  it('are valid xAPI: one cmi.interaction choice per decision, the node\'s choice ids, the chosen id, findings', () => {
    const blame = findPath(ctx, 1, (c) => c.criticalFailures.includes('no-blame'));
    const record = makeRecord(ctx, [bestPaths(ctx)[0]!, blame]);
    const statements = attemptStatements(record, '8c9d7c5e-1f5a-4d3e-9b1a-2f3e4d5c6b7a');
    for (const s of statements) expect(statementProblems(s), JSON.stringify(s)).toEqual([]);
    const answered = statements.filter((s) => (s.verb as { id: string }).id === XAPI.answered);
    expect(answered).toHaveLength(record.scenarios.reduce((n, r) => n + r.moves.length, 0));
    const first = answered[0] as { object: { definition: { interactionType: string; choices: Array<{ id: string; description: Record<string, string> }> } }; result: { response: string; extensions: Record<string, { violations: Array<{ rule: string }> }> } };
    const start = ctx.scenarios[0]!.nodes[ctx.scenarios[0]!.start]!;
    expect(first.object.definition.interactionType).toBe('choice');
    expect(first.object.definition.choices).toEqual(start.choices.map((c) => ({ id: c.id, description: { en: c.reply } })));
    expect(first.object.definition.choices.every((c) => !/\s/.test(c.id))).toBe(true);
    expect(first.result.response).toBe(record.scenarios[0]!.moves[0]!.move);
    const rules = answered.flatMap((s) => Object.values((s as typeof first).result.extensions).flatMap((e) => (typeof e === 'object' && e && 'violations' in e ? e.violations.map((v) => v.rule) : [])));
    expect(rules).toContain('no-blame');
  });

  it('go to a real LRS, and verify/certify --lrs re-grade the records they carry; an answer that disagrees is caught', async () => {
    const good = makeRecord(ctx, bestPaths(ctx), { name: 'Kim Lee', id: 'agent-42' });
    await post(attemptStatements(good, '11111111-1111-4111-8111-111111111111'));
    const back = await readStatements(lrs);
    for (const s of back) expect(statementProblems(s)).toEqual([]);
    expect(recordsFromStatements(back)).toHaveLength(1);
    const ok = await cli(['verify', '--exam', EXAM_FILE, '--lrs', lrs.endpoint, '--lrs-auth', lrs.auth]);
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);

    const other = makeRecord(ctx, bestPaths(ctx), { name: 'Ray', id: 'agent-43' });
    const forged = attemptStatements(other, '22222222-2222-4222-8222-222222222222');
    const firstAnswer = forged.find((s) => (s.verb as { id: string }).id === XAPI.answered)! as { result: { response: string } };
    const alternatives = ctx.scenarios[0]!.nodes[ctx.scenarios[0]!.start]!.choices.map((c) => c.id).filter((id) => id !== firstAnswer.result.response);
    firstAnswer.result.response = alternatives[0]!;
    await post(forged);
    const bad = await cli(['verify', '--exam', EXAM_FILE, '--lrs', lrs.endpoint, '--lrs-auth', lrs.auth]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/lrs:22222222-2222-4222-8222-222222222222:1:1: error: scenario "double-charge", answer 1: the LRS has .* \[lrs-answer-mismatch\]/);
    const roster = await cli(['certify', '--exam', EXAM_FILE, '--lrs', lrs.endpoint, '--lrs-auth', lrs.auth]);
    expect(roster.code).toBe(1);
    expect(roster.out).toMatch(/agent-42,Kim Lee,1,1,[\d.]+,passed/);
    expect(roster.out).toMatch(/agent-43,Ray,1,1,[\d.]+,invalid/);
  });

  it('reports an unreachable LRS as one line, exit 1', async () => {
    const r = await cli(['verify', '--exam', EXAM_FILE, '--lrs', 'http://127.0.0.1:9/xAPI/']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^hardcall verify: cannot reach the LRS at http:\/\/127\.0\.0\.1:9\/xAPI\/statements\?limit=500/);
  });
});
