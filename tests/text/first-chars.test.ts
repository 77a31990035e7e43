import { describe, expect, it } from 'vitest';
import { firstCharsOf, toCharClass } from '../../engine/text/first-chars.ts';
import { EN } from '../../engine/text/lexicon-en.ts';
import { ZH } from '../../engine/text/lexicon-zh.ts';
import { normalizeText } from '../../engine/text/normalize.ts';
import { compileCues, scan } from '../../engine/text/scan.ts';
import { loadCorpus } from './corpus.ts';

const set = (s: string | null) => (s === null ? null : new Set(s));
const first = (src: string) => {
  const f = firstCharsOf(src);
  return f === null ? null : new Set(f);
};

describe('firstCharsOf', () => {
  it('reads literals, groups, optional prefixes, classes, escapes and zero-width parts', () => {
    expect(first('但是|可是')).toEqual(set('但可'));
    expect(first('(?:我|我们)?(?:非常)?理解')).toEqual(set('我非理'));
    expect(first('(?<![不非])但(?![愿凡])')).toEqual(set('但'));
    expect(first('[给为帮]您看|\\d+小时')).toEqual(set('给为帮0123456789'));
    expect(first('[a-c]x|\\?')).toEqual(set('abc?'));
    expect(first('x{0,2}y')).toEqual(set('xy'));
  });

  it('gives up (null) when a match can start anywhere or be empty', () => {
    expect(first('.{0,3}确认')).toBeNull();
    expect(first('[^,]确认')).toBeNull();
    expect(first('\\w+ed')).toBeNull();
    expect(first('(?:抱歉)?')).toBeNull();
    expect(first('(?:unclosed')).toBeNull();
  });

  it('builds a class that escapes regex metacharacters', () => {
    const re = new RegExp(`^${toCharClass(['-', ']', '^', '\\', 'a'])}+$`);
    expect(re.test('-]^\\a')).toBe(true);
    expect(re.test('b')).toBe(false);
  });
});

describe('compileCues with the first-character guard', () => {
  const texts = [...loadCorpus(), ...loadCorpus('blind'), ...loadCorpus('blind-2'), ...loadCorpus('blind-3'), ...loadCorpus('blind-4')].map((l) => normalizeText(l.text));
  const lists: Array<[string, readonly string[], boolean]> = [];
  for (const [k, v] of Object.entries(ZH)) if (Array.isArray(v)) lists.push([`zh.${k}`, v as string[], false]);
  for (const [k, v] of Object.entries(EN)) if (Array.isArray(v)) lists.push([`en.${k}`, v as string[], true]);

  it('finds exactly what the unguarded regex finds, for every cue list over the whole corpus', () => {
    expect(lists.length).toBeGreaterThan(20);
    for (const [name, patterns, words] of lists) {
      const body = patterns.join('|');
      const plain = new RegExp(words ? `\\b(?:${body})\\b` : `(?:${body})`, 'g');
      const guarded = compileCues(patterns, words);
      for (const t of texts) expect(scan(guarded, t), `${name} on ${t}`).toEqual(scan(plain, t));
    }
  });
});
