// Append-only typed arrays for the state graph: a million transitions in plain JS arrays cost several
// hundred MB and the GC's time; typed arrays hold them flat and grow by doubling.

type Typed = Float64Array | Int32Array | Uint8Array;

// Large typed arrays come from calloc'd pages that cost nothing until written, while each page faults in
// on its first write (about 4 ms per MB here): growing 4× rather than 2× copies (and so touches) a third
// as much on the way to a final size, and the unused room is never touched.
/** The capacity to grow to from `capacity` when `need` entries are needed. */
export function grown(capacity: number, need: number): number {
  return Math.max(16, need, capacity * (capacity >= 1 << 16 ? 4 : 2));
}

/** A typed array that grows as values are appended; `a` is the backing array (valid up to `length`). */
export class Growable<T extends Typed> {
  length = 0;
  constructor(
    public a: T,
    private readonly make: (n: number) => T,
  ) {}

  /** Append a value and return its index. */
  push(v: number): number {
    if (this.length === this.a.length) {
      const bigger = this.make(grown(this.a.length, this.length + 1));
      bigger.set(this.a);
      this.a = bigger;
    }
    this.a[this.length] = v;
    return this.length++;
  }

  /** Append `n` zeros (or whatever was left there: callers overwrite them) and return the first one's index. */
  reserve(n: number): number {
    if (this.length + n > this.a.length) {
      const bigger = this.make(grown(this.a.length, this.length + n));
      bigger.set(this.a.subarray(0, this.length));
      this.a = bigger;
    }
    const at = this.length;
    this.length += n;
    return at;
  }

  /** The appended values, in an array of exactly that length (a view: copying a million entries costs more than the spare room). */
  done(): T {
    return this.a.subarray(0, this.length) as T;
  }
}

/** Growable Float64Array. */
export const f64 = (capacity = 1024): Growable<Float64Array> => new Growable(new Float64Array(capacity), (n) => new Float64Array(n));
/** Growable Int32Array. */
export const i32 = (capacity = 1024): Growable<Int32Array> => new Growable(new Int32Array(capacity), (n) => new Int32Array(n));

/** A copy of `a` with room for `n` entries (the new room zero). */
export function widened<T extends Typed>(a: T, n: number): T {
  const bigger = new (a.constructor as new (n: number) => T)(n);
  bigger.set(a);
  return bigger;
}
