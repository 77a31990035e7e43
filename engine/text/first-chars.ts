// Computes the characters a regex source can start a match with, so a scan can skip every other
// position with one class test — the compiled cue lists have hundreds of alternatives.

interface First {
  /** 'any': can start with any character (., \\w, [^…]) — no useful filter. */
  chars: Set<string> | 'any';
  /** The parsed part can match the empty string (so what follows may start the match). */
  nullable: boolean;
}

const DIGITS = '0123456789';
const SPACES = ' \t\n\r\f\v\u00a0\u3000';

const ANY: First = { chars: 'any', nullable: false };

function addAll(into: First, from: First): void {
  if (into.chars === 'any') return;
  if (from.chars === 'any') into.chars = 'any';
  else for (const c of from.chars) into.chars.add(c);
}

/** Recursive-descent reader over a regex source; `null` from any method means it could not be read. */
class Reader {
  i = 0;
  constructor(private readonly src: string) {}

  alternation(): First | null {
    const out: First = { chars: new Set(), nullable: false };
    for (;;) {
      const seq = this.sequence();
      if (!seq) return null;
      addAll(out, seq);
      out.nullable ||= seq.nullable;
      if (this.src[this.i] !== '|') return out;
      this.i++;
    }
  }

  private sequence(): First | null {
    const out: First = { chars: new Set(), nullable: true };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      if (!atom) return null;
      const optional = this.quantifier();
      if (out.nullable) {
        addAll(out, atom);
        out.nullable = atom.nullable || optional;
      }
    }
    return out;
  }

  /** Read a quantifier after an atom; true when it allows zero repetitions. */
  private quantifier(): boolean {
    const c = this.src[this.i];
    let zero = false;
    if (c === '?' || c === '*') (zero = true), this.i++;
    else if (c === '+') this.i++;
    else if (c === '{') {
      const m = /^\{(\d*)(?:,\d*)?\}/.exec(this.src.slice(this.i));
      if (!m) return false;
      zero = m[1] === '' || m[1] === '0';
      this.i += m[0].length;
    } else return false;
    if (this.src[this.i] === '?') this.i++;
    return zero;
  }

  private atom(): First | null {
    const c = this.src[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape(false);
    if (c === '.') return (this.i++, ANY);
    this.i++;
    if (c === '^' || c === '$') return { chars: new Set(), nullable: true };
    return { chars: new Set([c]), nullable: false };
  }

  private group(): First | null {
    const rest = this.src.slice(this.i, this.i + 4);
    const zeroWidth = rest.startsWith('(?=') || rest.startsWith('(?!') || rest.startsWith('(?<=') || rest.startsWith('(?<!');
    this.i += rest.startsWith('(?<=') || rest.startsWith('(?<!') ? 4 : rest.startsWith('(?') ? 3 : 1;
    const inner = this.alternation();
    if (!inner || this.src[this.i] !== ')') return null;
    this.i++;
    return zeroWidth ? { chars: new Set(), nullable: true } : inner;
  }

  private escape(inClass: boolean): First | null {
    const e = this.src[this.i + 1];
    this.i += 2;
    if (e === 'd') return { chars: new Set(DIGITS), nullable: false };
    if (e === 's') return { chars: new Set(SPACES), nullable: false };
    if (e === 'b' && !inClass) return { chars: new Set(), nullable: true };
    if (e === undefined) return null;
    if (/[wWDSBupPck0-9]/.test(e)) return ANY;
    const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
    return { chars: new Set([map[e] ?? e]), nullable: false };
  }

  private charClass(): First | null {
    this.i++;
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    const chars = new Set<string>();
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      let from: string;
      if (this.src[this.i] === '\\') {
        const e = this.escape(true);
        if (!e) return null;
        if (e.chars === 'any') {
          this.skipClass();
          return ANY;
        }
        if (e.chars.size !== 1) {
          e.chars.forEach((ch) => chars.add(ch));
          continue;
        }
        from = [...e.chars][0]!;
      } else from = this.src[this.i++]!;
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']') {
        const to = this.src[this.i + 1]!;
        this.i += 2;
        if (to.charCodeAt(0) - from.charCodeAt(0) > 256) {
          this.skipClass();
          return ANY;
        }
        for (let k = from.charCodeAt(0); k <= to.charCodeAt(0); k++) chars.add(String.fromCharCode(k));
      } else chars.add(from);
    }
    this.i++;
    return negated ? ANY : { chars, nullable: false };
  }

  private skipClass(): void {
    while (this.i < this.src.length && this.src[this.i] !== ']') this.i += this.src[this.i] === '\\' ? 2 : 1;
    this.i++;
  }
}

/** The set of first characters of a regex source, or null when it can start with anything / can't be read. */
export function firstCharsOf(source: string): Set<string> | null {
  const r = new Reader(source);
  const f = r.alternation();
  if (!f || f.nullable || f.chars === 'any' || r.i !== source.length) return null;
  return f.chars;
}

/** A character class source matching exactly the given characters. */
export function toCharClass(chars: Iterable<string>): string {
  let out = '';
  for (const c of chars) out += /[\\\]^\-[]/.test(c) ? `\\${c}` : c === '\n' ? '\\n' : c === '\t' ? '\\t' : c;
  return `[${out}]`;
}
