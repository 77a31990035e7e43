// Exact path counts without BigInt arithmetic: every count is kept as its residues modulo a few primes
// below 2^26, in Float64Arrays. A product of two residues stays below 2^52, so it is exact in a double,
// and a sum of up to 2^26 residues is exact too (sums are reduced only when a value is stored). Exact
// BigInts are rebuilt by the Chinese remainder theorem only for the figures the analysis reports; the
// number of primes is chosen from a float upper bound of the largest such figure, so that rebuilding
// is exact. Decisions that depend on a count's size never look at residues.

/** The primes counts are kept modulo (count = how many residues each value has). */
export interface Modulus {
  count: number;
  primes: Float64Array;
  /** 1 / prime, so that hot loops reduce with a multiplication instead of a division. */
  inv: Float64Array;
}

const TOP = 2 ** 26;

/**
 * The primes below 2^26, largest first, as far as found: the first eight written out (3 cover 10^20
 * paths; trial division of ~30 candidates costs milliseconds in a cold process), more found on demand.
 */
const PRIMES: number[] = [67108859, 67108837, 67108819, 67108777, 67108763, 67108757, 67108753, 67108747];

/** The i-th largest prime below 2^26. */
function primeAt(i: number): number {
  for (let n = PRIMES.length ? PRIMES[PRIMES.length - 1]! - 2 : TOP - 1; PRIMES.length <= i; n -= 2) if (isPrime(n)) PRIMES.push(n);
  return PRIMES[i]!;
}

function isPrime(n: number): boolean {
  for (let d = 3; d * d <= n; d += 2) if (n % d === 0) return false;
  return n % 2 === 1;
}

/**
 * Pick the fewest primes below 2^26 whose product exceeds 2^log2Bound, an upper bound of every count to
 * rebuild (given as a logarithm: a scenario with long calls can have more paths than a double holds).
 */
export function modulusFor(log2Bound: number): Modulus {
  const primes: number[] = [];
  // One bit of margin against rounding in the bound, and never fewer than one prime.
  let bits = 0;
  for (let i = 0; primes.length === 0 || bits <= log2Bound + 1; i++) {
    const p = primeAt(i);
    primes.push(p);
    bits += Math.log2(p);
  }
  return { count: primes.length, primes: Float64Array.from(primes), inv: Float64Array.from(primes, (p) => 1 / p) };
}

/** (a * b) mod p for residues a, b < p < 2^26: the product is exact, the quotient's rounding is corrected. */
export function mulMod(a: number, b: number, p: number): number {
  const x = a * b;
  const r = x - Math.floor(x / p) * p;
  return r < 0 ? r + p : r >= p ? r - p : r;
}

/** Reduce a non-negative integer below 2^53 (an unreduced sum of residues) modulo p. */
export function reduce(x: number, p: number): number {
  if (x < p) return x;
  const r = x - Math.floor(x / p) * p;
  return r < 0 ? r + p : r >= p ? r - p : r;
}

/**
 * As reduce, given inv = 1/p: x * inv is within a few ulps of x / p, so the floored quotient is off by at
 * most one either way, which the two comparisons correct (multiplying is several times cheaper than dividing).
 */
export function reduceInv(x: number, p: number, inv: number): number {
  const r = x - Math.floor(x * inv) * p;
  return r < 0 ? r + p : r >= p ? r - p : r;
}

/** Reduce `a[off .. off+count-1]` in place, residue k modulo prime k. */
export function reduceAt(a: Float64Array, off: number, m: Modulus): void {
  for (let k = 0; k < m.count; k++) a[off + k] = reduceInv(a[off + k]!, m.primes[k]!, m.inv[k]!);
}

/** Rebuild the exact value whose residues are `a[off .. off+count-1]` (Garner's mixed-radix CRT). */
export function toBigInt(a: ArrayLike<number>, off: number, m: Modulus): bigint {
  // Mixed-radix digits d_k with value = d_0 + d_1 p_0 + d_2 p_0 p_1 + …, computed in doubles.
  const d: number[] = [];
  for (let k = 0; k < m.count; k++) {
    const p = m.primes[k]!;
    let x = a[off + k]!;
    let radix = 1;
    let acc = 0;
    for (let j = 0; j < k; j++) {
      acc = (acc + mulMod(d[j]!, radix, p)) % p;
      radix = mulMod(radix, m.primes[j]! % p, p);
    }
    x = (x - acc + p) % p;
    d.push(mulMod(x, invMod(radix, p), p));
  }
  let v = 0n;
  for (let k = m.count - 1; k >= 0; k--) v = v * BigInt(m.primes[k]!) + BigInt(d[k]!);
  return v;
}

/** Inverse of a modulo prime p (extended Euclid; every intermediate stays below p). */
function invMod(a: number, p: number): number {
  let [r0, r1] = [p, a % p];
  let [t0, t1] = [0, 1];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  return t0 < 0 ? t0 + p : t0;
}
