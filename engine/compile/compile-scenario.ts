import { assign, setup } from 'xstate';
import type { Choice, Ending, Move, Scenario, ScenarioNode, Transition } from '../types.ts';
import { clampMood, deadAirMood, FALLBACK_CHOICE_ID, guardHolds } from '../path/walk.ts';

/** The state of a call the machine carries: the customer's mood, turns used, and the path so far. */
export interface CallContext {
  mood: number;
  turn: number;
  /** The moves so far (choice ids, timed-out silences, typed replies): the path. */
  transcript: Move[];
  /** The node the call stands at (for an abandoned call, where the turns ran out). */
  node: string;
  outcome: Ending | null;
}

/**
 * A reply chosen by id; the reply timer running out (dead air: a turn with no reply); or a typed reply with
 * its reading as the typed-reply reader resolved it — the authored reply it is taken as (or the node's
 * fallback, FALLBACK_CHOICE_ID) and the mood change the mood model gives its words.
 */
export type CallEvent =
  | { type: 'CHOOSE'; choiceId: string }
  | { type: 'SILENCE' }
  | { type: 'TYPED'; text: string; choiceId: string; moodDelta: number };

/** The final state a call enters when it runs out of turns before reaching an ending node. */
export const TURN_LIMIT_STATE = '@turn-limit';

type Args = { context: CallContext; event: CallEvent };

/** How a move changes the context: its mood change and what the transcript records. */
interface MoveEffect {
  delta: (event: CallEvent) => number;
  record: (event: CallEvent) => Move;
}

const CHOSEN = (choice: Choice): MoveEffect => ({ delta: () => choice.moodDelta, record: () => choice.id });
const TYPED: MoveEffect = {
  delta: (e) => (e.type === 'TYPED' ? e.moodDelta : 0),
  record: (e) => ({ typed: e.type === 'TYPED' ? e.text : '' }),
};

/**
 * Compile a scenario into an XState v5 machine whose states are its nodes and whose events are the agent's
 * moves, following the one walk's semantics (path/walk.ts): a silence is a turn that angers the customer by
 * the scenario's dead-air mood and leaves the call at the same node; a typed reply follows the reply it was
 * read as with its own mood change.
 */
export function compileScenario(scenario: Scenario) {
  const startNode = scenario.nodes[scenario.start]!;
  const states: Record<string, object> = {};
  for (const id of scenario.nodeOrder) {
    const node = scenario.nodes[id]!;
    states[id] = node.end
      ? { type: 'final' }
      : {
          on: {
            CHOOSE: node.choices.flatMap((c) => c.next.flatMap((t) => transitionsFor(scenario, t, isChoice(c.id), CHOSEN(c)))),
            SILENCE: silenceFor(scenario, id),
            TYPED: typedFor(scenario, node),
          },
        };
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

const isChoice = (id: string) => (e: CallEvent) => e.type === 'CHOOSE' && e.choiceId === id;
const isTypedAs = (id: string) => (e: CallEvent) => e.type === 'TYPED' && e.choiceId === id;

// A typed reply follows the transitions of the authored reply it is taken as, with the mood change of its own
// words; one taken as the fallback goes to the node's fallback. A choices-only node takes no typed reply.
function typedFor(scenario: Scenario, node: ScenarioNode) {
  if (node.choicesOnly) return [];
  const out = node.choices.flatMap((c) => c.next.flatMap((t) => transitionsFor(scenario, t, isTypedAs(c.id), TYPED)));
  if (node.fallback !== undefined) out.push(...transitionsFor(scenario, { to: node.fallback }, isTypedAs(FALLBACK_CHOICE_ID), TYPED));
  return out;
}

// Each authored transition becomes two machine transitions: one that goes on, and one for when this reply
// used the last allowed turn and lands on a node that is not an ending (the call ends there as abandoned).
function transitionsFor(scenario: Scenario, t: Transition, isMove: (e: CallEvent) => boolean, effect: MoveEffect) {
  const targetNode = scenario.nodes[t.to]!;
  const matches = ({ context, event }: Args) => isMove(event) && guardHolds(t.when, clampMood(context.mood + effect.delta(event)));
  const advance = (outcome: Ending | null) =>
    assign(({ context, event }: Args) => ({
      mood: clampMood(context.mood + effect.delta(event)),
      turn: context.turn + 1,
      transcript: [...context.transcript, effect.record(event)],
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
