// Saturating histograms of point totals, counts kept as residues (see modular.ts), stored flat.
//
// Values are in "units" (points divided by the gcd of every point amount the scenario can produce).
// Besides exact values a histogram has two saturated buckets: `zero` holds totals that clamp to score 0
// and `top` totals that clamp to 100, whatever the other half of the path adds (the caller picks the
// bounds so that this holds). That keeps every histogram within about 100 points of width.
//
// A HistStore holds the histograms of many states in one Float64Array (bucket-major, then prime), so
// that the hundreds of thousands of histograms of an analysis cost no objects and no GC.
import { f64, i32, type Growable } from './growable.ts';
import { reduceInv, toBigInt, type Modulus } from './modular.ts';

/** Histograms of `n` states: exact values lo[i] .. lo[i]+len[i]-1 at data[off[i] + bucket*count + prime]. */
export class HistStore {
  lo = new Int32Array(0);
  len = new Int32Array(0);
  off = new Int32Array(0);
  zero = new Float64Array(0);
  top = new Float64Array(0);
  readonly data = f64();

  constructor(
    readonly m: Modulus,
    n: number,
  ) {
    this.clear(n);
  }

  /** Empty the store for `n` histograms, reusing its arrays (layers are computed one after another: two stores take turns). */
  clear(n: number): void {
    if (this.lo.length < n) {
      this.lo = new Int32Array(n);
      this.len = new Int32Array(n);
      this.off = new Int32Array(n);
      this.zero = new Float64Array(n * this.m.count);
      this.top = new Float64Array(n * this.m.count);
    }
    this.data.length = 0;
  }
}

/**
 * Accumulates shifted histograms into one, saturating values at or below `lo` into `zero` and at or
 * above `hi` into `top`. One builder is reused for every state; sums stay unreduced until build()
 * (each state adds far fewer than 2^26 residues to a bucket, so they stay exact).
 */
export class HistBuilder {
  private buf = new Float64Array(0);
  private readonly zero: Float64Array;
  private readonly top: Float64Array;
  private base = 0;
  private lo = 0;
  private hi = 0;
  private min = Infinity;
  private max = -Infinity;

  constructor(readonly m: Modulus) {
    this.zero = new Float64Array(m.count);
    this.top = new Float64Array(m.count);
  }

  /** Start a histogram whose exact values lie strictly between `lo` and `hi`. */
  reset(lo: number, hi: number): void {
    this.lo = lo;
    this.hi = hi;
    this.base = lo + 1;
    const need = Math.max(0, hi - lo - 1) * this.m.count;
    if (this.buf.length < need) this.buf = new Float64Array(need);
    this.min = Infinity;
    this.max = -Infinity;
    this.zero.fill(0);
    this.top.fill(0);
  }

  /** Add histogram `i` of `h` with every exact value shifted by `shift`; saturated buckets stay saturated. */
  addShifted(h: HistStore, i: number, shift: number): void {
    const P = this.m.count;
    const zero = this.zero;
    const top = this.top;
    for (let k = 0, at = i * P; k < P; k++, at++) {
      zero[k]! += h.zero[at]!;
      top[k]! += h.top[at]!;
    }
    const n = h.len[i]!;
    if (n === 0) return;
    const d = h.data.a;
    const start = h.lo[i]! + shift;
    // Buckets j < jz land at or below lo (zero), j >= jt at or above hi (top), the rest in between
    // (hi > lo, so jz <= jt): three plain loops instead of a three-way test per value.
    const jz = Math.min(n, this.lo - start + 1);
    const jt = Math.min(n, this.hi - start);
    let j = 0;
    let off = h.off[i]!;
    for (; j < jz; j++) for (let k = 0; k < P; k++, off++) zero[k]! += d[off]!;
    if (j < jt) {
      const first = start + j - this.base;
      const last = start + jt - 1 - this.base;
      if (first < this.min) this.min = first;
      if (last > this.max) this.max = last;
      const buf = this.buf;
      const end = off + (jt - j) * P;
      for (let o = first * P; off < end; off++, o++) buf[o]! += d[off]!;
      j = jt;
    }
    for (; j < n; j++) for (let k = 0; k < P; k++, off++) top[k]! += d[off]!;
  }

