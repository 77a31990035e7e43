import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { modulusFor, mulMod, reduce, toBigInt } from '../../engine/analyze/modular.ts';
import { IntPairTable, IntTable } from '../../engine/analyze/int-table.ts';
import { analyzeScenario } from '../../engine/analyze/analyze-scenario.ts';
import { makeScenario } from '../support/make-scenario.ts';

const productOf = (primes: Float64Array) => primes.reduce((p, q) => p * BigInt(q), 1n);
const residuesOf = (v: bigint, primes: Float64Array) => Float64Array.from(primes, (p) => Number(v % BigInt(p)));

describe('residue arithmetic (modular.ts)', () => {
  it('picks enough primes below 2^26 for the bound, and no more than needed', () => {
    for (const log2 of [0, 1, 23, 40, Math.log2(6.5e19 * 35), 100, 5000]) {
      const m = modulusFor(log2);
      expect(m.primes.every((p) => p < 2 ** 26 && p > 2 ** 25)).toBe(true);
      expect(productOf(m.primes)).toBeGreaterThan(2n ** BigInt(Math.ceil(log2)));
      expect(productOf(m.primes.subarray(0, m.count - 1))).toBeLessThanOrEqual(2n ** BigInt(Math.ceil(log2) + 2));
    }
    expect(modulusFor(Math.log2(6.5e19 * 35)).count).toBe(3);
    // The primes are the consecutive largest primes below 2^26, written-out ones and found ones alike.
    const isPrime = (n: number) => n % 2 === 1 && Array.from({ length: Math.floor(Math.sqrt(n) / 2) }, (_, k) => 2 * k + 3).every((d) => n % d !== 0);
    const many = modulusFor(12 * 26).primes;
    expect(many.length).toBeGreaterThan(8);
    expect([...many].every(isPrime)).toBe(true);
    for (let k = 1; k < many.length; k++) for (let n = many[k - 1]! - 2; n > many[k]!; n -= 2) expect(isPrime(n)).toBe(false);
    for (let n = 2 ** 26 - 1; n > many[0]!; n -= 2) expect(isPrime(n)).toBe(false);
  });

  it('rebuilds any value below the primes\' product from its residues (CRT)', () => {
    const m = modulusFor(100);
    const top = productOf(m.primes);
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: top - 1n }), (v) => toBigInt(residuesOf(v, m.primes), 0, m) === v));
    expect(toBigInt(residuesOf(top - 1n, m.primes), 0, m)).toBe(top - 1n);
  });

  it('multiplies and reduces exactly, also next to the primes (where a rounded quotient is off by one)', () => {
    const p = modulusFor(0).primes[0]!;
    const residue = fc.oneof(fc.integer({ min: 0, max: p - 1 }), fc.constantFrom(0, 1, p - 1, p - 2));
    fc.assert(fc.property(residue, residue, (a, b) => mulMod(a, b, p) === Number((BigInt(a) * BigInt(b)) % BigInt(p))));
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 52 }), (x) => reduce(x, p) === x % p));
    // A wrong reduction is caught: the sum of two residues is not a residue until reduced.
    expect(reduce(2 * p - 2, p)).toBe(p - 2);
  });
});

describe('IntTable', () => {
  it('maps keys like a Map, across growth and clearing', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0x7fffffff }), { maxLength: 3000 }), (keys) => {
        const t = new IntTable();
        const ref = new Map<number, number>();
        for (const k of keys) {
          if (t.get(k) < 0) t.add(k, ref.size);
          if (!ref.has(k)) ref.set(k, ref.size);
        }
        for (const [k, v] of ref) expect(t.get(k)).toBe(v);
        t.clear();
        return keys.every((k) => t.get(k) === -1);
      }),
      { numRuns: 50 },
    );
    expect(IntTable.fits(-1) || IntTable.fits(2 ** 31) || IntTable.fits(1.5)).toBe(false);
  });
});

describe('counts beyond what a double holds', () => {
  it('stay exact when the path count overflows a float (4^600 cut-off paths)', () => {
    const choices = ['a', 'b', 'c', 'd'].map((id) => ({ id, f: {}, mood: 0, to: 'n' }));
    const s = makeScenario({ maxTurns: 600, nodes: { n: { choices }, done: { end: 'resolved', customer: 'ok' } }, start: 'n' });
    const a = analyzeScenario(s);
    expect(a.paths).toBe(4n ** 600n);
    expect(a.outcomes.abandoned).toBe(4n ** 600n);
    expect(a.nodes.find((n) => n.id === 'n')!.visits).toBe(601n * 4n ** 600n); // arrivals at turns 0..600, the last one cut off
  });
});

describe('IntPairTable', () => {
  it('maps pairs like a Map, across growth and replacement, and tells pairs sharing a field apart', () => {
    const field = fc.integer({ min: 0, max: 0x7fffffff });
    fc.assert(
      fc.property(fc.array(fc.tuple(field, fc.nat(40), fc.nat(1000)), { maxLength: 3000 }), (entries) => {
        const t = new IntPairTable();
        const ref = new Map<string, number>();
        for (const [a, b, v] of entries) {
          t.set(a, b, v);
          ref.set(`${a},${b}`, v);
        }
        for (const [key, v] of ref) {
          const [a, b] = key.split(',').map(Number);
          expect(t.get(a!, b!)).toBe(v);
        }
        // Absent pairs, including ones that share a field with a stored pair, are not found.
        return entries.every(([a, b]) => ref.has(`${a},${b + 41}`) || t.get(a, b + 41) === -1);
      }),
      { numRuns: 50 },
    );
  });
});
