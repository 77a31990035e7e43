// Saturating histograms of point totals with exact BigInt counts.
//
// Values are in "units" (points divided by the gcd of every point amount the scenario can produce).
// Besides exact values a histogram has two saturated buckets: `zero` holds totals that clamp to score 0
// and `top` totals that clamp to 100, whatever the other half of the path adds (the caller picks the
// bounds so that this holds). That keeps every histogram within about 100 points of width.

/** Counts per exact value `lo + i`, plus the saturated buckets. */
export interface Hist {
  zero: bigint;
  top: bigint;
  lo: number;
  c: bigint[];
}

export const EMPTY_HIST: Hist = { zero: 0n, top: 0n, lo: 0, c: [] };

/** A histogram holding one value once. */
export function singleHist(value: number, lo: number, hi: number): Hist {
  if (value <= lo) return { zero: 1n, top: 0n, lo: 0, c: [] };
  if (value >= hi) return { zero: 0n, top: 1n, lo: 0, c: [] };
  return { zero: 0n, top: 0n, lo: value, c: [1n] };
}

/** Total count of a histogram. */
export function histTotal(h: Hist): bigint {
  let t = h.zero + h.top;
  for (const n of h.c) t += n;
  return t;
}

/**
 * Accumulates shifted histograms into one, saturating values at or below `lo` into `zero` and at or
 * above `hi` into `top`. One builder is reused for every state (its buffer is cleared as it builds).
 */
export class HistBuilder {
  private buf: bigint[] = [];
  private base = 0;
  private lo = 0;
  private hi = 0;
  private min = Infinity;
  private max = -Infinity;
  private zero = 0n;
  private top = 0n;

  /** Start a histogram whose exact values lie strictly between `lo` and `hi`. */
  reset(lo: number, hi: number): void {
    this.lo = lo;
    this.hi = hi;
    this.base = lo + 1;
    const width = hi - lo - 1;
    while (this.buf.length < width) this.buf.push(0n);
    this.min = Infinity;
    this.max = -Infinity;
    this.zero = 0n;
    this.top = 0n;
  }

  /** Add `h` with every exact value shifted by `shift`; saturated buckets stay saturated. */
  addShifted(h: Hist, shift: number): void {
    this.zero += h.zero;
    this.top += h.top;
    const c = h.c;
    const start = h.lo + shift;
    for (let i = 0; i < c.length; i++) {
      const n = c[i]!;
      if (n === 0n) continue;
      const v = start + i;
      if (v <= this.lo) this.zero += n;
      else if (v >= this.hi) this.top += n;
      else {
        const k = v - this.base;
        this.buf[k]! += n;
        if (k < this.min) this.min = k;
        if (k > this.max) this.max = k;
      }
    }
  }

  /** Add `count` paths with exact value `v`. */
  addValue(v: number, count: bigint): void {
    if (v <= this.lo) this.zero += count;
    else if (v >= this.hi) this.top += count;
    else {
      const k = v - this.base;
      this.buf[k]! += count;
      if (k < this.min) this.min = k;
      if (k > this.max) this.max = k;
    }
  }

  /** Take the accumulated histogram and clear the builder's buffer. */
  build(): Hist {
    if (this.min > this.max) return { zero: this.zero, top: this.top, lo: 0, c: [] };
    const c = this.buf.slice(this.min, this.max + 1);
    this.buf.fill(0n, this.min, this.max + 1);
    return { zero: this.zero, top: this.top, lo: this.base + this.min, c };
  }
}

/** Suffix sums of a histogram: `tailAtLeast(t, k)` counts the top bucket plus exact values ≥ k. */
export interface Tail {
  /** Every count, the zero bucket included. */
  total: bigint;
  lo: number;
  /** s[i] = top + Σ_{j ≥ i} c[j]; s[c.length] = top. */
  s: bigint[];
}

/** Build the suffix sums of a histogram (its `zero` bucket never reaches a threshold). */
export function tailOf(h: Hist): Tail {
  const s: bigint[] = new Array<bigint>(h.c.length + 1);
  let acc = h.top;
  s[h.c.length] = acc;
  for (let i = h.c.length - 1; i >= 0; i--) {
    acc += h.c[i]!;
    s[i] = acc;
  }
  return { total: acc + h.zero, lo: h.lo, s };
}

/** Count the values of a tail at or above `k` (saturated top included, zero bucket excluded). */
export function tailAtLeast(t: Tail, k: number): bigint {
  const i = k - t.lo;
  if (i <= 0) return t.s[0]!;
  return i >= t.s.length ? t.s[t.s.length - 1]! : t.s[i]!;
}
