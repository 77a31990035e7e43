import { beforeAll, describe, expect, it } from 'vitest';
import { buildRoster, rosterCsv, rosterHtml, verifyRecordText, type ExamContext, type Verified } from '../../engine/index.ts';
import { bestPaths, exampleContext, findPath, makeRecord } from './fixtures.ts';

let ctx: ExamContext;
let verified: Verified[];

beforeAll(() => {
  ctx = exampleContext();
  const best = bestPaths(ctx);
  const blame = findPath(ctx, 1, (c) => c.criticalFailures.includes('no-blame'));
  const records = [
    makeRecord(ctx, best, { name: 'Ana', id: 'a-1' }, 1),
    makeRecord(ctx, [best[0]!, blame], { name: 'Ana', id: 'a-1' }, 2),
    makeRecord(ctx, best, { name: '=HYPERLINK("http://x")', id: 'b-2' }),
    makeRecord(ctx, [best[0]!, blame], { name: '<script>alert(1)</script>, "Jr"', id: 'c-3' }),
  ];
  verified = records.map((r, i) => verifyRecordText(ctx, JSON.stringify(r), `r${i}.json`));
  verified.push(verifyRecordText(ctx, '{"truncated', 'broken.json'));
}, 120_000);

describe('roster', () => {
  it('keeps each candidate\'s latest attempt, counts attempts and invalid records', () => {
    const roster = buildRoster(ctx.exam, verified);
    expect(roster.rows.map((r) => [r.candidateId, r.attempt, r.attempts, r.verdict])).toEqual([
      ['', 0, 1, 'invalid'],
      ['a-1', 2, 2, 'failed'],
      ['b-2', 1, 1, 'passed'],
      ['c-3', 1, 1, 'failed'],
    ]);
    expect(roster.invalid).toBe(1);
    expect(roster.criticalByCandidate.filter((c) => c.rule === 'no-blame').map((c) => c.candidateId)).toEqual(['a-1', 'c-3']);
    const noBlame = roster.ruleFailures.find((r) => r.rule === 'no-blame')!;
    expect(noBlame).toMatchObject({ runs: 6, failed: 2, critical: true });
    expect(roster.distributions.map((d) => d.reduce((a, b) => a + b, 0))).toEqual([3, 3]);
  });

  it('writes CSV that spreadsheets read as text (RFC 4180 quoting, no formulas)', () => {
    const csv = rosterCsv(buildRoster(ctx.exam, verified));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^candidate_id,name,attempt,attempts,score,verdict,original_verdict,reviewed_by,reviewed_at,review_reason,score_double-charge,score_service-outage,critical_failures,problems,digest,file$/);
    expect(lines).toHaveLength(5);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain('"<script>alert(1)</script>, ""Jr"""');
    expect(lines[1]).toMatch(/,invalid,.*record-not-json/);
  });

  it('writes one self-contained HTML page: escaped names, a chart per scenario, rule rates, critical failures', () => {
    const html = rosterHtml(buildRoster(ctx.exam, verified), '2026-11-05T00:00:00.000Z');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html.match(/<svg role="img"/g)).toHaveLength(2);
    expect(html).toMatch(/no-blame <small>\(critical\)<\/small><\/td><td class="num">2 \/ 6<\/td>/);
    expect(html).not.toMatch(/<(link|script|img)\b/);
    expect(html).not.toMatch(/https?:\/\/(?!x&#34;)/);
  });
});
