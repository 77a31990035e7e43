import type { Choice, Scenario } from '../types.ts';
import { digestOf } from './canonical.ts';

/**
 * The authored content of a scenario as plain data: what the trainer wrote (defaults filled in, `to:`
 * written as `next:`), nothing the engine derives (the analyzer's reading of replies, settled mood
 * deltas). Comments and formatting of the file do not count, and a better analyzer does not change it.
 */
export function scenarioContent(s: Scenario): Record<string, unknown> {
  const nodes: Record<string, unknown> = {};
  for (const id of s.nodeOrder) {
    const n = s.nodes[id]!;
    const node: Record<string, unknown> = n.end ? { customer: n.customer, end: n.end } : { customer: n.customer, choices: n.choices.map(choiceContent) };
    // Fields that change how a path is graded count too, written only when set so older pins stay valid.
    if (n.choicesOnly) node.choicesOnly = true;
    if (n.fallback !== undefined) node.fallback = n.fallback;
    nodes[id] = node;
  }
  const out: Record<string, unknown> = {
    id: s.id,
    version: s.version,
    locale: s.locale,
    title: s.title,
    difficulty: s.difficulty,
    persona: s.persona,
    brief: s.brief,
    issue: s.issue,
    solvableInCall: s.solvableInCall,
    maxTurns: s.maxTurns,
    passScore: s.passScore,
    sootheThreshold: s.sootheThreshold,
    rules: s.rules,
    start: s.start,
    nodes,
  };
  if (s.profile !== undefined) out.profile = s.profile;
  if (s.offers !== undefined) out.offers = s.offers;
  if (s.deadAir !== undefined) out.deadAir = s.deadAir;
  return out;
}

function choiceContent(c: Choice): Record<string, unknown> {
  const out: Record<string, unknown> = { id: c.id, reply: c.reply, next: c.next };
  if (c.mood !== undefined) out.mood = c.mood;
  if (c.note !== undefined) out.note = c.note;
  if (c.tags !== undefined) out.tags = c.tags;
  return out;
}

/** SHA-256 (hex) of a scenario's canonical authored content: what an exam pins a scenario by. */
export function scenarioHash(s: Scenario): string {
  return digestOf(scenarioContent(s));
}
