import type { Locale, Localized, Pronoun } from '../types.ts';
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
export function findingText(rule: Rule, code: string, params: FindingParams | undefined, locale: Locale, ctx: AdviceContext = {}): string {
  const messages = rule.texts[locale].messages;
  const make = Object.hasOwn(messages, code) ? messages[code] : undefined;
  return make ? make(params ?? {}, ctx) : `${rule.id}: ${code}`;
}

const PRONOUNS: Record<Locale, Record<Pronoun, { subject: string; object: string; possessive: string }>> = {
  'zh-Hans': { he: { subject: '他', object: '他', possessive: '他的' }, she: { subject: '她', object: '她', possessive: '她的' }, they: { subject: '客户', object: '客户', possessive: '客户的' } },
  'zh-Hant': { he: { subject: '他', object: '他', possessive: '他的' }, she: { subject: '她', object: '她', possessive: '她的' }, they: { subject: '客戶', object: '客戶', possessive: '客戶的' } },
  en: { he: { subject: 'he', object: 'him', possessive: 'his' }, she: { subject: 'she', object: 'her', possessive: 'her' }, they: { subject: 'they', object: 'them', possessive: 'their' } },
};

/** How wording refers to the scenario's customer in one language (the persona's pronoun; "they" / 客户 when unknown). */
export function pronounOf(ctx: AdviceContext, locale: Locale): { subject: string; object: string; possessive: string } {
  return PRONOUNS[locale][ctx.scenario?.persona.pronoun ?? 'they'];
}

/** Fill a per-locale text in every UI language. */
export function localize(make: (locale: Locale) => string): Localized {
  const out = {} as Localized;
  for (const l of LOCALES) out[l] = make(l);
  return out;
}
