// Sentence and clause boundaries over the folded text (punctuation is half-width there).

/** A half-open span [start, end) of code units. */
export interface Span {
  start: number;
  end: number;
}

function isSentenceEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // 。 ! ? ; newline …
  if (c === 0x3002 || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a || c === 0x2026) return true;
  if (c !== 0x2e) return false;
  // "1.5" and "e.g." are not sentence ends; ". " and "." before Chinese or at the end are.
  const next = text.charCodeAt(i + 1);
  return Number.isNaN(next) || next === 0x20 || next === 0x0a || next > 0x2e80;
}

function isClauseEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // , 、 : — – ( ) "
  return c === 0x2c || c === 0x3001 || c === 0x3a || c === 0x2014 || c === 0x2013 || c === 0x28 || c === 0x29 || c === 0x22;
}

function split(text: string, cut: (text: string, i: number) => boolean): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!cut(text, i)) continue;
    // A run of end marks ("?!", "。。") stays with the span it closes.
    while (i + 1 < text.length && cut(text, i + 1)) i++;
    if (i + 1 > start) spans.push({ start, end: i + 1 });
    start = i + 1;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/** Split folded text into sentences (ending at 。!?; or a full stop). */
export function splitSentences(text: string): Span[] {
  return split(text, isSentenceEnd);
}

/** Split folded text into clauses (sentences further cut at commas, colons, dashes). */
export function splitClauses(text: string): Span[] {
  return split(text, (t, i) => isSentenceEnd(t, i) || isClauseEnd(t, i));
}

/** Find the span containing a position (binary search over ordered spans). */
export function spanAt(spans: readonly Span[], pos: number): Span {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return { start: pos, end: pos };
}

/** Index of the span containing a position, or -1. */
export function spanIndexAt(spans: readonly Span[], pos: number): number {
  for (let i = 0; i < spans.length; i++) if (pos >= spans[i]!.start && pos < spans[i]!.end) return i;
  return -1;
}

/** Tell whether a position falls inside any of the spans. */
export function inSpans(spans: readonly Span[], pos: number): boolean {
  for (const s of spans) if (pos >= s.start && pos < s.end) return true;
  return false;
}