  /** Add the count whose residues are `src[at .. at+count-1]` at exact value `v`. */
  addAt(v: number, src: Float64Array, at: number): void {
    const P = this.m.count;
    if (v <= this.lo) {
      for (let q = 0; q < P; q++) this.zero[q]! += src[at + q]!;
    } else if (v >= this.hi) {
      for (let q = 0; q < P; q++) this.top[q]! += src[at + q]!;
    } else {
      const k = v - this.base;
      if (k < this.min) this.min = k;
      if (k > this.max) this.max = k;
      const o = k * P;
      for (let q = 0; q < P; q++) this.buf[o + q]! += src[at + q]!;
    }
  }

  /** Store the accumulated histogram (reduced) as histogram `i` of `h`, and clear the builder's buffer. */
  build(h: HistStore, i: number): void {
    const { count: P, primes, inv } = this.m;
    for (let k = 0, at = i * P; k < P; k++, at++) {
      h.zero[at] = reduceInv(this.zero[k]!, primes[k]!, inv[k]!);
      h.top[at] = reduceInv(this.top[k]!, primes[k]!, inv[k]!);
    }
    if (this.min > this.max) {
      h.off[i] = h.data.length;
      h.lo[i] = 0;
      h.len[i] = 0;
      return;
    }
    const len = this.max - this.min + 1;
    h.lo[i] = this.base + this.min;
    h.len[i] = len;
    const at = h.data.reserve(len * P);
    h.off[i] = at;
    const d = h.data.a;
    const buf = this.buf;
    for (let j = 0, src = this.min * P, dst = at; j < len; j++) {
      for (let k = 0; k < P; k++, src++, dst++) {
        d[dst] = reduceInv(buf[src]!, primes[k]!, inv[k]!);
        buf[src] = 0;
      }
    }
  }
}

/**
 * Suffix sums of many histograms: for state i, s_j = top + Σ_{k ≥ j} c[k] at data[off[i] + j*count + prime]
 * for j = 0 .. len[i] (the last one is `top` alone), and the total with the zero bucket.
 */
export class TailStore {
  readonly lo: Int32Array;
  readonly len: Int32Array;
  readonly off: Int32Array;
  readonly total: Float64Array;
  /** Residues fit 26 bits: Int32 halves the memory of the largest array of the analysis (every state's tail). */
  readonly data: Growable<Int32Array>;

  /** Room for `n` tails; `capacity` residues to start with (it grows as needed). */
  constructor(
    readonly m: Modulus,
    n: number,
    capacity = 1024,
  ) {
    this.data = i32(capacity);
    this.lo = new Int32Array(n);
    this.len = new Int32Array(n);
    this.off = new Int32Array(n);
    this.total = new Float64Array(n * m.count);
  }

  /** Store the suffix sums of histogram `i` of `h` as tail `s`. */
  setFrom(s: number, h: HistStore, i: number): void {
    const { count: P, primes } = this.m;
    const n = h.len[i]!;
    const src = h.data.a;
    const so = h.off[i]!;
    this.lo[s] = h.lo[i]!;
    this.len[s] = n;
    const off = this.data.reserve((n + 1) * P);
    this.off[s] = off;
    const d = this.data.a;
    for (let k = 0; k < P; k++) {
      const p = primes[k]!;
      let acc = h.top[i * P + k]!;
      d[off + n * P + k] = acc;
      for (let j = n - 1; j >= 0; j--) {
        acc += src[so + j * P + k]!;
        if (acc >= p) acc -= p;
        d[off + j * P + k] = acc;
      }
      acc += h.zero[i * P + k]!;
      this.total[s * P + k] = acc >= p ? acc - p : acc;
    }
  }

  /** Offset in `data` of the residues counting tail s's values at or above `v` (top included, zero excluded). */
  atLeast(s: number, v: number): number {
    const j = v - this.lo[s]!;
    const n = this.len[s]!;
    return this.off[s]! + (j <= 0 ? 0 : j >= n ? n : j) * this.m.count;
  }
}

/** A histogram with exact BigInt counts, for the figures the analysis reports. */
export interface Hist {
  zero: bigint;
  top: bigint;
  lo: number;
  c: bigint[];
}

/** Rebuild histogram `i` of `h` with exact counts (CRT). */
export function exactHist(h: HistStore, i: number): Hist {
  const P = h.m.count;
  const c: bigint[] = [];
  for (let j = 0; j < h.len[i]!; j++) c.push(toBigInt(h.data.a, h.off[i]! + j * P, h.m));
  return { zero: toBigInt(h.zero, i * P, h.m), top: toBigInt(h.top, i * P, h.m), lo: h.lo[i]!, c };
}
