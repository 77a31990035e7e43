import type { Locale, Localized } from '../types.ts';
import { LOCALES } from '../types.ts';
import type { AdviceContext, FindingParams, Rule } from './types.ts';

/** A rule's title in one UI language. */
export function ruleTitle(rule: Rule, locale: Locale): string {
  return rule.texts[locale].title;
}

/** A rule's advice in one UI language, adapted to the scenario when one is given. */
export function ruleAdvice(rule: Rule, locale: Locale, ctx: AdviceContext = {}): string {
  return rule.texts[locale].advice(ctx);
}

/** The words of one finding in one UI language (the code itself when the table lacks it, so nothing is silently blank). */
export function findingText(rule: Rule, code: string, params: FindingParams | undefined, locale: Locale): string {
  const messages = rule.texts[locale].messages;
  const make = Object.hasOwn(messages, code) ? messages[code] : undefined;
  return make ? make(params ?? {}) : `${rule.id}: ${code}`;
}

/** Fill a per-locale text in every UI language. */
export function localize(make: (locale: Locale) => string): Localized {
  const out = {} as Localized;
  for (const l of LOCALES) out[l] = make(l);
  return out;
}
