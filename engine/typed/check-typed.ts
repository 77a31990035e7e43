import type { Locale, TypedProblem } from '../types.ts';
import { detectLocale } from '../text/detect-locale.ts';
import { MAX_TYPED_CHARS } from './limits.ts';

// An HTML or XML tag, a comment or a doctype as pasted from a page or an editor: "<script>", "</p>", "<!--".
const MARKUP = /<\s*\/?\s*[a-z!?][^<>]{0,200}>|<!--|javascript:\s*\S/i;

// Words nearly every English sentence of a call uses; a longer Latin-script reply with none of them is
// in another language (Spanish, French, pinyin…). Apostrophes are folded to ' before lookup.
const ENGLISH_WORDS = new Set(
  (
    "i i'm i'll i've i'd you you're you'll your we we're we'll we've our us me my it it's its is are was were be been " +
    "the a an to of and or but so if in on at for with from by about as this that that's there here what when how why " +
    "can can't could would should will won't do don't does did didn't have has had not no yes ok okay please sorry " +
    'thank thanks let just get right now today all up out know see understand help sure'
  ).split(' '),
);
const ENGLISH_CHECK_MIN_WORDS = 4;

interface ScriptCounts {
  han: number;
  latin: number;
  other: number;
  latinWords: string[];
}

// One pass over the text: letters by script, and the Latin words (lower-cased) for the English check.
function countScripts(text: string): ScriptCounts {
  const out: ScriptCounts = { han: 0, latin: 0, other: 0, latinWords: [] };
  const re = /(\p{Script=Han})|([\p{Script=Latin}'\u2019]+)|(\p{L})/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[1]) out.han++;
    else if (m[2]) {
      const word = m[2].replace(/\u2019/g, "'").replace(/^'+|'+$/g, '').toLowerCase();
      if (word === '') continue;
      out.latin += word.length;
      out.latinWords.push(word);
    } else out.other++;
  }
  return out;
}

function isChinese(locale: Locale): boolean {
  return locale === 'zh-Hans' || locale === 'zh-Hant';
}

// Simplified and Traditional characters both read as Chinese: the analyzer folds one into the other, and an
// agent's input method may give either.
function inLanguage(text: string, c: ScriptCounts, locale: Locale): boolean {
  if (isChinese(locale)) return c.han > 0 && c.other <= c.han && detectLocale(text) !== 'en';
  if (c.han > 0 && detectLocale(text) !== 'en') return false;
  if (c.other > c.latin) return false;
  if (c.latinWords.length < ENGLISH_CHECK_MIN_WORDS) return c.latin > 0;
  return c.latinWords.some((w) => ENGLISH_WORDS.has(w));
}

/** Say why a typed reply cannot be taken in a scenario of this language, or null when it can be read. */
export function checkTypedText(text: string, locale: Locale): TypedProblem | null {
  const trimmed = text.trim();
  if (trimmed === '') return 'empty';
  if (trimmed.length > MAX_TYPED_CHARS) return 'too-long';
  if (MARKUP.test(trimmed)) return 'markup';
  const counts = countScripts(trimmed);
  if (counts.han + counts.latin + counts.other === 0) return 'no-words';
  return inLanguage(trimmed, counts, locale) ? null : 'wrong-language';
}

/** Tidy a typed reply before it becomes a move: trimmed, control characters (pasted from elsewhere) as spaces. */
export function tidyTypedText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200b\u2028\u2029]/g, ' ').trim();
}
