import type { Locale } from '../../engine/index.ts';
import { en, type MessageKey, type Messages, type Text } from './messages-en.ts';
import { zhHans } from './messages-zh-hans.ts';
import { zhHant } from './messages-zh-hant.ts';

export type { MessageKey, Plural, Text } from './messages-en.ts';

export const UI_LOCALES: readonly Locale[] = ['zh-Hans', 'zh-Hant', 'en'];

const CATALOGS: Record<Locale, Messages> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };

/** The name of each UI language in itself, for the language switcher. */
export const LOCALE_NATIVE_NAMES: Record<Locale, string> = { 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/**
 * Fill `{name}` placeholders, numbers written the UI language's way; a placeholder without a value is left
 * visible so the gap is noticed.
 */
export function interpolate(template: string, params: Params = {}, numbers?: Intl.NumberFormat): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    if (!Object.hasOwn(params, name)) return m;
    const v = params[name]!;
    return typeof v === 'number' && numbers ? numbers.format(v) : String(v);
  });
}

/** Pick the plural form of a text for its count parameter (Intl.PluralRules' category, else `other`). */
export function choosePlural(text: Text, params: Params, rules: Intl.PluralRules): string {
  if (typeof text === 'string') return text;
  const n = Object.hasOwn(params, text.plural) ? Number(params[text.plural]) : NaN;
  const category = Number.isFinite(n) ? rules.select(n) : 'other';
  return (Object.hasOwn(text, category) ? text[category as Exclude<keyof typeof text, 'plural'>] : undefined) ?? text.other;
}

/** Make the translate function for a UI language. */
export function createTranslator(locale: Locale): Translate {
  const catalog = CATALOGS[locale];
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  return (key, params = {}) => interpolate(choosePlural(catalog[key] ?? en[key], params, rules), params, numbers);
}

/** Tell whether a string names one of the UI languages. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (UI_LOCALES as readonly string[]).includes(value);
}

/** Choose the UI language from the browser's preferred languages: Taiwan/Hong Kong/Macau and Hant go to zh-Hant. */
export function detectLocale(preferred: readonly string[]): Locale {
  for (const raw of preferred) {
    const tag = raw.toLowerCase();
    if (/^(zh|cmn|yue)(-|$)/.test(tag)) {
      return /hant|-tw|-hk|-mo|^yue/.test(tag) ? 'zh-Hant' : 'zh-Hans';
    }
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

/** The message key naming a scenario language. */
export function localeNameKey(locale: Locale): MessageKey {
  return locale === 'zh-Hans' ? 'locale_zhHans' : locale === 'zh-Hant' ? 'locale_zhHant' : 'locale_en';
}
