import type { Localized, RuleOverride } from '../types.ts';
import { RULE_IDS } from './index.ts';

/**
 * A named set of rule overrides. `rules` apply before the scenario's own `rules:` section (the scenario
 * can adjust them); `enforce` applies after it — an exam's settings, which a scenario cannot soften.
 */
export interface Profile {
  id: string;
  title: Localized;
  rules: Record<string, RuleOverride>;
  enforce?: Record<string, RuleOverride>;
}

export const DEFAULT_PROFILE: Profile = {
  id: 'default',
  title: { 'zh-Hans': '默认规则', 'zh-Hant': '預設規則', en: 'Default rules' },
  rules: {},
};

/**
 * The documents disagree on reassuring promises: 003 三.6 says 「多做没有实质内容的承诺」, while 000 二(三)
 * and 002 二(四) ask for honest, timed commitments (the default). This profile follows 003: reassurance
 * without a timeframe is allowed, and stating the will to help weighs double.
 */
export const REASSURANCE_PROFILE: Profile = {
  id: 'reassurance',
  title: { 'zh-Hans': '允许安抚性承诺（按 003）', 'zh-Hant': '允許安撫性承諾（依 003）', en: 'Reassuring promises allowed (per 003)' },
  rules: { 'honest-commitment': { disabled: true }, willingness: { weight: 2 } },
};

export const PROFILES: readonly Profile[] = [DEFAULT_PROFILE, REASSURANCE_PROFILE];

/** The ids of the named profiles, for validating a scenario's `profile:` field. */
export const PROFILE_IDS: readonly string[] = PROFILES.map((p) => p.id);

/** Find a profile by id; the default one when the id is absent or unknown. */
export function resolveProfile(id: string | undefined): Profile {
  return PROFILES.find((p) => p.id === id) ?? DEFAULT_PROFILE;
}

/** Derive an exam's profile: a base profile plus overrides that win over every scenario's own `rules:`. */
export function withExamOverrides(base: Profile, examId: string, overrides: Record<string, RuleOverride>): Profile {
  const enforce: Record<string, RuleOverride> = { ...base.enforce };
  for (const [id, o] of Object.entries(overrides)) enforce[id] = { ...enforce[id], ...o };
  const suffix = { 'zh-Hans': `（考试 ${examId}）`, 'zh-Hant': `（考試 ${examId}）`, en: ` (exam ${examId})` };
  return {
    id: `${base.id}+${examId}`,
    title: { 'zh-Hans': base.title['zh-Hans'] + suffix['zh-Hans'], 'zh-Hant': base.title['zh-Hant'] + suffix['zh-Hant'], en: base.title.en + suffix.en },
    rules: base.rules,
    enforce,
  };
}

/** List what is wrong with a set of rule overrides (an exam's, say): unknown rule ids, weights that are not whole numbers ≥ 0. */
export function checkOverrides(overrides: Record<string, RuleOverride>): string[] {
  const problems: string[] = [];
  for (const [id, o] of Object.entries(overrides)) {
    if (!RULE_IDS.includes(id)) problems.push(`unknown rule "${id}" (rules: ${RULE_IDS.join(', ')})`);
    if (o.weight !== undefined && !(Number.isInteger(o.weight) && o.weight >= 0)) problems.push(`rule "${id}": weight must be a whole number ≥ 0, not ${o.weight}`);
  }
  return problems;
}
