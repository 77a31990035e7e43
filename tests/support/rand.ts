// One seeded random source for the generated test inputs, so a failing case can be made again from its seed.

/** A source of random numbers in [0, 1); seeded, so a failing case can be made again from its seed. */
export type Rand = () => number;

/** Make a seeded random source (mulberry32). */
export function createRand(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
