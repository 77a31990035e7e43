import { describe, expect, it } from 'vitest';
import { buildRecord, collectCandidates, findTranscripts, sealRecord, verifyRecordData, type ExamRecord, type TimedMove } from '../../engine/index.ts';
import { bestPaths, exampleContext, timed } from '../exam/fixtures.ts';

// Certification re-grades typed replies the same way as practice and `hardcall grade`: the grader's default reader.
describe('exam records with typed replies', () => {
  const ctx = exampleContext();
  const paths = bestPaths(ctx);
  const first = ctx.scenarios[0]!;
  const opening = first.nodes[first.start]!;
  const said = opening.choices.find((c) => c.id === paths[0]![0])!.reply;

  function recordWith(typed: string): ExamRecord {
    const transcripts: TimedMove[][] = paths.map((p, i) => timed(p, i * 100_000));
    transcripts[0]![0] = { move: { typed }, ms: 5000 };
    const r = buildRecord(ctx.exam, ctx.scenarios, {
      candidate: { name: 'Typed Agent', id: 'agent-t' }, attempt: 1, seed: '0123456789abcdef',
      startedAt: '2026-11-02T09:00:00.000Z', finishedAt: '2026-11-02T09:30:00.000Z', transcripts,
    });
    if (!r.ok) throw new Error(`${r.scenario}: ${r.error.code}`);
    return r.record;
  }

  it('grades and verifies a record whose first reply was typed', () => {
    const record = recordWith(said);
    expect(record.scenarios[0]!.moves[0]!.move).toEqual({ typed: said });
    expect(verifyRecordData(ctx, record).findings).toEqual([]);
  });

  it('finds the mismatch when the typed words are changed after grading', () => {
    const record = recordWith(said);
    // Words with a "but" in them: the same path, a lower score than the record claims.
    const words = `${said} But that is simply how banks work.`;
    const forged = sealRecord({ ...record, scenarios: record.scenarios.map((s, i) => (i === 0 ? { ...s, moves: [{ move: { typed: words }, ms: 5000 }, ...s.moves.slice(1)] } : s)) });
    expect(verifyRecordData(ctx, forged).findings.map((f) => f.code)).toContain('record-score-mismatch');
    // Words that anger the customer enough to end the call: the rest of the transcript is not a path any more.
    const angry = sealRecord({ ...record, scenarios: record.scenarios.map((s, i) => (i === 0 ? { ...s, moves: [{ move: { typed: 'You should have read the statement, it is your own fault.' }, ms: 5000 }, ...s.moves.slice(1)] } : s)) });
    expect(verifyRecordData(ctx, angry).findings.map((f) => f.code)).toContain('record-impossible-transcript');
  });

  it('gives trainers the typed words of exam records as candidates', () => {
    const set = collectCandidates(first, findTranscripts(recordWith(said)));
    expect(set.nodes[0]).toMatchObject({ nodeId: first.start, candidates: [{ reply: said, count: 1, takenAs: paths[0]![0] }] });
  });
});
