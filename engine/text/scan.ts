// Regex scanning helpers shared by the feature detectors.
import { firstCharsOf, toCharClass } from './first-chars.ts';

/** A match of a cue in the folded text. */
export interface Hit {
  start: number;
  end: number;
}

/** Compile cue patterns (regex sources) into one global regex; English cues get word boundaries. */
export function compileCues(patterns: readonly string[], words: boolean): RegExp {
  const body = patterns.join('|');
  const first = firstCharsOf(body);
  // A leading class test lets the engine skip, in one step, every position no cue can start at.
  const guard = first && first.size > 0 ? `(?=${toCharClass(first)})` : '';
  return new RegExp(words ? `\\b${guard}(?:${body})\\b` : `${guard}(?:${body})`, 'g');
}

/** All non-overlapping matches of a global regex in text[from, to). */
export function scan(re: RegExp, text: string, from = 0, to = text.length): Hit[] {
  const hits: Hit[] = [];
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m.index >= to) break;
    const end = m.index + m[0].length;
    if (end === m.index) {
      re.lastIndex++;
      continue;
    }
    hits.push({ start: m.index, end: Math.min(end, to) });
  }
  return hits;
}

/** Tell whether a (non-global or global) regex matches anywhere in text[from, to). */
export function testIn(re: RegExp, text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  re.lastIndex = 0;
  return re.test(from === 0 && to === text.length ? text : text.slice(from, to));
}

/** Scan with the Chinese and/or English regex of a cue pair, as the reply's scripts require. */
export function scanBoth(
  pair: { zh: RegExp; en: RegExp },
  text: string,
  zh: boolean,
  en: boolean,
  from = 0,
  to = text.length,
): Hit[] {
  if (zh && en) return [...scan(pair.zh, text, from, to), ...scan(pair.en, text, from, to)].sort((a, b) => a.start - b.start);
  if (zh) return scan(pair.zh, text, from, to);
  if (en) return scan(pair.en, text, from, to);
  return [];
}
