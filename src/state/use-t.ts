import type { Locale } from '../../engine/index.ts';
import { createTranslator, type Translate } from '../i18n/i18n.ts';
import { useStore } from './store.ts';
import { appStore } from './app-store.ts';

const translators = new Map<Locale, Translate>();

/** The translate function for a UI language (made once per language). */
export function translatorFor(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = createTranslator(locale)));
  return t;
}

/** The translate function for the current UI language. */
export function useT(): Translate {
  return translatorFor(useStore(appStore, (s) => s.locale));
}

/** The current UI language. */
export function useLocale(): Locale {
  return useStore(appStore, (s) => s.locale);
}
