import type { Move, Scenario } from '../types.ts';
import { FALLBACK_CHOICE_ID, walkMoves } from '../path/walk.ts';
import { moodDeltaFor } from '../mood/mood-model.ts';
import { presentFeatures } from './closeness.ts';
import { readTyped } from './read-typed.ts';

// Trainers' side of typed replies: what learners actually said at each node, gathered from saved records,
// as candidate replies for the scenario's next version.

/** One transcript found in a record: the scenario it was played on and its moves. */
export interface FoundTranscript {
  scenarioId: string;
  version: number;
  moves: readonly unknown[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Record<string, unknown>, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);

// A progress or attempt record: {scenarioId, version, transcript: [moves]}. A run inside an exam record:
// {id, version, moves: [{move, ms}]}.
function transcriptOf(o: Record<string, unknown>): FoundTranscript | null {
  const version = own(o, 'version');
  if (typeof version !== 'number') return null;
  const scenarioId = own(o, 'scenarioId');
  const transcript = own(o, 'transcript');
  if (typeof scenarioId === 'string' && Array.isArray(transcript)) return { scenarioId, version, moves: transcript };
  const id = own(o, 'id');
  const moves = own(o, 'moves');
  if (typeof id === 'string' && Array.isArray(moves)) return { scenarioId: id, version, moves: moves.map((m) => (isObject(m) ? own(m, 'move') : m)) };
  return null;
}

/**
 * Find every transcript in a parsed record file, whatever holds it: one record, a list of them, an export
 * with lists by kind, an exam record's scenario runs. One pass over the value, no recursion (a hostile
 * file cannot overflow the stack).
 */
export function findTranscripts(value: unknown): FoundTranscript[] {
  const out: FoundTranscript[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (isObject(v)) {
      const t = transcriptOf(v);
      if (t) out.push(t);
      else for (const k of Object.keys(v).reverse()) stack.push(v[k]);
    }
  }
  return out;
}

/** A typed reply learners gave at a node, with how often, what it was taken as and where the call went. */
export interface Candidate {
  reply: string;
  count: number;
  /** The authored reply it is taken as (FALLBACK_CHOICE_ID for the node's fallback); the reader is deterministic, so one per node and text. */
  takenAs: string;
  /** Where the call went after it the first time (guards on the mood may send it elsewhere another time). */
  to: string;
  /** The mood model's change for its words. */
  moodDelta: number;
  /** The rule features the analyzer reads in it. */
  features: string[];
}

/** Typed replies by node, in file order of the nodes; within a node, most given first, then first given first. */
export interface CandidateSet {
  scenario: { id: string; version: number };
  /** Transcripts of this scenario read (of the version, unless all versions were asked for). */
  transcripts: number;
  /** Transcripts of this scenario at another version, left out. */
  otherVersions: number;
  typed: number;
  nodes: Array<{ nodeId: string; candidates: Candidate[] }>;
}

// Learners' spacing and line breaks differ; the words are what counts.
const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Gather the typed replies of a scenario's transcripts by node, walking each as far as it is a path of this scenario. */
export function collectCandidates(scenario: Scenario, found: readonly FoundTranscript[], allVersions = false): CandidateSet {
  const byNode = new Map<string, Map<string, Candidate>>();
  let transcripts = 0;
  let otherVersions = 0;
  let typed = 0;
  for (const t of found) {
    if (t.scenarioId !== scenario.id) continue;
    if (t.version !== scenario.version && !allVersions) {
      otherVersions++;
      continue;
    }
    transcripts++;
    for (const step of walkMoves(scenario, t.moves as Move[], readTyped).steps) {
      if (!step.typed) continue;
      typed++;
      const reply = tidy(step.text);
      let node = byNode.get(step.node.id);
      if (!node) byNode.set(step.node.id, (node = new Map()));
      const seen = node.get(reply);
      if (seen) seen.count++;
      else node.set(reply, { reply, count: 1, takenAs: step.choice?.id ?? FALLBACK_CHOICE_ID, to: step.to, moodDelta: moodDeltaFor(step.features!, scenario.persona.temperament), features: presentFeatures(step.features!) });
    }
  }
  const nodes = scenario.nodeOrder.flatMap((nodeId) => {
    const c = byNode.get(nodeId);
    return c ? [{ nodeId, candidates: [...c.values()].sort((a, b) => b.count - a.count) }] : [];
  });
  return { scenario: { id: scenario.id, version: scenario.version }, transcripts, otherVersions, typed, nodes };
}
