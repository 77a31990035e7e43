import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addReview, buildRecord, effectiveVerdict, recordDigest, verifyRecordText, type ExamContext, type ExamRecord } from '../../engine/index.ts';
import { bestPaths, exampleContext, findPath, makeRecord, ROOT, timed } from './fixtures.ts';

let ctx: ExamContext;
let good: ExamRecord;
let best: string[][];

beforeAll(() => {
  ctx = exampleContext();
  best = bestPaths(ctx);
  good = makeRecord(ctx, best);
}, 120_000);

const text = (r: unknown) => JSON.stringify(r, null, 2);
const codes = (r: unknown) => [...new Set(verifyRecordText(ctx, typeof r === 'string' ? r : text(r), 'r.json').problems.map((p) => p.code))];
/** Edit a record, then reseal it so only the edit itself can be caught (not the digest). */
const resealedFrom = (base: ExamRecord, edit: (r: ExamRecord) => void): ExamRecord => {
  const r = structuredClone(base);
  edit(r);
  r.digest = recordDigest(r);
  return r;
};
const resealed = (edit: (r: ExamRecord) => void): ExamRecord => resealedFrom(good, edit);

describe('verify', () => {
  it('accepts a sealed record and re-grades it to the same verdict', () => {
    const v = verifyRecordText(ctx, text(good), 'r.json');
    expect(v.problems).toEqual([]);
    expect(v.ok).toBe(true);
    expect(good.result.passed).toBe(true);
    expect(v.scorecards.map((c) => c?.score)).toEqual(good.scenarios.map((s) => s.score));
  });

  it('accepts the shipped example records: one passes, one fails on a critical rule', () => {
    for (const [file, passed] of [['pass', true], ['fail', false]] as const) {
      const t = readFileSync(join(ROOT, `scenarios/exams/customer-care-basics.${file}.record.json`), 'utf8');
      const v = verifyRecordText(ctx, t, file);
      expect(v.problems, file).toEqual([]);
      expect(v.record!.result.passed).toBe(passed);
      if (!passed) expect(v.record!.result.criticalFailures).toContain('no-blame');
    }
  });

  it('catches an edited score, located at the edit, and the broken digest', () => {
    const edited = structuredClone(good);
    edited.scenarios[1]!.score -= 10;
    const v = verifyRecordText(ctx, text(edited), 'r.json');
    expect(v.problems.map((p) => p.code)).toEqual(['record-score-mismatch', 'record-digest-mismatch']);
    const at = text(edited).split('\n').findIndex((l, i, all) => l.includes(`"score": ${edited.scenarios[1]!.score}`) && all.slice(0, i).join('').includes('service-outage')) + 1;
    expect(v.problems[0]!.line).toBe(at);
    expect(v.problems[0]!.message).toMatch(/scenario "service-outage": the record says score \d+, re-grading the transcript gives \d+/);
  });

  it('catches an edited result even when the digest was recomputed', () => {
    expect(codes(resealed((r) => void (r.result.passed = !r.result.passed)))).toEqual(['record-result-mismatch']);
    expect(codes(resealed((r) => void (r.scenarios[0]!.brokenRules = ['no-but'])))).toContain('record-score-mismatch');
  });

  it('catches an impossible or edited transcript', () => {
    expect(codes(resealed((r) => void (r.scenarios[0]!.moves[0]!.move = 'no-such-reply')))).toEqual(['record-impossible-transcript']);
    expect(codes(resealed((r) => void r.scenarios[0]!.moves.pop()))).toEqual(['record-impossible-transcript']);
    const worse = findPath(ctx, 1, (c) => c.criticalFailures.includes('no-blame'));
    const swapped = codes(resealed((r) => void (r.scenarios[1]!.moves = worse.map((move, i) => ({ move, ms: 200_000 + i * 1000 })))));
    expect(swapped).toContain('record-score-mismatch');
    expect(swapped).toContain('record-result-mismatch');
  });

  it('catches a swapped scenario version or hash, and a record of another exam', () => {
    expect(codes(resealed((r) => void (r.scenarios[0]!.version = 3)))).toEqual(['record-scenario-mismatch']);
    expect(codes(resealed((r) => void (r.scenarios[1]!.sha256 = '0'.repeat(64))))).toEqual(['record-scenario-mismatch']);
    expect(codes(resealed((r) => void r.scenarios.pop()))).toContain('record-scenario-mismatch');
    expect(codes(resealed((r) => void (r.exam.version = 2)))).toEqual(['record-exam-mismatch']);
  });

  it('catches impossible times and too many attempts', () => {
    expect(codes(resealed((r) => void (r.scenarios[0]!.moves[1]!.ms = 1)))).toEqual(['record-time-order']);
    expect(codes(resealed((r) => void (r.finishedAt = '2026-11-02T09:00:01.000Z')))).toContain('record-time-after-finish');
    expect(codes(resealed((r) => void (r.finishedAt = '2026-11-01T09:00:00.000Z')))).toEqual(['record-time-negative']);
    expect(codes(resealed((r) => void (r.attempt = 3)))).toEqual(['record-too-many-attempts']);
  });

  it('reports a truncated or malformed file, never throws', () => {
    const t = text(good);
    expect(codes(t.slice(0, t.length / 2))).toEqual(['record-not-json']);
    expect(codes('')).toEqual(['record-not-json']);
    expect(codes('[1, 2]')).toEqual(['record-invalid']);
    expect(codes(resealed((r) => void ((r as unknown as Record<string, unknown>).extra = 1)))).toEqual(['record-invalid']);
    expect(codes(text({ ...good, candidate: { name: '', id: 'x' } }))).toEqual(['record-invalid']);
    expect(codes(text({ ...good, scenarios: 'none' }))).toEqual(['record-invalid']);
    expect(codes('{"__proto__": {"polluted": true}}')).toEqual(['record-invalid']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps dead air: a timed-out silence is a move of the transcript, re-graded like any other', () => {
    const r = buildRecord(ctx.exam, ctx.scenarios, {
      candidate: { name: 'Quiet', id: 'q-1' }, attempt: 1, seed: '0123456789abcdef', startedAt: '2026-11-02T09:00:00.000Z', finishedAt: '2026-11-02T09:30:00.000Z',
      transcripts: best.map((p, i) => [{ move: { silence: true as const }, ms: i * 100_000 + 1000 }, ...timed(p, i * 100_000 + 2000)]),
    });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.record.scenarios[0]!.moves[0]!.move).toEqual({ silence: true });
    expect(r.scorecards[0]!.turns).toBe(best[0]!.length + 1);
    expect(codes(r.record)).toEqual([]);
    // Dropping the silence grades the same here (the scenario does not opt in to dead-air mood), so only the digest tells.
    const dropped = structuredClone(r.record);
    dropped.scenarios[0]!.moves.splice(0, 1);
    expect(codes(dropped)).toEqual(['record-digest-mismatch']);
  });

  it('re-grades replies typed in the candidate\'s own words the same way (an exam with typedReplies), and catches an edited one', () => {
    const scenario = ctx.scenarios[0]!;
    const first = scenario.nodes[scenario.start]!.choices.find((c) => c.id === best[0]![0])!;
    const r = buildRecord(ctx.exam, ctx.scenarios, {
      candidate: { name: 'Typist', id: 't-1' }, attempt: 1, seed: '0123456789abcdef', startedAt: '2026-11-02T09:00:00.000Z', finishedAt: '2026-11-02T09:30:00.000Z',
      transcripts: best.map((p, i) => (i === 0 ? [{ move: { typed: first.reply }, ms: 1000 }, ...timed(p.slice(1), 2000)] : timed(p, i * 100_000))),
    });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.record.scenarios[0]!.moves[0]!.move).toEqual({ typed: first.reply });
    expect(codes(r.record)).toEqual([]);
    // The authored reply typed word for word reads as itself: the same score as choosing it.
    expect(r.record.scenarios[0]!.score).toBe(good.scenarios[0]!.score);
    const edited = resealedFrom(r.record, (x) => void (x.scenarios[0]!.moves[0]!.move = { typed: 'That is your own fault for not reading the terms.' }));
    // Read differently, the edited words change the score or send the call elsewhere than the rest of the transcript.
    expect(codes(edited).filter((c) => c === 'record-score-mismatch' || c === 'record-impossible-transcript')).not.toEqual([]);
  });

  it('warns, without failing, about a record graded by another engine version (scores are re-graded)', () => {
    const v = verifyRecordText(ctx, text(resealed((r) => void (r.engineVersion = '0.0.9'))), 'r.json');
    expect(v.ok).toBe(true);
    expect(v.problems.map((p) => [p.code, p.severity])).toEqual([['record-engine-version', 'warning']]);
  });
});

