// Length-preserving text folding, so a match in the folded text is a span in the original text.
import { T2S_PAIRS } from './t2s-table.ts';

const CJK_START = 0x3400;
const CJK_END = 0x9fff;

// Built once: a code-unit lookup for the CJK block (Traditional → Simplified) — fast and small.
const CJK_FOLD: Uint16Array = buildCjkFold();

function buildCjkFold(): Uint16Array {
  const table = new Uint16Array(CJK_END - CJK_START + 1);
  for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) {
    const t = T2S_PAIRS.charCodeAt(i);
    if (t >= CJK_START && t <= CJK_END) table[t - CJK_START] = T2S_PAIRS.charCodeAt(i + 1);
  }
  return table;
}

/** Fold one UTF-16 code unit: full-width ASCII to half-width, ASCII to lower case, Traditional to Simplified. */
export function foldCodeUnit(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  if (c >= CJK_START && c <= CJK_END) return CJK_FOLD[c - CJK_START] || c;
  if (c >= 0xff01 && c <= 0xff5e) {
    const h = c - 0xfee0;
    return h >= 0x41 && h <= 0x5a ? h + 32 : h;
  }
  switch (c) {
    case 0x3000: // ideographic space
    case 0x00a0:
      return 0x20;
    case 0x2018:
    case 0x2019:
      return 0x27; // curly apostrophes, so "I’m" matches "i'm"
    case 0x201c:
    case 0x201d:
      return 0x22;
    case 0xff61: // half-width ideographic full stop
      return 0x3002;
    default:
      return c;
  }
}

/**
 * Fold a reply for matching: same length as the input (one code unit in, one out), lower-case ASCII,
 * half-width punctuation and digits, Simplified characters for the Traditional ones in the table.
 */
export function normalizeText(text: string): string {
  const n = text.length;
  let i = 0;
  while (i < n && foldCodeUnit(text.charCodeAt(i)) === text.charCodeAt(i)) i++;
  if (i === n) return text;
  // A plain array: fromCharCode.apply takes it on a fast path (a typed array is 3x slower there).
  const out = new Array<number>(n);
  for (let j = 0; j < i; j++) out[j] = text.charCodeAt(j);
  for (; i < n; i++) out[i] = foldCodeUnit(text.charCodeAt(i));
  if (n <= 4096) return String.fromCharCode.apply(null, out);
  let s = '';
  // Chunked so very long replies don't overflow the argument limit of fromCharCode.
  for (let k = 0; k < n; k += 4096) s += String.fromCharCode.apply(null, out.slice(k, k + 4096));
  return s;
}

/** Count the characters of a text that only Traditional (t) or only Simplified (s) Chinese uses. */
export function countScriptForms(text: string): { t: number; s: number } {
  let t = 0;
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < CJK_START || c > CJK_END) continue;
    if (CJK_FOLD[c - CJK_START]) t++;
    else if (SIMPLIFIED_ONLY.has(c)) s++;
  }
  return { t, s };
}

const SIMPLIFIED_ONLY: ReadonlySet<number> = buildSimplifiedOnly();

function buildSimplifiedOnly(): Set<number> {
  const set = new Set<number>();
  for (let i = 1; i < T2S_PAIRS.length; i += 2) set.add(T2S_PAIRS.charCodeAt(i));
  // A few Simplified forms are also ordinary Traditional characters: they tell nothing.
  for (const ch of '了里后只台于发系干面才准余志复向家当表苹谷卜布松板丑舍征采') set.delete(ch.charCodeAt(0));
  return set;
}
