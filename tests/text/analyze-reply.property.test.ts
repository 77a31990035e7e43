import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeReply } from '../../engine/index.ts';
import { FEATURE_NAMES } from './metrics.ts';

// Fragments of real cues, punctuation of both widths and filler, so random replies hit the rules.
const FRAGMENTS = [
  '但是', '不但', '而且', '只是', '抱歉', '不好意思', '如果', '對不起', '延遲', '理解', '您的心情', '可以', '也可以', '或者', '退款', '換貨', '不能', '无法',
  '您是说', '对吗', '什么', '可能是您', '不归我们管', '24小时内', '明天上午', '尽快', '规定', '我一定', '，', '。', '？', '！', '、', ',', '.', '?', ' ',
  'but', 'not only', 'sorry', 'if', 'refund', 'or', "can't", 'within 24 hours', 'by 5pm', 'you should have', 'what happened', 'Ｓｏｒｒｙ', '\u3000', 'x',
];
const reply = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 3 })), { maxLength: 40 }).map((parts) => parts.join(''));

describe('analyzeReply on arbitrary text', () => {
  it('never throws, and its evidence always quotes the text inside its bounds', () => {
    fc.assert(
      fc.property(reply, (text) => {
        const r = analyzeReply(text);
        for (const e of r.evidence) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeLessThanOrEqual(text.length);
          expect(e.end).toBeGreaterThan(e.start);
          expect(text.slice(e.start, e.end)).toBe(e.cue);
          expect(FEATURE_NAMES).toContain(e.feature);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is consistent: each positive feature has evidence, alternatives is 0 or ≥ 2 and implies a solution', () => {
    fc.assert(
      fc.property(reply, (text) => {
        const r = analyzeReply(text);
        expect(r.alternatives === 0 || r.alternatives >= 2).toBe(true);
        if (r.alternatives >= 2) expect(r.solution).toBe(true);
        for (const f of FEATURE_NAMES) {
          const v = r[f];
          const positive = v === true || (typeof v === 'number' && v > 0) || (typeof v === 'string' && v !== 'none');
          if (positive && f !== 'solution') expect(r.evidence.some((e) => e.feature === f), f).toBe(true);
        }
        expect(analyzeReply(text)).toEqual(r);
      }),
      { numRuns: 400 },
    );
  });
});
