import { formatPathError } from '../../engine/index.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../engine/load/load-scenario.ts';
import { formatProblem } from '../../engine/index.ts';
import { analyzeScenario } from '../../engine/analyze/analyze-scenario.ts';
import { gradePath } from '../../engine/grade/grade-path.ts';
import { findDuplicateIds } from '../../engine/lint/lint-set.ts';
import { findGraphReachable } from '../../engine/lint/reachability.ts';
import { walkPath } from '../../engine/path/walk.ts';
import { LOCALES, TEMPERAMENTS, type Scenario } from '../../engine/types.ts';

// The quality bar of the bundled library (issues 6 and 18): what every scenario an agent rehearses must meet.
const CORE_RULES = ['soothe-first', 'no-but', 'specific-apology', 'offer-alternatives'];
const files = readdirSync('scenarios').filter((f) => /\.ya?ml$/.test(f)).sort();
const library = files.map((file) => {
  const r = loadScenario(readFileSync(`scenarios/${file}`, 'utf8'), `scenarios/${file}`);
  if (!r.ok) throw new Error(`${file}: ${r.problems.map((p) => `${p.line}:${p.column} ${formatProblem(p, 'en')}`).join('; ')}`);
  return { file, scenario: r.value, warnings: r.warnings };
});

// A reply must fit in one phone turn: about 25 seconds at an unhurried phone pace (~3.5 Chinese characters
// or ~2.3 English words a second); scenarios/README.md gives the reason. Punctuation is not spoken.
const PHONE_TURN = { zh: 90, en: 55 } as const;

/** The length of a reply as it would be spoken: Chinese characters (and digits, letters) without punctuation, or English words. */
function spokenLength(text: string, locale: Scenario['locale']): number {
  if (locale === 'en') return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return [...text.replace(/[\p{P}\p{S}\s]/gu, '')].length;
}

function hasCycle(s: Scenario): boolean {
  const state = new Map<string, 1 | 2>();
  const visit = (id: string): boolean => {
    state.set(id, 1);
    for (const c of s.nodes[id]!.choices) {
      for (const t of c.next) {
        const st = state.get(t.to);
        if (st === 1 || (st === undefined && visit(t.to))) return true;
      }
    }
    state.set(id, 2);
    return false;
  };
  return visit(s.start);
}

