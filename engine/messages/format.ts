import type { Locale } from '../types.ts';
import type { Shown } from './load-codes.ts';

/** Longest quoted name or value in a message, in characters; longer ones are quoted by their start. */
export const MAX_QUOTED = 80;

/** The helpers a wording uses to put parameters into words the way its language writes them. */
export interface Fmt {
  readonly lang: Locale;
  /** Quote a name or a value (clipped to its start when long). */
  q(v: Shown): string;
  /** A number in the locale's digits and grouping. */
  n(x: number): string;
  /** The form for a count: `one`/`other` forms with `#` standing for the number. */
  plural(x: number, forms: { one?: string; other: string }): string;
  /** Quoted items joined as a list ("a, b or c"). */
  list(items: readonly Shown[], kind?: 'conjunction' | 'disjunction'): string;
  /** A "did you mean …?" clause, or '' when there is no suggestion. */
  mean(suggestion: string | undefined): string;
}

/** How one locale writes quotes and suggestions; the rest comes from Intl. */
export interface LocaleStyle {
  quote: readonly [string, string];
  mean(quoted: string): string;
}

/** A wording for each code of a parameter table, in one locale. */
export type Wordings<P> = { [C in keyof P]-?: (params: P[C], f: Fmt) => string };

/** Cut a text to at most `max` characters, ending in "…" when cut, never splitting a surrogate pair. */
export function clipText(text: string, max = MAX_QUOTED): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

const PLURALS = new Map<Locale, Intl.PluralRules>();
const NUMBERS = new Map<Locale, Intl.NumberFormat>();

// Intl objects are costly to make and a lint run formats thousands of messages, so each is made once.
function cached<T>(map: Map<Locale, T>, lang: Locale, make: () => T): T {
  let v = map.get(lang);
  if (v === undefined) map.set(lang, (v = make()));
  return v;
}

/** Make the formatting helpers of a locale. */
export function createFmt(lang: Locale, style: LocaleStyle): Fmt {
  const [open, close] = style.quote;
  const q = (v: Shown) => (typeof v === 'string' ? `${open}${clipText(v)}${close}` : String(v));
  const n = (x: number) => cached(NUMBERS, lang, () => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 })).format(x);
  return {
    lang,
    q,
    n,
    plural: (x, forms) => {
      const rule = cached(PLURALS, lang, () => new Intl.PluralRules(lang)).select(x);
      return (rule === 'one' && forms.one !== undefined ? forms.one : forms.other).replace('#', n(x));
    },
    list: (items, kind = 'conjunction') => new Intl.ListFormat(lang, { type: kind }).format(items.map(q)),
    mean: (s) => (s === undefined ? '' : style.mean(q(s))),
  };
}
