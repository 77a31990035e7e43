import { formatPathError, ruleAdvice, ruleTitle } from '../../engine/index.ts';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../engine/index.ts';
import { ALL_RULES, RULE_IDS } from '../../engine/index.ts';
import { gradePath } from '../../engine/index.ts';
import { formatScorecard } from '../../engine/index.ts';
import type { Scorecard } from '../../engine/index.ts';
import { chainScenario, idsOf } from '../support/make-scenario.ts';
import { CASES } from './catalog.ts';

function grade(c: (typeof CASES)[string][number], locale: (typeof LOCALES)[number]): Scorecard {
  const scenario = chainScenario(c.replies, { ...c.opts, locale });
  const res = gradePath(scenario, idsOf(c.replies));
  if (!res.ok) throw new Error(formatPathError(res.error, 'en'));
  return res.scorecard;
}

describe('the catalog', () => {
  it('has the ten rules of rules.md plus resolve-call, each with a case that passes and one that fails', () => {
    expect(ALL_RULES.map((r) => r.id)).toEqual(RULE_IDS);
    expect(RULE_IDS).toHaveLength(11);
    for (const id of RULE_IDS) {
      const cases = CASES[id]!;
      expect(cases.some((c) => c.expect.violations.length === 0), id).toBe(true);
      expect(cases.some((c) => c.expect.violations.length > 0), id).toBe(true);
    }
  });

  it('gives every rule a citation and texts in all three languages', () => {
    for (const rule of ALL_RULES) {
      expect(rule.source.length).toBeGreaterThan(0);
      for (const s of rule.source) expect(s.title && s.section && s.quote, rule.id).toBeTruthy();
      for (const l of LOCALES) expect(ruleTitle(rule, l) && ruleAdvice(rule, l), `${rule.id} ${l}`).toBeTruthy();
      expect(new Set(LOCALES.map((l) => ruleAdvice(rule, l))).size, rule.id).toBe(3);
      // Every message code a rule can raise has words in every language (the tables are the same shape).
      const codes = Object.keys(rule.texts.en.messages).sort();
      for (const l of LOCALES) expect(Object.keys(rule.texts[l].messages).sort(), `${rule.id} ${l}`).toEqual(codes);
    }
  });
});

describe.each(LOCALES)('rules in %s', (locale) => {
  for (const [id, cases] of Object.entries(CASES)) {
    describe(id, () => {
      for (const c of cases) {
        it(c.name, () => {
          const card = grade(c, locale);
          const mine = card.violations.filter((v) => v.rule === id);
          expect(mine.map((v) => [v.turn, v.points])).toEqual(c.expect.violations);
          expect(card.credits.filter((v) => v.rule === id).map((v) => [v.turn, v.points])).toEqual(c.expect.credits ?? []);
          for (const v of mine) {
            expect(v.message[locale].length).toBeGreaterThan(0);
            expect(formatScorecard(card, locale)).toContain(v.message[locale]);
          }
        });
      }
    });
  }
});
