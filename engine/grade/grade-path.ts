import type { Localized, Move, Scenario } from '../types.ts';
import type { FindingParams } from '../rules/types.ts';
import type { PathError } from '../path/walk.ts';
import { BASE_SCORE, clampScore, resolveRules, type ActiveRule } from '../rules/run.ts';
import { resolveProfile, type Profile } from '../rules/profiles.ts';
import { findingText, localize, ruleAdvice, ruleTitle } from '../rules/texts.ts';
import { runPath, type FindingRecord, type PathRun, type RunOptions } from '../run/run-path.ts';
import type { GradeResult, RuleSummary, Scorecard, ScorecardCredit, ScorecardViolation } from './scorecard.ts';
import { suggestInstead } from './suggest-instead.ts';

/** Grades paths of one scenario under one profile, resolving the rules once for a whole batch. */
export interface Grader {
  rules: readonly ActiveRule[];
  profile: Profile;
  grade(moves: readonly Move[]): GradeResult;
}

/** Prepare to grade many paths of a scenario: the profile (given, or the one the scenario names) and its active rules. */
export function createGrader(scenario: Scenario, profile?: Profile, options: Pick<RunOptions, 'readTyped'> = {}): Grader {
  const p = profile ?? resolveProfile(scenario.profile);
  const rules = resolveRules(scenario, p);
  const texts = createTextCache(scenario, rules);
  return { rules, profile: p, grade: (moves) => gradeRun(scenario, runPath(scenario, moves, { ...options, profile: p, rules }), moves, texts) };
}

/** Rule texts of one grader, filled once: findings that say the same thing share one object, which batch writers serialize once. */
interface TextCache {
  titles: Localized[];
  advice: Localized[];
  message(f: FindingRecord): { params: FindingParams; message: Localized };
}

// Distinct messages in a batch are few (a code and a mood or a cue); past this many the cache starts over.
const MESSAGE_CACHE_LIMIT = 4096;

function createTextCache(scenario: Scenario, rules: readonly ActiveRule[]): TextCache {
  const messages = new Map<string, { params: FindingParams; message: Localized }>();
  return {
    titles: rules.map((a) => localize((l) => ruleTitle(a.rule, l))),
    advice: rules.map((a) => localize((l) => ruleAdvice(a.rule, l, { scenario }))),
    message(f) {
      const key = `${f.ruleIndex}\u0000${f.code}\u0000${JSON.stringify(f.params)}`;
      let m = messages.get(key);
      if (!m) {
        if (messages.size >= MESSAGE_CACHE_LIMIT) messages.clear();
        const rule = rules[f.ruleIndex]!.rule;
        messages.set(key, (m = { params: f.params, message: localize((l) => findingText(rule, f.code, f.params, l)) }));
      }
      return m;
    },
  };
}

/** Grade one path (moves from the start: choice ids, silences, typed replies) with the documents' rules; an invalid path comes back as an error. */
export function gradePath(scenario: Scenario, moves: readonly Move[], profile?: Profile, options: Pick<RunOptions, 'readTyped'> = {}): GradeResult {
  return createGrader(scenario, profile, options).grade(moves);
}

/** Turn a finished run into a scorecard, or say why the moves are not a complete path. */
export function gradeRun(scenario: Scenario, run: PathRun, moves: readonly Move[], texts = createTextCache(scenario, run.rules)): GradeResult {
  if (run.error) return { ok: false, error: run.error };
  const outcome = run.at.outcome;
  if (!outcome) return { ok: false, error: incomplete(run) };
  return { ok: true, scorecard: buildScorecard(scenario, run, moves, outcome, texts) };
}

function incomplete(run: PathRun): PathError {
  return { code: 'incomplete', turn: run.at.turns + 1, nodeId: run.at.node.id, choiceId: '', available: run.at.node.choices.map((c) => c.id) };
}

interface Tally {
  total: number;
  violations: ScorecardViolation[];
  credits: ScorecardCredit[];
  summary: RuleSummary[];
  criticalFailures: string[];
}

function tallyFindings(scenario: Scenario, run: PathRun, texts: TextCache): Tally {
  const t: Tally = { total: BASE_SCORE, violations: [], credits: [], criticalFailures: [], summary: run.rules.map((a, i) => summaryOf(a, texts.titles[i]!)) };
  for (const f of run.findings) {
    const active = run.rules[f.ruleIndex]!;
    const s = t.summary[f.ruleIndex]!;
    t.total += f.points;
    s.points += f.points;
    const { params, message } = texts.message(f);
    if (f.kind === 'credit') {
      s.credits++;
      t.credits.push({ rule: f.rule, points: f.points, turn: f.turn, nodeId: f.nodeId, choiceId: f.choiceId, quote: f.quote, code: f.code, params, message });
      continue;
    }
    s.violations++;
    if (active.critical && !t.criticalFailures.includes(active.rule.id)) t.criticalFailures.push(active.rule.id);
    const v: ScorecardViolation = {
      rule: f.rule, severity: active.rule.severity, critical: active.critical, points: f.points, turn: f.turn, nodeId: f.nodeId, choiceId: f.choiceId,
      quote: f.quote, code: f.code, params, message, advice: texts.advice[f.ruleIndex]!, source: active.rule.source,
    };
    const instead = f.turn === null ? null : suggestInstead(scenario, run, f);
    if (instead) v.instead = instead;
    t.violations.push(v);
  }
  return t;
}

function summaryOf(a: ActiveRule, title: Localized): RuleSummary {
  return { rule: a.rule.id, title, severity: a.rule.severity, weight: a.weight, critical: a.critical, violations: 0, credits: 0, points: 0 };
}

function buildScorecard(scenario: Scenario, run: PathRun, moves: readonly Move[], outcome: Scorecard['outcome'], texts: TextCache): Scorecard {
  const { total, violations, credits, summary, criticalFailures } = tallyFindings(scenario, run, texts);
  const score = clampScore(total);
  return {
    scenario: { id: scenario.id, version: scenario.version, title: scenario.title, locale: scenario.locale },
    profile: run.profile.id,
    choices: [...moves],
    score,
    passScore: scenario.passScore,
    passed: score >= scenario.passScore && criticalFailures.length === 0,
    criticalFailures,
    outcome,
    turns: run.steps.length,
    finalNode: run.at.node.id,
    finalMood: run.at.mood,
    moodTrace: [run.steps[0]?.moodBefore ?? run.at.mood, ...run.steps.map((s) => s.moodAfter)],
    violations,
    credits,
    summary,
  };
}