describe('human review', () => {
  it('overrides the verdict with a reason, keeping the original, who and when; verify checks the chain', () => {
    const first = addReview(good, { by: 'Trainer Wu', at: '2026-11-03T10:00:00.000Z', verdict: 'failed', reason: 'Call recording shows a colleague prompting the candidate.' });
    if (!first.ok) throw new Error('review refused');
    const second = addReview(first.record, { by: 'QA Lead', at: '2026-11-04T10:00:00.000Z', verdict: 'passed', reason: 'Appeal upheld after review of the recording.' });
    if (!second.ok) throw new Error('review refused');
    const r = second.record;
    expect(r.result.passed).toBe(true);
    expect(r.reviews.map((x) => [x.from, x.verdict, x.by])).toEqual([['passed', 'failed', 'Trainer Wu'], ['failed', 'passed', 'QA Lead']]);
    expect(effectiveVerdict(first.record)).toBe('failed');
    expect(r.digest).toBe(good.digest);
    expect(codes(r)).toEqual([]);

    expect(codes({ ...r, reviews: [r.reviews[1]] })).toEqual(['record-review-from', 'record-review-digest']);
    expect(codes({ ...r, reviews: [{ ...r.reviews[0]!, reason: 'changed later' }, r.reviews[1]] })).toEqual(['record-review-digest']);
  });

  it('refuses a review without a reviewer or a reason', () => {
    expect(addReview(good, { by: ' ', at: '2026-11-03T10:00:00.000Z', verdict: 'failed', reason: 'x' })).toEqual({ ok: false, missing: 'by' });
    expect(addReview(good, { by: 'Wu', at: '2026-11-03T10:00:00.000Z', verdict: 'failed', reason: '' })).toEqual({ ok: false, missing: 'reason' });
  });
});
