import type { Localized, Move, Scenario } from '../types.ts';
import type { FindingParams } from '../rules/types.ts';
import { BASE_SCORE, clampScore, type ActiveRule } from '../rules/run.ts';
import type { FindingRecord, PathRun } from '../run/run-path.ts';
import type { Instead, RuleSummary, Scorecard, ScorecardCredit, ScorecardViolation } from './scorecard.ts';
import type { Suggester } from './suggest-instead.ts';

/** Rule texts of one grader, filled once: findings that say the same thing share one object, which batch writers serialize once. */
export interface TextCache {
  titles: Localized[];
  advice: Localized[];
  message(f: FindingRecord): { params: FindingParams; message: Localized };
}

interface Tally {
  total: number;
  lost: number;
  earned: number;
  violations: ScorecardViolation[];
  credits: ScorecardCredit[];
  kept: ScorecardCredit[];
  notes: ScorecardCredit[];
  summary: RuleSummary[];
  criticalFailures: string[];
}

/** Turn a finished run into a scorecard: findings tallied per rule, each violation explained, with what to say instead where a reply qualifies. */
export function buildScorecard(scenario: Scenario, run: PathRun, moves: readonly Move[], outcome: Scorecard['outcome'], texts: TextCache, suggester: Suggester): Scorecard {
  const t = tallyFindings(run, texts, suggester);
  const score = clampScore(t.total);
  return {
    scenario: { id: scenario.id, version: scenario.version, title: scenario.title, locale: scenario.locale },
    profile: run.profile.id,
    choices: [...moves],
    score,
    passScore: scenario.passScore,
    passed: score >= scenario.passScore && t.criticalFailures.length === 0,
    criticalFailures: t.criticalFailures,
    outcome,
    turns: run.steps.length,
    finalNode: run.at.node.id,
    finalMood: run.at.mood,
    moodTrace: [run.steps[0]?.moodBefore ?? run.at.mood, ...run.steps.map((s) => s.moodAfter)],
    pointsLost: t.lost,
    pointsEarned: t.earned,
    violations: t.violations,
    credits: t.credits,
    kept: t.kept,
    notes: t.notes,
    summary: t.summary,
  };
}

function tallyFindings(run: PathRun, texts: TextCache, suggester: Suggester): Tally {
  const t: Tally = { total: BASE_SCORE, lost: 0, earned: 0, violations: [], credits: [], kept: [], notes: [], criticalFailures: [], summary: run.rules.map((a, i) => summaryOf(a, texts.titles[i]!)) };
  const suggestions = suggestionsOf(run, suggester);
  for (const f of run.findings) {
    const active = run.rules[f.ruleIndex]!;
    const s = t.summary[f.ruleIndex]!;
    t.total += f.points;
    s.points += f.points;
    const { params, message } = texts.message(f);
    const base: ScorecardCredit = { rule: f.rule, points: f.points, turn: f.turn, nodeId: f.nodeId, choiceId: f.choiceId, quote: f.quote, code: f.code, params, message };
    if (f.kind !== 'violation') {
      if (f.kind === 'credit') {
        s.credits++;
        t.earned += f.points;
      }
      (f.kind === 'credit' ? t.credits : f.kind === 'kept' ? t.kept : t.notes).push(base);
      continue;
    }
    s.violations++;
    t.lost -= f.points;
    if (active.critical && !t.criticalFailures.includes(active.rule.id)) t.criticalFailures.push(active.rule.id);
    const { rule, points, turn, nodeId, choiceId, quote, code } = base;
    const v: ScorecardViolation = {
      rule, severity: active.rule.severity, critical: active.critical, points, turn, nodeId, choiceId, quote, code, params, message,
      advice: texts.advice[f.ruleIndex]!, source: active.rule.source,
    };
    if (turn !== null) {
      const instead = suggestions.get(turn)?.get(f.ruleIndex);
      if (instead) v.instead = instead;
      else if (instead === null) v.insteadNone = true;
    }
    t.violations.push(v);
  }
  return t;
}

// One suggestion search per turn with violations, so a turn's broken rules share one reply where one keeps them all.
function suggestionsOf(run: PathRun, suggester: Suggester): Map<number, Map<number, Instead | null>> {
  const byTurn = new Map<number, number[]>();
  for (const f of run.findings) {
    if (f.kind !== 'violation' || f.turn === null) continue;
    const list = byTurn.get(f.turn) ?? [];
    if (!list.includes(f.ruleIndex)) list.push(f.ruleIndex);
    byTurn.set(f.turn, list);
  }
  const out = new Map<number, Map<number, Instead | null>>();
  for (const [turn, violated] of byTurn) {
    const step = run.steps[turn - 1];
    if (step) out.set(turn, suggester.forTurn(run, step, violated));
  }
  return out;
}

function summaryOf(a: ActiveRule, title: Localized): RuleSummary {
  return { rule: a.rule.id, title, severity: a.rule.severity, weight: a.weight, critical: a.critical, violations: 0, credits: 0, points: 0 };
}
