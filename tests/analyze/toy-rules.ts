// Toy rules for stressing the analysis beyond the real catalog: large credits that push raw totals
// past 100, penalties that sink them below 0, state as numbers, strings and booleans, findings that
// depend on the turn index (as a threshold, or only as a label), the mood and the outcome. They go through the same run.ts plumbing.
import type { Scenario } from '../../engine/types.ts';
import type { Finding, Rule, RuleState } from '../../engine/rules/types.ts';
import { BASE_SCORE, clampScore, finishStates, initStates, pointsOf, stepStates, type ActiveRule } from '../../engine/rules/run.ts';
import { walkPath } from '../../engine/path/walk.ts';
import { labelIndex } from '../../engine/rules/helpers.ts';
import type { Card, GradeFn } from './brute-force.ts';

const text = { 'zh-Hans': 'x', 'zh-Hant': 'x', en: 'x' };
const finding = (kind: Finding['kind'], turn: number | null, factor = 1): Finding => ({ kind, turn, nodeId: null, choiceId: null, quote: '', message: text, factor });
const base = { title: text, advice: text, source: [] };

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

// Reads the index only to label its finding (the analysis may then share the step across turns).
const labelled: Rule<number> = {
  ...base, id: 'labelled', severity: 'minor', init: () => 0,
  step: (n, t) => (t.features.question && n < 2 ? { state: n + 1, findings: [finding('violation', labelIndex(t))] } : { state: n, findings: [] }),
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

/** The reference fold for toy rules: walk the path, fold the rules, sum the points, clamp. */
export function toyGrader(scenario: Scenario, rules: readonly ActiveRule[]): GradeFn {
  return (choices): Card => {
    const w = walkPath(scenario, choices);
    if (!w.ok) throw new Error(w.error.message);
    let states = initStates(rules, scenario);
    const found: Array<{ ruleIndex: number; finding: Finding }> = [];
    for (const s of w.path.steps) {
      const r = stepStates(rules, states, { index: s.turn, node: s.node, choice: s.choice, features: s.choice.features, moodBefore: s.moodBefore, moodAfter: s.moodAfter }, scenario);
      states = r.states;
      found.push(...r.findings);
    }
    found.push(...finishStates(rules, states, { outcome: w.path.outcome, turns: w.path.steps.length }, scenario));
    let total = BASE_SCORE;
    const violations = rules.map(() => 0);
    const criticalFailures: string[] = [];
    for (const { ruleIndex, finding: f } of found) {
      total += pointsOf(rules[ruleIndex]!, f);
      if (f.kind !== 'violation') continue;
      violations[ruleIndex]!++;
      if (rules[ruleIndex]!.critical) criticalFailures.push(rules[ruleIndex]!.rule.id);
    }
    const score = clampScore(total);
    const summary = rules.map((a, i) => ({ rule: a.rule.id, violations: violations[i]! })) as unknown as Card['summary'];
    return { score, passed: score >= scenario.passScore && criticalFailures.length === 0, criticalFailures, outcome: w.path.outcome, finalNode: w.path.finalNode, summary };
  };
}
