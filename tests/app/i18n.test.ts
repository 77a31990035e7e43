import { describe, expect, it } from 'vitest';
import { createTranslator, detectLocale, interpolate, isLocale, UI_LOCALES, type Text } from '../../src/i18n/i18n.ts';
import { en } from '../../src/i18n/messages-en.ts';
import { zhHans } from '../../src/i18n/messages-zh-hans.ts';
import { zhHant } from '../../src/i18n/messages-zh-hant.ts';

const forms = (t: Text) => (typeof t === 'string' ? [t] : Object.entries(t).flatMap(([k, v]) => (k === 'plural' ? [] : [v as string])));
const placeholders = (t: Text) => [...new Set(forms(t).flatMap((s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();

describe('UI messages', () => {
  it.each([
    ['zh-Hans', zhHans],
    ['zh-Hant', zhHant],
  ])('%s has every English key, none empty, with the same placeholders', (_name, catalog) => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      const other = catalog[key as keyof typeof en];
      expect(forms(other).every((f) => f !== ''), key).toBe(true);
      expect(placeholders(other), key).toEqual(placeholders(text));
    }
  });

  it('zh-Hant is not a copy of zh-Hans', () => {
    const same = Object.keys(en).filter((k) => {
      const [a, b] = [zhHans[k as keyof typeof en], zhHant[k as keyof typeof en]];
      return JSON.stringify(a) === JSON.stringify(b) && /[\u4e00-\u9fff]/.test(JSON.stringify(a));
    });
    // Short strings can coincide (「全部」「中等」); most must differ.
    expect(same.length).toBeLessThan(Object.keys(en).length / 3);
  });
});

describe('translate', () => {
  it('fills placeholders in the chosen language', () => {
    expect(createTranslator('en')('bestScore', { score: 85 })).toBe('Best score: 85');
    expect(createTranslator('zh-Hans')('bestScore', { score: 85 })).toBe('最高分：85');
    expect(createTranslator('zh-Hant')('callEnded', { outcome: 'x' })).toBe('通話結束：x');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(interpolate('a {b} c {d}', { b: 1 })).toBe('a 1 c {d}');
    expect(interpolate('{constructor} {toString}', {})).toBe('{constructor} {toString}');
  });

  it('chooses plural forms by Intl.PluralRules and writes numbers the language’s way', () => {
    const t = createTranslator('en');
    expect(t('attemptsCount', { count: 1 })).toBe('1 attempt');
    expect(t('attemptsCount', { count: 2 })).toBe('2 attempts');
    expect(t('attemptsCount', { count: 0 })).toBe('0 attempts');
    expect(t('attemptsCount', { count: 12345 })).toBe('12,345 attempts');
    expect(t('shownCount', { shown: 1, total: 1 })).toBe('1 of 1 scenario');
    expect(t('fileErrors', { file: 'a.yaml', count: 1 })).toBe('a.yaml cannot be played: 1 problem');
    expect(createTranslator('zh-Hans')('attemptsCount', { count: 1 })).toBe('已练习 1 次');
    expect(createTranslator('zh-Hant')('attemptsCount', { count: 1200 })).toBe('已練習 1,200 次');
  });

  it('falls back to the `other` form when the count is missing or not a number', () => {
    expect(createTranslator('en')('attemptsCount', {})).toBe('{count} attempts');
    expect(createTranslator('en')('attemptsCount', { count: 'many' })).toBe('many attempts');
  });
});

describe('detectLocale', () => {
  it.each([
    [['zh-CN'], 'zh-Hans'],
    [['zh'], 'zh-Hans'],
    [['zh-SG', 'en'], 'zh-Hans'],
    [['zh-TW'], 'zh-Hant'],
    [['zh-HK'], 'zh-Hant'],
    [['zh-Hant-MO'], 'zh-Hant'],
    [['yue'], 'zh-Hant'],
    [['cmn-Hans-CN'], 'zh-Hans'],
    [['en-GB'], 'en'],
    [['fr-FR', 'zh-TW'], 'zh-Hant'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (langs, expected) => {
    expect(detectLocale(langs)).toBe(expected);
  });

  it('knows the three UI languages only', () => {
    expect(UI_LOCALES.every(isLocale)).toBe(true);
    expect(isLocale('zh-CN')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
