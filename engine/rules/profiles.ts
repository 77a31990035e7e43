import type { Localized, RuleOverride } from '../types.ts';

/** A named set of rule overrides (weights, disabled rules, critical rules). */
export interface Profile {
  id: string;
  title: Localized;
  rules: Record<string, RuleOverride>;
}

export const DEFAULT_PROFILE: Profile = {
  id: 'default',
  title: { 'zh-Hans': '默认规则', 'zh-Hant': '預設規則', en: 'Default rules' },
  rules: {},
};

export const PROFILES: readonly Profile[] = [DEFAULT_PROFILE];

/** Find a profile by id; the default one when the id is absent. */
export function resolveProfile(id: string | undefined): Profile {
  return PROFILES.find((p) => p.id === id) ?? DEFAULT_PROFILE;
}