describe('the bundled scenario library', () => {
  it('has at least 22 scenarios: ≥ 7 zh-Hans, ≥ 6 zh-Hant, ≥ 6 en, unique ids', () => {
    const count = (locale: string) => library.filter((l) => l.scenario.locale === locale).length;
    expect(library.length).toBeGreaterThanOrEqual(22);
    expect(count('zh-Hans')).toBeGreaterThanOrEqual(7);
    expect(count('zh-Hant')).toBeGreaterThanOrEqual(6);
    expect(count('en')).toBeGreaterThanOrEqual(6);
    expect(findDuplicateIds(library.map((l) => ({ file: l.file, scenario: l.scenario })))).toEqual([]);
  });

  it('measures a phone turn as it is spoken: punctuation does not count, English counts words', () => {
    expect(spokenLength('我跟您确认一下：对吗？', 'zh-Hans')).toBe(9);
    expect(spokenLength('「七天鑑賞期」內，3 天到。', 'zh-Hant')).toBe(9);
    expect(spokenLength("So — what's that, Mr. Lee?", 'en')).toBe(5);
    expect(spokenLength('一'.repeat(PHONE_TURN.zh + 1), 'zh-Hans')).toBeGreaterThan(PHONE_TURN.zh);
  });

  it('has all four temperaments in each locale', () => {
    for (const locale of LOCALES) {
      const temperaments = new Set(library.filter((l) => l.scenario.locale === locale).map((l) => l.scenario.persona.temperament));
      expect([...temperaments].sort(), locale).toEqual([...TEMPERAMENTS].sort());
    }
  });

  it('has at least two scenarios at each difficulty, so new agents have easy calls to start with', () => {
    for (const difficulty of [1, 2, 3] as const) {
      expect(library.filter((l) => l.scenario.difficulty === difficulty).length, `difficulty ${difficulty}`).toBeGreaterThanOrEqual(2);
    }
  });

  for (const { file, scenario, warnings } of library) {
    describe(file, () => {
      it('is named by its id and lints clean', () => {
        expect(file).toBe(`${scenario.id}.yaml`);
        // replies-read-same (issue 16) only matters for typed replies; the library's owners reword those replies
        // as they revise each scenario (listed by `npx hardcall lint scenarios/`).
        expect(warnings.filter((w) => w.code !== 'replies-read-same').map((w) => `${w.line}: ${formatProblem(w, 'en')}`)).toEqual([]);
      });

      it('gives the persona a pronoun and lists what the agent may commit to (offers)', () => {
        expect(scenario.persona.pronoun).toBeDefined();
        expect(scenario.offers?.length ?? 0).toBeGreaterThan(0);
        for (const offer of scenario.offers ?? []) expect(offer.keywords.length, offer.summary).toBeGreaterThan(0);
      });

      it('has no reply longer than a phone turn', () => {
        const limit = scenario.locale === 'en' ? PHONE_TURN.en : PHONE_TURN.zh;
        const long = scenario.nodeOrder.flatMap((id) =>
          scenario.nodes[id]!.choices.filter((c) => spokenLength(c.reply, scenario.locale) > limit).map((c) => `${id}/${c.id}: ${spokenLength(c.reply, scenario.locale)}`),
        );
        expect(long, `limit ${limit}`).toEqual([]);
      });

      it('has 5–12 decision points of 3–4 replies, each with a trainer note, a cycle and all three endings', () => {
        const reachable = findGraphReachable(scenario);
        const decisions = scenario.nodeOrder.filter((id) => reachable.has(id) && !scenario.nodes[id]!.end);
        expect(decisions.length).toBeGreaterThanOrEqual(5);
        expect(decisions.length).toBeLessThanOrEqual(12);
        for (const id of decisions) {
          const node = scenario.nodes[id]!;
          expect(node.choices.length, id).toBeGreaterThanOrEqual(3);
          expect(node.choices.length, id).toBeLessThanOrEqual(4);
          for (const c of node.choices) expect(c.note, `${id}/${c.id}`).toBeTruthy();
        }
        expect(hasCycle(scenario)).toBe(true);
        const endings = new Set(scenario.nodeOrder.map((id) => scenario.nodes[id]!.end).filter(Boolean));
        expect([...endings].sort()).toEqual(['abandoned', 'escalated', 'resolved']);
        const guarded = decisions.some((id) => scenario.nodes[id]!.choices.some((c) => c.next.some((t) => t.when)));
        expect(guarded).toBe(true);
      });

      it('is hard but winnable: ≥ 100 paths, pass rate 1–40 %, every core rule violated on some path', () => {
        const a = analyzeScenario(scenario);
        expect(a.paths).toBeGreaterThanOrEqual(100n);
        expect(a.passCount).toBeGreaterThanOrEqual(1n);
        expect(a.passRate).toBeGreaterThanOrEqual(0.01);
        expect(a.passRate).toBeLessThanOrEqual(0.4);
        for (const id of CORE_RULES) {
          const rule = a.rules.find((r) => r.id === id);
          expect(rule?.violatingPaths ?? 0n, id).toBeGreaterThan(0n);
        }
      });

      it('has a best path that breaks no core rule, says no "but" and makes no vague apology', () => {
        const a = analyzeScenario(scenario);
        const best = a.bestPassing ?? a.best;
        const card = gradePath(scenario, best.choices);
        if (!card.ok) throw new Error(formatPathError(card.error, 'en'));
        expect(card.scorecard.passed).toBe(true);
        expect(card.scorecard.violations.filter((v) => CORE_RULES.includes(v.rule)).map((v) => `${v.rule}@${v.turn}`)).toEqual([]);
        const walked = walkPath(scenario, best.choices);
        if (!walked.ok) throw new Error(formatPathError(walked.error, 'en'));
        for (const { features, text } of walked.path.steps) {
          expect(features?.contrast, text).toBe(false);
          expect(features?.apology, text).not.toBe('vague');
        }
      });
    });
  }
});
