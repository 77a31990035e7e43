// Toy rules for stressing the analysis beyond the real catalog: large credits that push raw totals
// past 100, penalties that sink them below 0, state as numbers, strings and booleans, findings that
// depend on the turn index (as a threshold), the mood and the outcome. They are graded by the one rule
// pass (runPath), which stamps the turn on every finding.
import { BASE_SCORE, clampScore, formatPathError, runPath, type ActiveRule, type Rule, type RuleFinding, type RuleState, type RuleTexts, type Scenario } from '../../engine/index.ts';
import type { Card, GradeFn } from './brute-force.ts';

const texts: RuleTexts = { title: 'x', advice: () => 'x', messages: {} };
const finding = (kind: RuleFinding['kind'], _turn?: number | null, factor = 1): RuleFinding => ({ kind, code: 'x', factor });
const base = { texts: { 'zh-Hans': texts, 'zh-Hant': texts, en: texts }, source: [] };

const calmCredit: Rule<number> = {
  ...base, id: 'calm-credit', severity: 'minor', init: () => 0,
  step: (n, t) => (t.features.empathy && n < 2 ? { state: n + 1, findings: [finding('credit', t.index, 2)] } : { state: n, findings: [] }),
  finish: () => [],
};
const lateSolution: Rule<boolean> = {
  ...base, id: 'late-solution', severity: 'major', init: () => false,
  step: (_s, t) => ({ state: false, findings: t.features.solution && t.index >= 3 ? [finding('violation', t.index)] : [] }),
  finish: () => [],
};
const hotMood: Rule<string> = {
  ...base, id: 'hot-mood', severity: 'critical', init: () => 'cool',
  step(s, t) {
    if (s === 'cool' && t.moodAfter >= 90) return { state: 'hot', findings: [finding('violation', t.index)] };
    return { state: t.moodAfter < 50 ? 'cool' : s, findings: [] };
  },
  finish: () => [],
};
const outcomeRule: Rule<number> = {
  ...base, id: 'outcome', severity: 'minor', init: () => 0,
  step: (s) => ({ state: s, findings: [] }),
  finish: (_s, end) => (end.outcome === 'resolved' ? [finding('credit', null, Math.max(1, end.turns))] : end.outcome === 'escalated' ? [finding('violation', null, 3)] : []),
};

// Never reads the index: the runner stamps the turn on its finding (the analysis may share the step across turns).
const labelled: Rule<number> = {
  ...base, id: 'labelled', severity: 'minor', init: () => 0,
  step: (n, t) => (t.features.question && n < 2 ? { state: n + 1, findings: [finding('violation')] } : { state: n, findings: [] }),
  finish: () => [],
};
// Reads the index as a threshold and the mood only past it: sharing a step across turns must keep the mood.
const lateHeat: Rule<boolean> = {
  ...base, id: 'late-heat', severity: 'major', init: () => false,
  step: (s, t) => (t.index > 2 && t.moodBefore > 50 && !s ? { state: true, findings: [finding('violation', t.index)] } : { state: s, findings: [] }),
  finish: () => [],
};

export const TOY_RULES: readonly Rule<RuleState>[] = [calmCredit, lateSolution, hotMood, outcomeRule, labelled, lateHeat] as unknown as Rule<RuleState>[];

/** Activate the toy rules with the given weights and critical flags (and only those `on` allows, when given). */
export function activeToyRules(weights: number[], critical: boolean[], on: boolean[] = []): ActiveRule[] {
  return TOY_RULES.map((rule, i) => ({ rule, weight: weights[i] ?? 1, critical: critical[i] ?? false })).filter((_, i) => on[i] !== false);
}

/** The reference grade for toy rules: the one rule pass over the path, points summed and clamped. */
export function toyGrader(scenario: Scenario, rules: readonly ActiveRule[]): GradeFn {
  return (choices): Card => {
    const run = runPath(scenario, choices, { rules });
    if (run.error) throw new Error(formatPathError(run.error, 'en'));
    const outcome = run.at.outcome;
    if (!outcome) throw new Error('incomplete path');
    let total = BASE_SCORE;
    const violations = rules.map(() => 0);
    const criticalFailures: string[] = [];
    for (const f of run.findings) {
      total += f.points;
      if (f.kind !== 'violation') continue;
      violations[f.ruleIndex]!++;
      if (rules[f.ruleIndex]!.critical) criticalFailures.push(f.rule);
    }
    const score = clampScore(total);
    const summary = rules.map((a, i) => ({ rule: a.rule.id, violations: violations[i]! })) as unknown as Card['summary'];
    return { score, passed: score >= scenario.passScore && criticalFailures.length === 0, criticalFailures, outcome, finalNode: run.at.node.id, summary };
  };
}
