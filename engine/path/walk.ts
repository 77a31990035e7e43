import type { Choice, Ending, Guard, Move, ReplyFeatures, Scenario, ScenarioNode, TypedProblem } from '../types.ts';

/** Anger a timed-out silence adds when the scenario does not set `deadAir.mood`. */
export const DEFAULT_DEAD_AIR_MOOD = 10;

/** Clamp a mood value to the 0..100 anger scale. */
export function clampMood(mood: number): number {
  return mood < 0 ? 0 : mood > 100 ? 100 : mood;
}

/** Tell whether a transition guard holds for the mood after the reply. */
export function guardHolds(guard: Guard | undefined, mood: number): boolean {
  if (!guard) return true;
  return 'moodAtLeast' in guard ? mood >= guard.moodAtLeast : mood < guard.moodBelow;
}

/** Pick the node a choice leads to for the mood after its delta: the first transition whose guard holds. */
export function resolveTarget(choice: Choice, moodAfter: number): string {
  for (const t of choice.next) if (guardHolds(t.when, moodAfter)) return t.to;
  // The loader guarantees the last transition has no guard, so this is unreachable for loaded scenarios.
  return choice.next[choice.next.length - 1]!.to;
}

/** The anger one timed-out silence adds in this scenario. */
export function deadAirMood(scenario: Scenario): number {
  return scenario.deadAir?.mood ?? DEFAULT_DEAD_AIR_MOOD;
}

/** How a typed reply reads at a node: its features, the mood change they make, and the authored reply it is taken as. */
export interface TypedReading {
  features: ReplyFeatures;
  moodDelta: number;
  choice: Choice;
}

/** A typed reply the reader will not take, and why. */
export interface TypedRefusal {
  problem: TypedProblem;
}

/**
 * The id a typed reply's reading carries when it reads like none of the node's replies and the node names a
 * `fallback:` node: the call goes there. Not a valid choice id (those are kebab-case), so it never collides.
 */
export const FALLBACK_CHOICE_ID = '@fallback';

/** Reads a typed reply at a node (the engine's typed-reply reader, injected so that a caller that never sees typed replies does not load the text analyzer). */
export type TypedReader = (text: string, node: ScenarioNode, scenario: Scenario) => TypedReading | TypedRefusal | null;

/** One turn of a path: a reply (chosen or typed) or a timed-out silence, with the mood around it. */
export interface PathStep {
  /** 1-based turn of the call. */
  turn: number;
  kind: 'reply' | 'silence';
  node: ScenarioNode;
  /** The authored reply taken (for a typed reply, the one it was taken as); null for a silence. */
  choice: Choice | null;
  /** What the agent said ('' for a silence). */
  text: string;
  /** The reading of what the agent said (null for a silence). */
  features: ReplyFeatures | null;
  typed: boolean;
  moodBefore: number;
  moodAfter: number;
  to: string;
}

/** Why a sequence of moves is not a path of the scenario (wording in the grade formatter's tables). */
export interface PathError {
  code: 'unknown-choice' | 'after-end' | 'too-long' | 'incomplete' | 'bad-move' | 'typed-unreadable';
  turn: number;
  nodeId: string;
  choiceId: string;
  available: string[];
  /** For `typed-unreadable`: why the reader refused the reply (absent: no reader). */
  problem?: TypedProblem;
}

/** Where a call stands: its node, the customer's mood, turns used, and its ending once it has one. */
export interface Position {
  node: ScenarioNode;
  mood: number;
  turns: number;
  outcome: Ending | null;
}

/** A walked (possibly partial) path: its steps, where it stands, and the first move that could not be taken. */
export interface Walk {
  steps: PathStep[];
  at: Position;
  error: PathError | null;
}

export interface WalkedPath {
  steps: PathStep[];
  outcome: Ending;
  /** The node the call ended on (an ending node, or where `maxTurns` ran out). */
  finalNode: string;
  finalMood: number;
}

/** Tell how a call ends when it stands at `node` after `turnsUsed` turns, or null when it goes on. */
export function endingAt(scenario: Scenario, node: ScenarioNode, turnsUsed: number): Ending | null {
  if (node.end) return node.end;
  return turnsUsed >= scenario.maxTurns ? 'abandoned' : null;
}

