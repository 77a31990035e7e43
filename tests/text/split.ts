// The tuning / held-back split of the reply corpus, fixed before the analyzer was tuned.

/** 32-bit FNV-1a hash of a string's UTF-16 code units. */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Tell whether a corpus line is in the held-back part (about one in three lines). */
export function isHeldBack(id: string): boolean {
  return fnv1a32(id) % 3 === 0;
}
