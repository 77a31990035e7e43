import { createActor, type Actor } from 'xstate';
import { compileScenario } from '../../engine/index.ts';
import { clampMood } from '../../engine/index.ts';
import type { Ending, Scenario } from '../../engine/index.ts';

/** Anger added each time the reply timer runs out (dead air on the line). */
export const DEAD_AIR_DELTA = 10;

/** One reply of the call as played: where it was said and what it did to the customer's mood. */
export interface CallStep {
  /** 1-based. */
  turn: number;
  nodeId: string;
  choiceId: string;
  /** Mood shown before and after the reply, dead-air anger included. */
  moodBefore: number;
  moodAfter: number;
  /** Times the timer ran out before this reply was given. */
  silences: number;
}

/** Everything the call screen shows, derived from the machine's snapshots. */
export interface CallState {
  nodeId: string;
  /** Anger shown to the agent: the machine's mood plus dead-air anger, clamped to 0..100. */
  mood: number;
  /** Replies given so far. */
  turn: number;
  transcript: string[];
  steps: CallStep[];
  /** Silences at the current (unanswered) turn. */
  pendingSilences: number;
  outcome: Ending | null;
}

/** A call in progress: a vanilla wrapper over the compiled XState machine that the UI subscribes to. */
export interface CallSession {
  readonly scenario: Scenario;
  getState(): CallState;
  subscribe(listener: (s: CallState) => void): () => void;
  /** Give a reply; false when it is not one of the current node's choices or the call is over. */
  choose(choiceId: string): boolean;
  /** Go back to just before reply number `turn` (1-based), discarding it and everything after. */
  rewind(turn: number): void;
  /** Record that the timer ran out with no reply: the customer gets angrier. */
  silence(): void;
  /** Dead air per reply index, for saving: entry i is the silences before reply i+1 (and the pending one). */
  deadAir(): number[];
  stop(): void;
}

/** Start a call, replaying a saved transcript; replay stops at the first id the scenario no longer has. */
export function startCall(scenario: Scenario, transcript: readonly string[] = [], deadAir: readonly number[] = []): CallSession {
  const machine = compileScenario(scenario);
  const listeners = new Set<(s: CallState) => void>();
  let actor: Actor<typeof machine>;
  let steps: CallStep[] = [];
  let pendingSilences = 0;
  let state: CallState;

  function snapshotState(): CallState {
    const ctx = actor.getSnapshot().context;
    return {
      nodeId: ctx.node,
      mood: clampMood(ctx.mood + extraAnger()),
      turn: ctx.turn,
      transcript: [...ctx.transcript],
      steps,
      pendingSilences,
      outcome: ctx.outcome,
    };
  }
  function extraAnger(): number {
    return (steps.reduce((n, s) => n + s.silences, 0) + pendingSilences) * DEAD_AIR_DELTA;
  }
  function emit() {
    state = snapshotState();
    for (const l of listeners) l(state);
  }
  function send(choiceId: string): boolean {
    const before = actor.getSnapshot();
    if (before.status !== 'active') return false;
    const node = scenario.nodes[before.context.node];
    if (!node?.choices.some((c) => c.id === choiceId)) return false;
    const moodBefore = clampMood(before.context.mood + extraAnger());
    actor.send({ type: 'CHOOSE', choiceId });
    const after = actor.getSnapshot().context;
    steps = [...steps, { turn: after.turn, nodeId: node.id, choiceId, moodBefore, moodAfter: 0, silences: pendingSilences }];
    pendingSilences = 0;
    steps[steps.length - 1]!.moodAfter = clampMood(after.mood + extraAnger());
    return true;
  }
  function replay(ids: readonly string[], silences: readonly number[]) {
    actor?.stop();
    actor = createActor(machine).start();
    steps = [];
    pendingSilences = 0;
    for (let i = 0; i < ids.length; i++) {
      pendingSilences = silences[i] ?? 0;
      if (!send(ids[i]!)) break;
    }
    if (actor.getSnapshot().status === 'active') pendingSilences = silences[steps.length] ?? 0;
    else pendingSilences = 0;
  }

  replay(transcript, deadAir);
  state = snapshotState();
  return {
    scenario,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    choose(choiceId) {
      const ok = send(choiceId);
      if (ok) emit();
      return ok;
    },
    rewind(turn) {
      const keep = Math.max(0, Math.min(turn - 1, steps.length));
      replay(
        state.transcript.slice(0, keep),
        steps.slice(0, keep).map((s) => s.silences),
      );
      emit();
    },
    silence() {
      if (actor.getSnapshot().status !== 'active') return;
      pendingSilences++;
      emit();
    },
    deadAir: () => [...steps.map((s) => s.silences), pendingSilences],
    stop: () => actor.stop(),
  };
}
