// Sentence and clause boundaries over the folded text (punctuation is half-width there).

/** A half-open span [start, end) of code units. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The longest span a segment may have. Detectors look back and forth within a sentence or clause; a
 * cap keeps that work constant per cue, so a reply with no punctuation at all is still read in linear
 * time (real sentences are far shorter: the longest in the corpora is under 200 units).
 */
export const MAX_SPAN = 320;

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

/** Where to cut an over-long span: after the last space in its final quarter, else at the cap. */
function forcedCut(text: string, start: number): number {
  const hard = start + MAX_SPAN;
  for (let i = hard - 1; i > hard - (MAX_SPAN >> 2); i--) if (text.charCodeAt(i) === 0x20) return i + 1;
  return hard;
}

function split(text: string, cut: (text: string, i: number) => boolean): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (i - start >= MAX_SPAN) {
      const at = forcedCut(text, start);
      spans.push({ start, end: at });
      start = at;
    }
    if (!cut(text, i)) continue;
    // A run of end marks ("?!", "。。") stays with the span it closes.
    while (i + 1 < text.length && cut(text, i + 1)) i++;
    if (i + 1 > start) spans.push({ start, end: i + 1 });
    start = i + 1;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/** Split folded text into sentences (ending at 。!?; or a full stop, at most MAX_SPAN long). */
export function splitSentences(text: string): Span[] {
  return split(text, isSentenceEnd);
}

/** Split folded text into clauses (sentences further cut at commas, colons, dashes). */
export function splitClauses(text: string): Span[] {
  return split(text, (t, i) => isSentenceEnd(t, i) || isClauseEnd(t, i));
}

/** Index of the span containing a position (binary search over ordered, disjoint spans), or -1. */
export function spanIndexAt(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Find the span containing a position; an empty span at the position when none does. */
export function spanAt(spans: readonly Span[], pos: number): Span {
  return spans[spanIndexAt(spans, pos)] ?? { start: pos, end: pos };
}

/** Tell whether a position falls inside any of the (ordered, disjoint) spans. */
export function inSpans(spans: readonly Span[], pos: number): boolean {
  return spanIndexAt(spans, pos) >= 0;
}

/** Index of the first of the ordered spans that starts at or after a position (spans.length when none). */
export function firstStartingAt(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first of the ordered spans that starts inside [from, to), if any. */
export function firstIn<T extends Span>(spans: readonly T[], from: number, to: number): T | undefined {
  const s = spans[firstStartingAt(spans, from)];
  return s && s.start < to ? s : undefined;
}

/** Every one of the ordered spans that starts inside [from, to). */
export function allIn<T extends Span>(spans: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = firstStartingAt(spans, from); i < spans.length && spans[i]!.start < to; i++) out.push(spans[i]!);
  return out;
}