/** The position at the start of a call (a scenario may start on an ending: a call with nothing to say). */
export function startPosition(scenario: Scenario): Position {
  const node = scenario.nodes[scenario.start]!;
  return { node, mood: clampMood(scenario.persona.mood), turns: 0, outcome: endingAt(scenario, node, 0) };
}

/** Take one move from a position: the next step, or why the move cannot be taken there. */
export function takeMove(scenario: Scenario, at: Position, move: Move, readTyped?: TypedReader): PathStep | PathError {
  const turn = at.turns + 1;
  const node = at.node;
  const choiceId = typeof move === 'string' ? move : '';
  if (at.outcome) return { code: node.end ? 'after-end' : 'too-long', turn, nodeId: node.id, choiceId, available: [] };
  const available = node.choices.map((c) => c.id);
  if (typeof move === 'string') {
    const choice = node.choices.find((c) => c.id === move);
    if (!choice) return { code: 'unknown-choice', turn, nodeId: node.id, choiceId, available };
    const moodAfter = clampMood(at.mood + choice.moodDelta);
    return { turn, kind: 'reply', node, choice, text: choice.reply, features: choice.features, typed: false, moodBefore: at.mood, moodAfter, to: resolveTarget(choice, moodAfter) };
  }
  if (isSilence(move)) {
    const moodAfter = clampMood(at.mood + deadAirMood(scenario));
    return { turn, kind: 'silence', node, choice: null, text: '', features: null, typed: false, moodBefore: at.mood, moodAfter, to: node.id };
  }
  if (isTyped(move)) {
    const reading = readTyped?.(move.typed, node, scenario) ?? null;
    if (!reading) return { code: 'typed-unreadable', turn, nodeId: node.id, choiceId, available };
    if (isTypedRefusal(reading)) return { code: 'typed-unreadable', turn, nodeId: node.id, choiceId, available, problem: reading.problem };
    const moodAfter = clampMood(at.mood + reading.moodDelta);
    const to = resolveTarget(reading.choice, moodAfter);
    return { turn, kind: 'reply', node, choice: reading.choice, text: move.typed, features: reading.features, typed: true, moodBefore: at.mood, moodAfter, to };
  }
  return { code: 'bad-move', turn, nodeId: node.id, choiceId, available };
}

/** The position after a step. */
export function positionAfter(scenario: Scenario, step: PathStep): Position {
  const node = scenario.nodes[step.to]!;
  return { node, mood: step.moodAfter, turns: step.turn, outcome: endingAt(scenario, node, step.turn) };
}

/** Tell whether a typed-reply reader refused the reply (rather than reading it). */
export function isTypedRefusal(r: TypedReading | TypedRefusal): r is TypedRefusal {
  return Object.hasOwn(r, 'problem');
}

/** Tell whether a move is a timed-out silence. */
export function isSilence(move: Move): move is { silence: true } {
  return typeof move === 'object' && move !== null && Object.hasOwn(move, 'silence') && (move as { silence: unknown }).silence === true;
}

/** Tell whether a move is a typed reply. */
export function isTyped(move: Move): move is { typed: string } {
  return typeof move === 'object' && move !== null && Object.hasOwn(move, 'typed') && typeof (move as { typed: unknown }).typed === 'string';
}

/** Follow moves from the start for as long as they are valid: the one walk every caller shares. */
export function walkMoves(scenario: Scenario, moves: readonly Move[], readTyped?: TypedReader): Walk {
  let at = startPosition(scenario);
  const steps: PathStep[] = [];
  for (const move of moves) {
    const step = takeMove(scenario, at, move, readTyped);
    if (!('kind' in step)) return { steps, at, error: step };
    steps.push(step);
    at = positionAfter(scenario, step);
  }
  return { steps, at, error: null };
}

/** Follow a complete path from the start node, or say at which turn it stops being valid. */
export function walkPath(
  scenario: Scenario,
  moves: readonly Move[],
  readTyped?: TypedReader,
): { ok: true; path: WalkedPath } | { ok: false; error: PathError } {
  const w = walkMoves(scenario, moves, readTyped);
  if (w.error) return { ok: false, error: w.error };
  if (!w.at.outcome) {
    const available = w.at.node.choices.map((c) => c.id);
    return { ok: false, error: { code: 'incomplete', turn: w.at.turns + 1, nodeId: w.at.node.id, choiceId: '', available } };
  }
  return { ok: true, path: { steps: w.steps, outcome: w.at.outcome, finalNode: w.at.node.id, finalMood: w.at.mood } };
}
