import type { Choice, Scenario } from '../types.ts';
import { clampMood, positionAfter, takeMove, type Position } from '../path/walk.ts';
import type { RuleFinding, RuleState, Turn } from '../rules/types.ts';
import { finishStates, pointsOf, stepStates, type ActiveRule } from '../rules/run.ts';
import type { PathRun, RunStep } from '../run/run-path.ts';
import { turnOf } from '../run/run-path.ts';
import { createContinuationOracle, type ContinuationOracle } from './best-continuation.ts';
import { createReferenceCheck } from './references.ts';
import type { Instead } from './scorecard.ts';

const hasViolation = (findings: readonly RuleFinding[]) => findings.some((f) => f.kind === 'violation');

/** What suggestions need across a batch: the best-continuation oracle and the scenario's grounded terms. */
export interface Suggester {
  /** For each rule index violated at a turn, the reply to suggest instead, or null when no reply at that point qualifies. */
  forTurn(run: PathRun, step: RunStep, violated: readonly number[]): Map<number, Instead | null>;
}

/** Tells whether a reply points back to something the path so far did not say. */
type ReferenceCheck = ReturnType<typeof createReferenceCheck>;

interface Candidate {
  choice: Choice;
  value: number;
  keeps: Set<number>;
  /** Violations the reply itself raises at that point (a clean reply is the better example). */
  own: number;
}

/**
 * Make the "say this instead" finder of one scenario and rule set. A reply offered at the same point is
 * suggested for a broken rule only when (a) stepping that rule with it from the same state, and closing the
 * call right after, raises nothing; (b) it breaks no critical rule itself; (c) the best the call can still
 * score after it is at least the best after the reply taken (the analysis' optimum, from that state); and
 * (d) it does not point back to something only other paths said. Among those, the one after which the call
 * can still score best, then the one that keeps most of the turn's broken rules (so a turn shows as few
 * suggestions as it can), then the one that breaks fewest rules itself, then the calmest mood change, then
 * file order.
 */
export function createSuggester(scenario: Scenario, rules: readonly ActiveRule[]): Suggester {
  let oracle: ContinuationOracle | null = null;
  let references: ReferenceCheck | null = null;
  return {
    forTurn(run, step, violated) {
      oracle ??= createContinuationOracle(scenario, rules);
      references ??= createReferenceCheck(scenario);
      const out = new Map<number, Instead | null>();
      const candidates = candidatesAt(scenario, run, step, violated, oracle, references);
      for (const r of violated) {
        let best: Candidate | null = null;
        for (const c of candidates) if (c.keeps.has(r) && (!best || better(c, best))) best = c;
        out.set(r, best && { choiceId: best.choice.id, reply: best.choice.reply });
      }
      return out;
    },
  };
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.value !== b.value) return a.value > b.value;
  if (a.keeps.size !== b.keeps.size) return a.keeps.size > b.keeps.size;
  if (a.own !== b.own) return a.own < b.own;
  return a.choice.moodDelta < b.choice.moodDelta;
}

function candidatesAt(scenario: Scenario, run: PathRun, step: RunStep, violated: readonly number[], oracle: ContinuationOracle, references: ReferenceCheck): Candidate[] {
  if (step.kind !== 'reply' || !step.choice) return [];
  const at: Position = { node: step.node, mood: step.moodBefore, turns: step.turn - 1, outcome: null };
  const states = step.statesBefore;
  const taken = valueOf(scenario, run, at, states, turnOf(step), step, oracle);
  let said: Set<string> | null = null;
  const saidBefore = () => (said ??= references.said(run.steps.slice(0, step.turn - 1).map((s) => s.text)));
  const out: Candidate[] = [];
  for (const choice of step.node.choices) {
    // A typed reply was only taken as an authored one: that very reply may be what to say instead.
    if (!step.typed && choice.id === step.choice.id) continue;
    const next = takeMove(scenario, at, choice.id);
    if (!('kind' in next)) continue;
    const turn: Turn = { index: step.turn, node: step.node, choice, text: choice.reply, features: choice.features, moodBefore: step.moodBefore, moodAfter: clampMood(step.moodBefore + choice.moodDelta) };
    const stepped = stepStates(run.rules, states, turn, scenario);
    const after = positionAfter(scenario, next);
    if (breaksCritical(run, stepped.findings) || (after.outcome && breaksCritical(run, finishStates(run.rules, stepped.states, { outcome: after.outcome, turns: after.turns }, scenario)))) continue;
    const value = sumPoints(run, stepped.findings) + oracle(after, stepped.states);
    if (value < taken || references.check(choice, saidBefore)) continue;
    const keeps = new Set<number>();
    for (const r of violated) if (keepsRule(scenario, run, r, states[r]!, turn)) keeps.add(r);
    const own = stepped.findings.filter((f) => f.finding.kind === 'violation').length;
    if (keeps.size > 0) out.push({ choice, value, keeps, own });
  }
  return out;
}

function keepsRule(scenario: Scenario, run: PathRun, r: number, state: RuleState, turn: Turn): boolean {
  const rule = run.rules[r]!.rule;
  const stepped = rule.step(state, turn, scenario);
  if (hasViolation(stepped.findings)) return false;
  // A finding held back to the end of the call (a refusal with nothing offered yet) still breaks the rule.
  return !hasViolation(rule.finish(stepped.state, { outcome: run.at.outcome ?? 'resolved', turns: turn.index }, scenario));
}

function valueOf(scenario: Scenario, run: PathRun, at: Position, states: readonly RuleState[], turn: Turn, step: RunStep, oracle: ContinuationOracle): number {
  const stepped = stepStates(run.rules, states, turn, scenario);
  return sumPoints(run, stepped.findings) + oracle(positionAfter(scenario, { ...step, moodBefore: at.mood }), stepped.states);
}

// A critical rule broken by the reply itself, or, when the reply ends the call, by the call's end.
function breaksCritical(run: PathRun, findings: ReadonlyArray<{ ruleIndex: number; finding: RuleFinding }>): boolean {
  return findings.some((f) => f.finding.kind === 'violation' && run.rules[f.ruleIndex]!.critical);
}

function sumPoints(run: PathRun, findings: ReadonlyArray<{ ruleIndex: number; finding: RuleFinding }>): number {
  let p = 0;
  for (const { ruleIndex, finding } of findings) p += pointsOf(run.rules[ruleIndex]!, finding);
  return p;
}
