import type { Locale } from '../types.ts';
import { countScriptForms } from './normalize.ts';

/** Guess a reply's locale: Chinese when Han characters outweigh Latin words, then Traditional vs Simplified forms. */
export function detectLocale(text: string): Locale {
  let han = 0;
  let latinWords = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const latin = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xff21 && c <= 0xff5a);
    if (latin && !inWord) latinWords++;
    inWord = latin;
    if (c >= 0x3400 && c <= 0x9fff) han++;
  }
  // A Chinese reply with an English word in it ("我帮您check一下") is still Chinese.
  if (han === 0 || latinWords > han) return 'en';
  const { t, s } = countScriptForms(text);
  return t > s ? 'zh-Hant' : 'zh-Hans';
}
