// Regex scanning helpers shared by the feature detectors.
import { firstCharsOf, toCharClass } from './first-chars.ts';
import { allIn } from './segment.ts';

/** A match of a cue in the folded text. */
export interface Hit {
  start: number;
  end: number;
}

/** What a cached scan needs of a reply: its folded text, which lexicons apply, and the cache. */
export interface Scannable {
  text: string;
  zh: boolean;
  en: boolean;
  /** Every hit of a cue regex over the whole text, computed once per reply. */
  hits: Map<RegExp, Hit[]>;
}

/** A cue list compiled per script: Chinese cues as written, English cues within word boundaries. */
export interface CuePair {
  zh: RegExp;
  en: RegExp;
}

// A pattern that opens with a plain word and a space ("you didn't …", "i can hear …").
const LEADING_WORD = /^([a-z']+) (?![?*+{])/;

/**
 * Factor English cues by their opening word: `you (?:should(?:'ve| have)|didn't …|…)` tests "you " once
 * instead of once per cue, which matters in replies full of "you" and "I". Cues keep their order within
 * a word, and cues with another opening stay where they were.
 */
function factorByFirstWord(patterns: readonly string[]): string {
  const out: Array<{ word: string | null; alts: string[] }> = [];
  const open = new Map<string, { word: string | null; alts: string[] }>();
  for (const p of patterns) {
    const m = LEADING_WORD.exec(p);
    const group = m ? open.get(m[1]!) : undefined;
    if (m && group) group.alts.push(p.slice(m[0].length));
    else {
      const entry = m ? { word: m[1]!, alts: [p.slice(m[0].length)] } : { word: null, alts: [p] };
      out.push(entry);
      if (m) open.set(m[1]!, entry);
    }
    // A cue that may start like an open group's word comes before that group's later cues: close it,
    // so the first cue that matches at a position stays the same one as without factoring.
    const first = m ? null : firstCharsOf(p);
    for (const w of [...open.keys()]) if (!m && (!first || first.has(w[0]!))) open.delete(w);
  }
  return out.map((e) => (e.word === null ? e.alts[0]! : factored(e.word, e.alts))).join('|');
}

function factored(word: string, rests: readonly string[]): string {
  return rests.length === 1 ? `${word} ${rests[0]}` : `${word} (?:${rests.join('|')})`;
}

/** Compile cue patterns (regex sources) into one global regex; English cues get word boundaries. */
export function compileCues(patterns: readonly string[], words: boolean): RegExp {
  const body = words ? factorByFirstWord(patterns) : patterns.join('|');
  const first = firstCharsOf(body);
  // A leading class test lets the engine skip, in one step, every position no cue can start at.
  const guard = first && first.size > 0 ? `(?=${toCharClass(first)})` : '';
  return new RegExp(words ? `\\b${guard}(?:${body})\\b` : `${guard}(?:${body})`, 'g');
}

/** Compile a Chinese and an English cue list into a pair. */
export function compilePair(zh: readonly string[], en: readonly string[]): CuePair {
  return { zh: compileCues(zh, false), en: compileCues(en, true) };
}

/** All non-overlapping matches of a global regex in the whole text, in order. */
export function scan(re: RegExp, text: string): Hit[] {
  const hits: Hit[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (end === m.index) {
      re.lastIndex++;
      continue;
    }
    hits.push({ start: m.index, end });
  }
  return hits;
}

/**
 * The hits of one regex that start in [from, to). The regex runs once over the whole reply and the
 * range is found by binary search: asking per sentence would otherwise rescan the rest of the reply
 * every time a sentence has no hit, which made long replies quadratic.
 */
export function hitsOf(r: Scannable, re: RegExp, from = 0, to = r.text.length): Hit[] {
  let all = r.hits.get(re);
  if (!all) {
    all = scan(re, r.text);
    r.hits.set(re, all);
  }
  return from === 0 && to >= r.text.length ? all : allIn(all, from, to);
}

/** The hits of a cue pair in [from, to), with the Chinese and/or English regex as the reply's scripts require. */
export function scanBoth(r: Scannable, pair: CuePair, from = 0, to = r.text.length): Hit[] {
  if (r.zh && r.en) return [...hitsOf(r, pair.zh, from, to), ...hitsOf(r, pair.en, from, to)].sort((a, b) => a.start - b.start);
  if (r.zh) return hitsOf(r, pair.zh, from, to);
  if (r.en) return hitsOf(r, pair.en, from, to);
  return [];
}
