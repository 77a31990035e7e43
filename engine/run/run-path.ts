import type { Move, Scenario } from '../types.ts';
import { positionAfter, startPosition, takeMove, type PathError, type PathStep, type Position, type TypedReader } from '../path/walk.ts';
import type { FindingKind, FindingParams, RuleFinding, RuleState, Turn } from '../rules/types.ts';
import { finishStates, initStates, pointsOf, resolveRules, stepStates, type ActiveRule } from '../rules/run.ts';
import { resolveProfile, type Profile } from '../rules/profiles.ts';
import { quoteFeatures } from './quote.ts';

// The one pass over the rules: every caller that needs to know what the rules make of a path — grading,
// practice feedback after each reply, the debrief's comparison, certification's verify — runs it here,
// on the one walk (path/walk.ts). The path analysis steps the same rules through the same Turn and is
// property-tested against this function.

/** A rule's finding stamped with where it happened, the words that triggered it and the points it moved. */
export interface FindingRecord {
  /** Index of the rule in the run's active rules. */
  ruleIndex: number;
  rule: string;
  kind: FindingKind;
  code: string;
  params: FindingParams;
  /** 1-based turn the finding is about, or null for something the whole call lacked. */
  turn: number | null;
  nodeId: string | null;
  choiceId: string | null;
  /** The words that triggered it ('' when it is about something missing). */
  quote: string;
  /** Signed points: negative for a violation, positive for a credit. */
  points: number;
}

/** One turn of a run: the step of the walk, the rule states before it, and the findings about it. */
export interface RunStep extends PathStep {
  statesBefore: readonly RuleState[];
  /** Findings about this turn, including any raised a turn later (a refusal with nothing offered next). */
  findings: FindingRecord[];
}

/** The rules' verdict on a (possibly partial) path, turn by turn. */
export interface PathRun {
  profile: Profile;
  rules: readonly ActiveRule[];
  steps: RunStep[];
  /** Where the call stands after the moves that could be taken. */
  at: Position;
  /** The first move that could not be taken, if any (the run stops before it). */
  error: PathError | null;
  /** Every finding in turn order; whole-call findings (raised when the call ended) last. */
  findings: FindingRecord[];
  /** Rule states after the last step. */
  states: readonly RuleState[];
}

/** Options of a run: the profile (default: the scenario's), pre-resolved rules for batches, the typed-reply reader. */
export interface RunOptions {
  profile?: Profile;
  rules?: readonly ActiveRule[];
  readTyped?: TypedReader;
}

/** What a rule sees at a reply step of the walk. */
export function turnOf(step: PathStep): Turn {
  return { index: step.turn, node: step.node, choice: step.choice!, text: step.text, features: step.features!, moodBefore: step.moodBefore, moodAfter: step.moodAfter };
}

/** Walk the moves and run the rules over them turn by turn; once the call has ended, the rules' end-of-call findings too. */
export function runPath(scenario: Scenario, moves: readonly Move[], options: RunOptions = {}): PathRun {
  const profile = options.profile ?? resolveProfile(scenario.profile);
  const rules = options.rules ?? resolveRules(scenario, profile);
  let states: readonly RuleState[] = initStates(rules, scenario);
  let at = startPosition(scenario);
  const steps: RunStep[] = [];
  const findings: FindingRecord[] = [];
  let lastReply: RunStep | null = null;
  let error: PathError | null = null;
  for (const move of moves) {
    const taken = takeMove(scenario, at, move, options.readTyped);
    if (!('kind' in taken)) {
      error = taken;
      break;
    }
    const step: RunStep = { ...taken, statesBefore: states, findings: [] };
    steps.push(step);
    if (step.kind === 'reply') {
      const stepped = stepStates(rules, states, turnOf(step), scenario);
      states = stepped.states;
      for (const { ruleIndex, finding } of stepped.findings) findings.push(stamp(rules, ruleIndex, finding, finding.previous && lastReply ? lastReply : step));
      lastReply = step;
    }
    at = positionAfter(scenario, step);
  }
  if (!error && at.outcome) {
    for (const { ruleIndex, finding } of finishStates(rules, states, { outcome: at.outcome, turns: at.turns }, scenario)) {
      findings.push(stamp(rules, ruleIndex, finding, finding.previous ? lastReply : null));
    }
  }
  fileByTurn(findings, steps);
  return { profile, rules, steps, at, error, findings, states };
}

function stamp(rules: readonly ActiveRule[], ruleIndex: number, f: RuleFinding, about: RunStep | null): FindingRecord {
  const active = rules[ruleIndex]!;
  const quote = about?.features ? quoteFeatures(about.text, about.features, f.quote) : '';
  return {
    ruleIndex,
    rule: active.rule.id,
    kind: f.kind,
    code: f.code,
    params: f.params ?? {},
    turn: about ? about.turn : null,
    nodeId: about ? about.node.id : null,
    choiceId: about?.choice ? about.choice.id : null,
    quote,
    points: pointsOf(active, f),
  };
}

// Findings come out in the order the rules raised them; a refusal is judged a turn late, so order them by
// the turn they are about (stably) with whole-call ones last, and file each under its step.
function fileByTurn(findings: FindingRecord[], steps: RunStep[]): void {
  findings.sort((a, b) => (a.turn ?? Infinity) - (b.turn ?? Infinity));
  for (const f of findings) if (f.turn !== null) steps[f.turn - 1]?.findings.push(f);
}
