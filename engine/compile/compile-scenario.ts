import { assign, setup } from 'xstate';
import type { Choice, Ending, Move, Scenario, Transition } from '../types.ts';
import { clampMood, deadAirMood, guardHolds } from '../path/walk.ts';

/** The state of a call the machine carries: the customer's mood, turns used, and the path so far. */
export interface CallContext {
  mood: number;
  turn: number;
  /** The moves so far (choice ids and timed-out silences): the path. */
  transcript: Move[];
  /** The node the call stands at (for an abandoned call, where the turns ran out). */
  node: string;
  outcome: Ending | null;
}

/** A reply chosen by id, or the reply timer running out (dead air: a turn with no reply). */
export type CallEvent = { type: 'CHOOSE'; choiceId: string } | { type: 'SILENCE' };

/** The final state a call enters when it runs out of turns before reaching an ending node. */
export const TURN_LIMIT_STATE = '@turn-limit';

type Args = { context: CallContext; event: CallEvent };

/**
 * Compile a scenario into an XState v5 machine whose states are its nodes and whose events are the agent's
 * moves, following the one walk's semantics (path/walk.ts): a silence is a turn that angers the customer by
 * the scenario's dead-air mood and leaves the call at the same node.
 */
export function compileScenario(scenario: Scenario) {
  const startNode = scenario.nodes[scenario.start]!;
  const states: Record<string, object> = {};
  for (const id of scenario.nodeOrder) {
    const node = scenario.nodes[id]!;
    states[id] = node.end
      ? { type: 'final' }
      : { on: { CHOOSE: node.choices.flatMap((c) => c.next.flatMap((t) => transitionsFor(scenario, c, t))), SILENCE: silenceFor(scenario, id) } };
  }
  states[TURN_LIMIT_STATE] = { type: 'final' };
  return setup({
    types: {} as { context: CallContext; events: CallEvent; output: CallContext },
  }).createMachine({
    id: scenario.id,
    initial: scenario.start,
    context: {
      mood: clampMood(scenario.persona.mood),
      turn: 0,
      transcript: [],
      node: scenario.start,
      outcome: startNode.end ?? null,
    },
    states,
    output: ({ context }) => context,
  });
}

// Each authored transition becomes two machine transitions: one that goes on, and one for when this reply
// used the last allowed turn and lands on a node that is not an ending (the call ends there as abandoned).
function transitionsFor(scenario: Scenario, choice: Choice, t: Transition) {
  const targetNode = scenario.nodes[t.to]!;
  const matches = ({ context, event }: Args) =>
    event.type === 'CHOOSE' && event.choiceId === choice.id && guardHolds(t.when, clampMood(context.mood + choice.moodDelta));
  const advance = (outcome: Ending | null) =>
    assign(({ context }: { context: CallContext }) => ({
      mood: clampMood(context.mood + choice.moodDelta),
      turn: context.turn + 1,
      transcript: [...context.transcript, choice.id],
      node: t.to,
      outcome,
    }));
  if (targetNode.end) return [{ guard: matches, target: t.to, actions: advance(targetNode.end) }];
  return [
    { guard: (a: Args) => matches(a) && a.context.turn + 1 < scenario.maxTurns, target: t.to, actions: advance(null) },
    { guard: matches, target: TURN_LIMIT_STATE, actions: advance('abandoned') },
  ];
}

// A silence stays at the node; when it uses the last allowed turn the call ends there as abandoned.
function silenceFor(scenario: Scenario, nodeId: string) {
  const delta = deadAirMood(scenario);
  const advance = (outcome: Ending | null) =>
    assign(({ context }: { context: CallContext }) => ({
      mood: clampMood(context.mood + delta),
      turn: context.turn + 1,
      transcript: [...context.transcript, { silence: true } as const],
      node: nodeId,
      outcome,
    }));
  return [
    { guard: ({ context }: Args) => context.turn + 1 < scenario.maxTurns, target: nodeId, reenter: false, actions: advance(null) },
    { target: TURN_LIMIT_STATE, actions: advance('abandoned') },
  ];
}
