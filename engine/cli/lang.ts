import type { Locale } from '../types.ts';

/**
 * The language of the CLI's words from the environment, as POSIX tools choose it: the first set of
 * LC_ALL, LC_MESSAGES, LANG. zh_TW / zh_HK / zh_MO (or a Hant script) → zh-Hant, other zh → zh-Hans, else en.
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>> = {}): Locale {
  const raw = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((v) => v !== undefined && v !== '') ?? '';
  const tag = raw.toLowerCase();
  if (!/^zh([_-]|$|\.)/.test(tag)) return 'en';
  return /hant|^zh[_-](tw|hk|mo)/.test(tag) ? 'zh-Hant' : 'zh-Hans';
}
