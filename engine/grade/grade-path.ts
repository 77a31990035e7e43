import type { Scenario } from '../types.ts';
import { walkPath, type PathStep, type WalkedPath } from '../path/walk.ts';
import type { Finding, RuleState, Turn } from '../rules/types.ts';
import { BASE_SCORE, clampScore, finishStates, initStates, pointsOf, resolveRules, stepStates, type ActiveRule } from '../rules/run.ts';
import { resolveProfile, type Profile } from '../rules/profiles.ts';
import type { GradeResult, RuleSummary, Scorecard, ScorecardCredit, ScorecardViolation } from './scorecard.ts';
import { suggestInstead } from './suggest-instead.ts';

/** A finding paired with the index of its active rule. */
interface Raw {
  ruleIndex: number;
  finding: Finding;
}

/** Grades paths of one scenario under one profile, resolving the rules once for a whole batch. */
export interface Grader {
  rules: readonly ActiveRule[];
  profile: Profile;
  grade(choiceIds: readonly string[]): GradeResult;
}

/** What a rule sees at one step of a walked path. */
export function turnOf(step: PathStep): Turn {
  return { index: step.turn, node: step.node, choice: step.choice, features: step.choice.features, moodBefore: step.moodBefore, moodAfter: step.moodAfter };
}

/** Prepare to grade many paths of a scenario: the profile (given, or the one the scenario names) and its active rules. */
export function createGrader(scenario: Scenario, profile?: Profile): Grader {
  const p = profile ?? resolveProfile(scenario.profile);
  const rules = resolveRules(scenario, p);
  return { rules, profile: p, grade: (choiceIds) => gradeWith(scenario, p, rules, choiceIds) };
}

/** Grade one path (a sequence of choice ids from the start) with the documents' rules; an invalid path comes back as an error. */
export function gradePath(scenario: Scenario, choiceIds: readonly string[], profile?: Profile): GradeResult {
  return createGrader(scenario, profile).grade(choiceIds);
}

function gradeWith(scenario: Scenario, profile: Profile, rules: readonly ActiveRule[], choiceIds: readonly string[]): GradeResult {
  const walked = walkPath(scenario, choiceIds);
  if (!walked.ok) return walked;
  const path = walked.path;
  let states = initStates(rules, scenario);
  const before: RuleState[][] = [];
  const raw: Raw[] = [];
  for (const step of path.steps) {
    before.push(states);
    const r = stepStates(rules, states, turnOf(step), scenario);
    states = r.states;
    for (const f of r.findings) raw.push(f);
  }
  for (const f of finishStates(rules, states, { outcome: path.outcome, turns: path.steps.length }, scenario)) raw.push(f);
  return { ok: true, scorecard: buildScorecard(scenario, profile, rules, choiceIds, path, raw, before) };
}

interface Tally {
  total: number;
  violations: ScorecardViolation[];
  credits: ScorecardCredit[];
  summary: RuleSummary[];
  criticalFailures: string[];
}

function tallyFindings(scenario: Scenario, rules: readonly ActiveRule[], path: WalkedPath, raw: Raw[], before: RuleState[][]): Tally {
  // Findings about a refusal surface one turn late; list everything in turn order, whole-call ones last.
  raw.sort((a, b) => (a.finding.turn ?? Infinity) - (b.finding.turn ?? Infinity));
  const t: Tally = { total: BASE_SCORE, violations: [], credits: [], criticalFailures: [], summary: rules.map(summaryOf) };
  for (const { ruleIndex, finding } of raw) {
    const active = rules[ruleIndex]!;
    const points = pointsOf(active, finding);
    const s = t.summary[ruleIndex]!;
    t.total += points;
    s.points += points;
    const where = { turn: finding.turn, nodeId: finding.nodeId, choiceId: finding.choiceId, quote: finding.quote, message: finding.message };
    if (finding.kind === 'credit') {
      s.credits++;
      t.credits.push({ rule: active.rule.id, points, ...where });
      continue;
    }
    s.violations++;
    if (active.critical && !t.criticalFailures.includes(active.rule.id)) t.criticalFailures.push(active.rule.id);
    const { id, severity, advice, source } = active.rule;
    const v: ScorecardViolation = { rule: id, severity, critical: active.critical, points, ...where, advice, source };
    const instead = finding.turn === null ? null : suggestInstead(scenario, active.rule, before[finding.turn - 1]![ruleIndex]!, path, finding.turn);
    if (instead) v.instead = instead;
    t.violations.push(v);
  }
  return t;
}

function summaryOf(a: ActiveRule): RuleSummary {
  return { rule: a.rule.id, title: a.rule.title, severity: a.rule.severity, weight: a.weight, critical: a.critical, violations: 0, credits: 0, points: 0 };
}

function buildScorecard(
  scenario: Scenario,
  profile: Profile,
  rules: readonly ActiveRule[],
  choiceIds: readonly string[],
  path: WalkedPath,
  raw: Raw[],
  before: RuleState[][],
): Scorecard {
  const { total, violations, credits, summary, criticalFailures } = tallyFindings(scenario, rules, path, raw, before);
  const score = clampScore(total);
  return {
    scenario: { id: scenario.id, version: scenario.version, title: scenario.title, locale: scenario.locale },
    profile: profile.id,
    choices: [...choiceIds],
    score,
    passScore: scenario.passScore,
    passed: score >= scenario.passScore && criticalFailures.length === 0,
    criticalFailures,
    outcome: path.outcome,
    turns: path.steps.length,
    finalNode: path.finalNode,
    finalMood: path.finalMood,
    moodTrace: [scenario.persona.mood, ...path.steps.map((s) => s.moodAfter)],
    violations,
    credits,
    summary,
  };
}
