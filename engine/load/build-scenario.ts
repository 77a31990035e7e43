import type { Choice, FeatureValues, ReplyFeatures, Scenario, ScenarioNode } from '../types.ts';
import { analyzeReply } from '../text/analyze-reply.ts';
import { moodDeltaFor } from '../mood/mood-model.ts';
import type { ChoiceInput, ScenarioInput } from './schema.ts';
import { DEFAULT_DEAD_AIR_MOOD } from '../path/walk.ts';

/** Default mood at or above which the customer still counts as upset (rules.md, soothe-first). */
export const DEFAULT_SOOTHE_THRESHOLD = 60;

/** Build the typed scenario from validated input: normalise transitions, analyse replies, settle mood deltas. */
export function buildScenario(input: ScenarioInput): Scenario {
  // Node ids are the trainer's names: a node called "constructor" must be found as itself and a missing
  // "toString" as missing, wherever the engine looks a node up by id, so the table has no prototype.
  const nodes: Record<string, ScenarioNode> = Object.create(null);
  for (const [id, n] of Object.entries(input.nodes)) {
    const node: ScenarioNode = { id, customer: n.customer, choices: (n.choices ?? []).map((c) => buildChoice(c, input)) };
    if (n.end) node.end = n.end;
    if (n.choicesOnly) node.choicesOnly = true;
    if (n.fallback !== undefined) node.fallback = n.fallback;
    nodes[id] = node;
  }
  const scenario: Scenario = {
    id: input.id,
    version: input.version,
    locale: input.locale,
    title: input.title,
    difficulty: input.difficulty,
    persona: { name: input.persona.name, temperament: input.persona.temperament, mood: input.persona.mood, ...(input.persona.pronoun ? { pronoun: input.persona.pronoun } : {}) },
    brief: input.brief,
    issue: { summary: input.issue.summary, keywords: [...input.issue.keywords] },
    solvableInCall: input.solvableInCall,
    maxTurns: input.maxTurns,
    passScore: input.passScore,
    sootheThreshold: input.sootheThreshold ?? DEFAULT_SOOTHE_THRESHOLD,
    start: input.start,
    nodes,
    nodeOrder: Object.keys(input.nodes),
    rules: Object.assign(Object.create(null), input.rules ?? {}) as Scenario['rules'],
  };
  if (input.profile !== undefined) scenario.profile = input.profile;
  if (input.offers !== undefined) scenario.offers = input.offers.map((o) => ({ summary: o.summary, keywords: [...o.keywords] }));
  if (input.deadAir !== undefined) scenario.deadAir = { mood: input.deadAir.mood ?? DEFAULT_DEAD_AIR_MOOD };
  return scenario;
}

function buildChoice(c: ChoiceInput, input: ScenarioInput): Choice {
  const detected = analyzeReply(c.reply, { locale: input.locale, issue: input.issue });
  const features = applyTags(detected, c.tags);
  const choice: Choice = {
    id: c.id,
    reply: c.reply,
    moodDelta: c.mood ?? moodDeltaFor(features, input.persona.temperament),
    next: c.to !== undefined ? [{ to: c.to }] : (c.next ?? []).map((t) => (t.when ? { when: t.when, to: t.to } : { to: t.to })),
    features,
    detected,
  };
  if (c.mood !== undefined) choice.mood = c.mood;
  if (c.note !== undefined) choice.note = c.note;
  if (c.tags !== undefined) choice.tags = stripUndefined(c.tags);
  return choice;
}

function applyTags(detected: ReplyFeatures, tags: ChoiceInput['tags']): ReplyFeatures {
  if (!tags) return detected;
  return { ...detected, ...stripUndefined(tags) };
}

function stripUndefined(tags: NonNullable<ChoiceInput['tags']>): Partial<FeatureValues> {
  return Object.fromEntries(Object.entries(tags).filter(([, v]) => v !== undefined)) as Partial<FeatureValues>;
}
