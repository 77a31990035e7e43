import type { RuleOverride, Scenario, Severity } from '../types.ts';
import type { PathEnd, Rule, RuleFinding, RuleState, Turn } from './types.ts';
import { ALL_RULES } from './index.ts';
import { resolveProfile, type Profile } from './profiles.ts';

/** Points a violation of each severity costs before a rule's weight is applied. */
export const SEVERITY_POINTS: Record<Severity, number> = { critical: 20, major: 10, minor: 5 };

/** Points a credit earns before a rule's weight is applied, whatever the rule's severity: credits only offset losses. */
export const CREDIT_POINTS = 5;

/** Every path starts from this many points; findings add or subtract; the total is clamped to 0..100. */
export const BASE_SCORE = 100;

/** A rule as it applies to one scenario under one profile. */
export interface ActiveRule {
  rule: Rule;
  /** Integer multiplier of the severity points (1 by default). */
  weight: number;
  /** A violation of a critical rule fails the path whatever its score. */
  critical: boolean;
}

/**
 * Pick the rules that apply to a scenario: the profile's overrides, then the scenario's own `rules:`,
 * then the profile's enforced (exam) overrides. Without a profile, the one the scenario names.
 */
export function resolveRules(scenario: Scenario, profile?: Profile): ActiveRule[] {
  const p = profile ?? resolveProfile(scenario.profile);
  const active: ActiveRule[] = [];
  for (const rule of ALL_RULES) {
    const o: RuleOverride = { ...p.rules[rule.id], ...scenario.rules[rule.id], ...p.enforce?.[rule.id] };
    if (o.disabled) continue;
    active.push({ rule, weight: o.weight ?? 1, critical: o.critical ?? rule.severity === 'critical' });
  }
  return active;
}

/** Turn a finding into signed integer points: negative for a violation, positive for a credit. */
export function pointsOf(active: ActiveRule, finding: RuleFinding): number {
  const factor = active.weight * (finding.factor ?? 1);
  if (finding.kind === 'violation') return -SEVERITY_POINTS[active.rule.severity] * factor;
  return finding.kind === 'credit' ? CREDIT_POINTS * factor : 0;
}

/** Clamp a raw point total (BASE_SCORE + sum of points) to the 0..100 score scale. */
export function clampScore(raw: number): number {
  return raw < 0 ? 0 : raw > 100 ? 100 : raw;
}

/** Start every active rule's state for a scenario. */
export function initStates(rules: readonly ActiveRule[], scenario: Scenario): RuleState[] {
  return rules.map((a) => a.rule.init(scenario));
}

/** Advance every rule by one turn; findings come back paired with the index of their rule. */
export function stepStates(
  rules: readonly ActiveRule[],
  states: readonly RuleState[],
  turn: Turn,
  scenario: Scenario,
): { states: RuleState[]; findings: Array<{ ruleIndex: number; finding: RuleFinding }> } {
  const next: RuleState[] = [];
  const findings: Array<{ ruleIndex: number; finding: RuleFinding }> = [];
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i]!.rule.step(states[i]!, turn, scenario);
    next.push(r.state);
    for (const finding of r.findings) findings.push({ ruleIndex: i, finding });
  }
  return { states: next, findings };
}

/** Close every rule at the end of the call. */
export function finishStates(
  rules: readonly ActiveRule[],
  states: readonly RuleState[],
  end: PathEnd,
  scenario: Scenario,
): Array<{ ruleIndex: number; finding: RuleFinding }> {
  const findings: Array<{ ruleIndex: number; finding: RuleFinding }> = [];
  for (let i = 0; i < rules.length; i++) {
    for (const finding of rules[i]!.rule.finish(states[i]!, end, scenario)) findings.push({ ruleIndex: i, finding });
  }
  return findings;
}
