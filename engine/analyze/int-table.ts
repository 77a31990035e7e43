// An open-addressing hash table from non-negative integer keys (below 2^31) to non-negative integers,
// in two Int32Arrays: a JS Map with a hundred thousand number keys per layer costs more in hashing,
// rehashing and GC than the exploration's actual work.

const EMPTY = -1;

/** Integer → integer table with linear probing; `clear` keeps the arrays for the next layer. */
export class IntTable {
  private keys = new Int32Array(1024).fill(EMPTY);
  private vals = new Int32Array(1024);
  private size = 0;

  /** Whether `key` fits this table (non-negative 31-bit integers; the caller falls back to a Map otherwise). */
  static fits(key: number): boolean {
    return key >= 0 && key <= 0x7fffffff && Number.isInteger(key);
  }

  /** The value stored for `key`, or -1. */
  get(key: number): number {
    const mask = this.keys.length - 1;
    for (let i = hash(key) & mask; ; i = (i + 1) & mask) {
      const k = this.keys[i]!;
      if (k === key) return this.vals[i]!;
      if (k === EMPTY) return -1;
    }
  }

  /** Store `value` for `key` (which must not be in the table yet). */
  add(key: number, value: number): void {
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let i = hash(key) & mask;
    while (this.keys[i] !== EMPTY) i = (i + 1) & mask;
    this.keys[i] = key;
    this.vals[i] = value;
    this.size++;
  }

  /** Remove every entry. */
  clear(): void {
    if (this.size) this.keys.fill(EMPTY);
    this.size = 0;
  }

  private grow(): void {
    const { keys, vals } = this;
    this.keys = new Int32Array(keys.length * 2).fill(EMPTY);
    this.vals = new Int32Array(keys.length * 2);
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY) this.add(keys[i]!, vals[i]!);
  }
}

// Keys are dense-ish products of small fields: a multiplicative hash spreads them over the table.
function hash(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 7;
}

/** (integer, integer) → integer table with linear probing, for keys made of two non-negative 31-bit fields. */
export class IntPairTable {
  // Small to start: an analysis makes a dozen of these, and most stay small.
  private a = new Int32Array(64).fill(EMPTY);
  private b = new Int32Array(64);
  private vals = new Int32Array(64);
  private size = 0;

  /** The value stored for (`a`, `b`), or -1. */
  get(a: number, b: number): number {
    const mask = this.a.length - 1;
    for (let i = hash2(a, b) & mask; ; i = (i + 1) & mask) {
      const k = this.a[i]!;
      if (k === a && this.b[i] === b) return this.vals[i]!;
      if (k === EMPTY) return -1;
    }
  }

  /** Store `value` for (`a`, `b`), replacing any value stored for it. */
  set(a: number, b: number, value: number): void {
    if (2 * (this.size + 1) > this.a.length) this.grow();
    const mask = this.a.length - 1;
    let i = hash2(a, b) & mask;
    for (; this.a[i] !== EMPTY; i = (i + 1) & mask) {
      if (this.a[i] === a && this.b[i] === b) {
        this.vals[i] = value;
        return;
      }
    }
    this.a[i] = a;
    this.b[i] = b;
    this.vals[i] = value;
    this.size++;
  }

  private grow(): void {
    const { a, b, vals } = this;
    this.a = new Int32Array(a.length * 2).fill(EMPTY);
    this.b = new Int32Array(a.length * 2);
    this.vals = new Int32Array(a.length * 2);
    this.size = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== EMPTY) this.set(a[i]!, b[i]!, vals[i]!);
  }
}

function hash2(a: number, b: number): number {
  return Math.imul(a ^ Math.imul(b, 0x85ebca6b), 0x9e3779b1) >>> 7;
}
