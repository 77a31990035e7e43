import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeT2sPairs, encodeT2sPairs, T2S_PAIRS } from '../../engine/text/t2s-table.ts';

const readable = readFileSync(new URL('./t2s-pairs.txt', import.meta.url), 'utf8').replace(/\s+/g, '');

describe('Traditional → Simplified table', () => {
  it('decodes to exactly the readable list in tests/text/t2s-pairs.txt', () => {
    // To edit the table: change t2s-pairs.txt, then put encodeT2sPairs(<its pairs>) into ENCODED.
    expect(T2S_PAIRS).toBe(readable);
  });

  it('round-trips and stays sorted by the Traditional character', () => {
    expect(decodeT2sPairs(encodeT2sPairs(readable))).toBe(readable);
    for (let i = 2; i < T2S_PAIRS.length; i += 2) expect(T2S_PAIRS.charCodeAt(i)).toBeGreaterThan(T2S_PAIRS.charCodeAt(i - 2));
    expect(T2S_PAIRS.length % 2).toBe(0);
  });

  it('maps the characters replies use', () => {
    const map = new Map<string, string>();
    for (let i = 0; i < T2S_PAIRS.length; i += 2) map.set(T2S_PAIRS[i]!, T2S_PAIRS[i + 1]!);
    expect(map.get('們')).toBe('们');
    expect(map.get('說')).toBe('说');
    expect(map.get('卻')).toBe('却');
    expect(map.has('们')).toBe(false);
  });
});
