// The analyzer's cost grows linearly with the reply: a long or hostile reply is read in well under a
// second, and doubling it about doubles the time (a quadratic step once made 200k characters take ~6 s).
import process from 'node:process';
import { describe, expect, it } from 'vitest';
import { analyzeReply } from '../../engine/text/analyze-reply.ts';
import { splitClauses, splitSentences, MAX_SPAN } from '../../engine/text/segment.ts';

const ISSUE = { summary: '快递延误', keywords: ['快递', '延误'] };
const HOSTILE: Record<string, string> = {
  'no punctuation': '抱歉您是说您的快递没有到对吗我们可以退款或者换货也可以补偿',
  'one cue, no sentence end': 'sorry ',
  'a paraphrase per sentence': '您是说退款对吗？',
  'links without options': '或者。',
  'English options': 'or a refund ',
  'mixed scripts': '我帮您check一下 refund 或者 ',
  'a bare apology per sentence': '抱歉。',
};

// CPU time of this process, so a machine shared with other jobs does not fail the test.
function timeOf(text: string): number {
  const t0 = process.cpuUsage();
  analyzeReply(text, { issue: ISSUE });
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
}

describe('analyzer cost on long replies', () => {
  for (const [name, unit] of Object.entries(HOSTILE)) {
    it(`reads 200k characters of "${name}" in under 2 s`, () => {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      analyzeReply(unit.repeat(50)); // warm the regexes
      expect(timeOf(text)).toBeLessThan(2000);
    });
  }

  it('grows about linearly: 8× the text costs far less than 64× the time', () => {
    const unit = HOSTILE['no punctuation']!;
    const small = unit.repeat(800);
    const big = unit.repeat(6400);
    timeOf(small);
    const a = Math.min(timeOf(small), timeOf(small), timeOf(small));
    const b = Math.min(timeOf(big), timeOf(big));
    expect(b / Math.max(a, 1)).toBeLessThan(24);
  });

  it('caps sentences and clauses at MAX_SPAN, cutting at a space when there is one', () => {
    const text = 'word '.repeat(1000);
    for (const spans of [splitSentences(text), splitClauses(text)]) {
      expect(Math.max(...spans.map((s) => s.end - s.start))).toBeLessThanOrEqual(MAX_SPAN);
      for (const s of spans) expect(text[s.end - 1]).toBe(' ');
      expect(spans.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    }
    expect(splitSentences('短句。另一句！')).toEqual([{ start: 0, end: 3 }, { start: 3, end: 7 }]);
  });
});
