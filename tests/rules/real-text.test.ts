import { formatPathError } from '../../engine/index.ts';
// Every rule passes and fails on real reply text in each locale, through the loader and the text analyzer.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../engine/index.ts';
import { gradePath } from '../../engine/index.ts';
import { LOCALES, type Locale } from '../../engine/index.ts';
import { TEXT_CASES, type RuleTextCases } from './real-text-cases.ts';

const ISSUE: Record<Locale, string> = {
  'zh-Hans': '{ summary: 包裹延误一周, keywords: [包裹, 延误, 一周, 退货] }',
  'zh-Hant': '{ summary: 包裹延遲一週, keywords: [包裹, 延遲, 一週, 退貨] }',
  en: '{ summary: parcel a week late, keywords: [parcel, late, week, return] }',
};

function violationsOf(ruleId: string, c: RuleTextCases, locale: Locale, reply: string): Array<number | null> {
  const yaml = `id: t
version: 1
locale: ${locale}
title: t
difficulty: 1
persona: { name: X, temperament: ${c.temperament ?? 'lively'}, mood: 80 }
brief: b
issue: ${ISSUE[locale]}
solvableInCall: ${c.solvableInCall ?? true}
maxTurns: 2
passScore: 70
start: a
nodes:
  a:
    customer: "?"
    choices:
      - { id: r, reply: ${JSON.stringify(reply)}, mood: 0, to: end }
  end: { customer: ok, end: resolved }
`;
  const loaded = loadScenario(yaml, 't.yaml');
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  const res = gradePath(loaded.value, ['r']);
  if (!res.ok) throw new Error(formatPathError(res.error, 'en'));
  return res.scorecard.violations.filter((v) => v.rule === ruleId).map((v) => v.turn);
}

describe.each(LOCALES)('rules on real text in %s', (locale) => {
  for (const [ruleId, c] of Object.entries(TEXT_CASES)) {
    it(`${ruleId}: fails «${c.texts[locale].fail}», passes «${c.texts[locale].pass}»`, () => {
      expect(violationsOf(ruleId, c, locale, c.texts[locale].fail).length).toBeGreaterThan(0);
      expect(violationsOf(ruleId, c, locale, c.texts[locale].pass)).toEqual([]);
    });
  }
});
