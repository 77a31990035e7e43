import type { Choice, Ending, Guard, Scenario, ScenarioNode } from '../types.ts';

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

/** One agent reply along a path, with the mood around it. */
export interface PathStep {
  turn: number;
  node: ScenarioNode;
  choice: Choice;
  moodBefore: number;
  moodAfter: number;
  to: string;
}

/** Why a sequence of choice ids is not a path of the scenario. */
export interface PathError {
  code: 'unknown-choice' | 'after-end' | 'too-long' | 'incomplete';
  turn: number;
  nodeId: string;
  choiceId: string;
  available: string[];
  message: string;
}

export interface WalkedPath {
  steps: PathStep[];
  outcome: Ending;
  /** The node the call ended on (an ending node, or where `maxTurns` ran out). */
  finalNode: string;
  finalMood: number;
}

/** Tell how a call ends when it stands at `node` after `turnsUsed` replies, or null when it goes on. */
export function endingAt(scenario: Scenario, node: ScenarioNode, turnsUsed: number): Ending | null {
  if (node.end) return node.end;
  return turnsUsed >= scenario.maxTurns ? 'abandoned' : null;
}

/** Follow a complete path of choice ids from the start node, or say at which turn it stops being valid. */
export function walkPath(
  scenario: Scenario,
  choiceIds: readonly string[],
): { ok: true; path: WalkedPath } | { ok: false; error: PathError } {
  let node = scenario.nodes[scenario.start]!;
  let mood = scenario.persona.mood;
  const steps: PathStep[] = [];
  for (let i = 0; i < choiceIds.length; i++) {
    const choiceId = choiceIds[i]!;
    const turn = i + 1;
    const ended = endingAt(scenario, node, i);
    const available = node.choices.map((c) => c.id);
    if (ended) {
      const code = node.end ? 'after-end' : 'too-long';
      const message = node.end
        ? `turn ${turn}: the call already ended (${node.end}) at node "${node.id}"; no reply "${choiceId}" can follow`
        : `turn ${turn}: the call already ended as abandoned after maxTurns (${scenario.maxTurns}) replies`;
      return { ok: false, error: { code, turn, nodeId: node.id, choiceId, available: [], message } };
    }
    const choice = node.choices.find((c) => c.id === choiceId);
    if (!choice) {
      const message = `turn ${turn}: node "${node.id}" has no reply "${choiceId}"; available: ${available.join(', ')}`;
      return { ok: false, error: { code: 'unknown-choice', turn, nodeId: node.id, choiceId, available, message } };
    }
    const moodAfter = clampMood(mood + choice.moodDelta);
    const to = resolveTarget(choice, moodAfter);
    steps.push({ turn, node, choice, moodBefore: mood, moodAfter, to });
    mood = moodAfter;
    node = scenario.nodes[to]!;
  }
  const outcome = endingAt(scenario, node, choiceIds.length);
  if (!outcome) {
    const available = node.choices.map((c) => c.id);
    const message = `turn ${choiceIds.length + 1}: the path stops at node "${node.id}" before the call ends; available: ${available.join(', ')}`;
    return {
      ok: false,
      error: { code: 'incomplete', turn: choiceIds.length + 1, nodeId: node.id, choiceId: '', available, message },
    };
  }
  return { ok: true, path: { steps, outcome, finalNode: node.id, finalMood: mood } };
}
