import type { Choice, ScenarioNode } from '../types.ts';
import type { Turn } from '../rules/types.ts';
import { IntPairTable } from './int-table.ts';

// What a cached rule step depended on: a Turn that records which of its varying fields (turn index,
// mood) a step read, and a cache that files each result under exactly those fields, so a later input
// that agrees on them finds it. See step-cache.ts for why this is exact.

/** Bits of a reads mask. */
const READ_INDEX = 1;
const READ_MOOD = 2;
/** Slots per field in a result key: 0 when the field was not read, else turn index (1..100) or mood + 1 (mood 0..100). */
const SLOTS = 102;
/** Second key under which a cache files the bit set of masks its results for a first key were read with. */
const MASKS = 4 * SLOTS * SLOTS;
const FITS = 0x7fffffff;
const EMBEDDED = 16;

/** A Turn whose varying fields record that they were read (moodAfter is a function of moodBefore for a given choice). */
export class TrackedTurn implements Turn {
  reads = 0;
  i = 0;
  before = 0;
  after = 0;
  node!: ScenarioNode;
  choice!: Choice;
  get features() {
    return this.choice.features;
  }
  get text() {
    return this.choice.reply;
  }
  get index(): number {
    this.reads |= READ_INDEX;
    return this.i;
  }
  get moodBefore(): number {
    this.reads |= READ_MOOD;
    return this.before;
  }
  get moodAfter(): number {
    this.reads |= READ_MOOD;
    return this.after;
  }
}

/**
 * Results by (first key, the fields the result depended on): a first key is a state and choice. Under
 * (k1, MASKS) a record holds the bit set of masks seen in its low 4 bits and, when the only one is the
 * empty mask (the result depended on nothing that varies), the result id above bit 4 (EMBEDDED): one
 * probe per hit.
 */
export class VariantCache {
  private readonly table = new IntPairTable();
  /** Keys that do not fit the table's two 31-bit fields (fractional moods, huge scenarios). */
  private readonly odd = new Map<string, number>();

  /** The id of a stored result that applies to this input, or -1. */
  lookup(k1: number, mood: number, index: number): number {
    const record = k1 <= FITS ? this.table.get(k1, MASKS) : (this.odd.get(`${k1}`) ?? -1);
    if (record <= 0) return -1;
    if (record & EMBEDDED) return record >> 5;
    const masks = record & 15;
    for (let m = 0; m < 4; m++) {
      if (!(masks & (1 << m))) continue;
      const k2 = secondKey(m, mood, index);
      const hit = k1 <= FITS && k2 >= 0 ? this.table.get(k1, k2) : (this.odd.get(`${k1},${m},${mood},${index}`) ?? -1);
      if (hit >= 0) return hit;
    }
    return -1;
  }

  /** File result `id`, which read the fields in `mask`. */
  store(k1: number, mask: number, mood: number, index: number, id: number): void {
    const k2 = secondKey(mask, mood, index);
    if (k1 > FITS) {
      this.odd.set(`${k1}`, recordWith(this.odd.get(`${k1}`) ?? 0, mask, id));
      this.odd.set(`${k1},${mask},${mood},${index}`, id);
      return;
    }
    this.table.set(k1, MASKS, recordWith(Math.max(0, this.table.get(k1, MASKS)), mask, id));
    if (k2 >= 0) this.table.set(k1, k2, id);
    else this.odd.set(`${k1},${mask},${mood},${index}`, id);
  }
}

/** A masks record with `mask` added (result `id` kept in it only while the empty mask is the only one). */
function recordWith(record: number, mask: number, id: number): number {
  const masks = (record & 15) | (1 << mask);
  return masks === 1 && id < 1 << 26 ? (id << 5) | EMBEDDED | 1 : masks;
}

/** The second key of a result read with `mask`, or -1 when a field read is outside the slots. */
function secondKey(mask: number, mood: number, index: number): number {
  let moodSlot = 0;
  let indexSlot = 0;
  if (mask & READ_MOOD) {
    if (!Number.isInteger(mood) || mood < 0 || mood >= SLOTS - 1) return -1;
    moodSlot = mood + 1;
  }
  if (mask & READ_INDEX) {
    if (index < 1 || index >= SLOTS) return -1;
    indexSlot = index;
  }
  return (mask * SLOTS + moodSlot) * SLOTS + indexSlot;
}
