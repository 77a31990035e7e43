import type { Choice, ReplyFeatures, Scenario, ScenarioNode, TypedProblem } from '../types.ts';
import { analyzeReply } from '../text/analyze-reply.ts';
import { moodDeltaFor } from '../mood/mood-model.ts';
import { FALLBACK_CHOICE_ID, type TypedReader, type TypedReading } from '../path/walk.ts';
import { checkTypedText } from './check-typed.ts';
import { featureDistance, sharedFeatures, wordingSimilarity, wordingUnits } from './closeness.ts';

/** How close one authored reply reads to a typed one. */
export interface TypedMatch {
  choice: Choice;
  /** Weighted count of features the two readings disagree on (closeness.ts). */
  distance: number;
  /** Dice coefficient of their wordings, 0..1. */
  wording: number;
  /** How many features both readings have. */
  shared: number;
}

/** The reader's full answer: the reading the walk takes, and how it was decided (for feedback and tests). */
export type TypedReport =
  | { ok: true; reading: TypedReading; ranking: TypedMatch[]; fallback: boolean }
  | { ok: false; problem: TypedProblem };

/**
 * A typed reply "reads like" an authored one when the two read the same; or when they have a feature in
 * common and differ in at most this much (say one more feature, or a vague apology for a specific one)…
 */
export const NEAR_DISTANCE = 2;
/** …or when at least this share of their wording is the same. Otherwise a node's `fallback:` applies. */
export const NEAR_WORDING = 0.5;

// Units of each authored reply, computed once per loaded scenario (choices are immutable after loading).
const unitsOfChoice = new WeakMap<Choice, Map<string, number>>();

function choiceUnits(choice: Choice): Map<string, number> {
  let u = unitsOfChoice.get(choice);
  if (!u) unitsOfChoice.set(choice, (u = wordingUnits(choice.reply)));
  return u;
}

/**
 * Rank a node's replies by closeness to a reading: fewer feature differences first, then more wording in
 * common, then file order — so a tie on both keys goes to the reply written first, and the ranking is the
 * same on every run.
 */
export function rankChoices(node: ScenarioNode, features: ReplyFeatures, text: string): TypedMatch[] {
  const units = wordingUnits(text);
  const matches = node.choices.map((choice) => ({
    choice,
    distance: featureDistance(features, choice.features),
    wording: wordingSimilarity(units, choiceUnits(choice)),
    shared: sharedFeatures(features, choice.features),
  }));
  // Array.prototype.sort is stable, so equal keys keep file order.
  return matches.sort((a, b) => a.distance - b.distance || b.wording - a.wording);
}

/** Tell whether a typed reply reads like the authored reply of a match (else the node's fallback may apply). */
export function isNear(m: TypedMatch): boolean {
  return m.distance === 0 || (m.shared > 0 && m.distance <= NEAR_DISTANCE) || m.wording >= NEAR_WORDING;
}

/** The reading of a typed reply that reads like none of the node's replies: it goes to the node's fallback. */
function fallbackChoice(node: ScenarioNode, text: string, features: ReplyFeatures, moodDelta: number): Choice {
  return { id: FALLBACK_CHOICE_ID, reply: text, moodDelta, next: [{ to: node.fallback! }], features, detected: features };
}

/**
 * Read a typed reply at a node: check it (language, length, markup), find its features with the analyzer in
 * the scenario's language, move the mood by the mood model, and take it as the closest authored reply —
 * or, when it reads like none of them and the node has a `fallback:`, send the call there.
 */
export function readTypedReply(text: string, node: ScenarioNode, scenario: Scenario): TypedReport {
  if (node.choicesOnly || node.choices.length === 0) return { ok: false, problem: 'choices-only' };
  const problem = checkTypedText(text, scenario.locale);
  if (problem) return { ok: false, problem };
  const features = analyzeReply(text, { locale: scenario.locale, issue: scenario.issue });
  const moodDelta = moodDeltaFor(features, scenario.persona.temperament);
  const ranking = rankChoices(node, features, text);
  const best = ranking[0]!;
  if (node.fallback !== undefined && !isNear(best)) {
    return { ok: true, reading: { features, moodDelta, choice: fallbackChoice(node, text, features, moodDelta) }, ranking, fallback: true };
  }
  return { ok: true, reading: { features, moodDelta, choice: best.choice }, ranking, fallback: false };
}

/** The engine's typed-reply reader, as the walk, the grader, the app and `verify` take it. */
export const readTyped: TypedReader = (text, node, scenario) => {
  const r = readTypedReply(text, node, scenario);
  return r.ok ? r.reading : { problem: r.problem };
};

export { checkTypedText, tidyTypedText } from './check-typed.ts';
