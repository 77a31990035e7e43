import type { Locale } from '../../engine/index.ts';
import { interpolate, type Params } from './i18n.ts';
import { studioEn, type StudioMessageKey, type StudioMessages } from './studio-messages-en.ts';
import { studioZhHans } from './studio-messages-zh-hans.ts';
import { studioZhHant } from './studio-messages-zh-hant.ts';

export type { StudioMessageKey } from './studio-messages-en.ts';

// The studio's strings live apart from the player's so the player's first screen does not carry them.
const CATALOGS: Record<Locale, StudioMessages> = { 'zh-Hans': studioZhHans, 'zh-Hant': studioZhHant, en: studioEn };

export type StudioTranslate = (key: StudioMessageKey, params?: Params) => string;

/** Make the studio's translate function for a UI language. */
export function createStudioTranslator(locale: Locale): StudioTranslate {
  const catalog = CATALOGS[locale];
  return (key, params) => interpolate(catalog[key] ?? studioEn[key], params);
}
