import { createActor, type Actor } from 'xstate';
import { compileScenario, isSilence, isTyped, isTypedRefusal, runPath, type Ending, type Move, type PathRun, type Scenario, type TypedProblem, type TypedReader, type TypedReading } from '../../engine/index.ts';

/** Everything the call screen shows: where the call stands (from the compiled machine) and the rules' verdict so far (the one pass). */
export interface CallState {
  nodeId: string;
  /** The customer's anger now. */
  mood: number;
  /** Turns used so far (a timed-out silence is a turn). */
  turn: number;
  /** The moves so far: the path. */
  moves: Move[];
  /** The one walk and rule pass over the moves: each turn's step, mood and findings. */
  run: PathRun;
  outcome: Ending | null;
}

/** A call in progress: a vanilla wrapper over the compiled XState machine that the UI subscribes to. */
export interface CallSession {
  readonly scenario: Scenario;
  getState(): CallState;
  subscribe(listener: (s: CallState) => void): () => void;
  /** Give a reply; false when it is not one of the current node's choices or the call is over. */
  choose(choiceId: string): boolean;
  /** Go back to just before turn number `turn` (1-based), discarding it and everything after. */
  rewind(turn: number): void;
  /** Record that the timer ran out with no reply: a turn of dead air that angers the customer. */
  silence(): void;
  /**
   * Give a reply in the agent's own words (typed, or spoken and transcribed): taken when the reader reads it,
   * otherwise the reason, and the call is left as it was. 'not-ready': no reader yet; 'ended': the call is over.
   */
  typeReply(text: string): { ok: true } | { ok: false; problem: TypedProblem | 'not-ready' | 'ended' };
  /** Give the session the typed-reply reader once it has loaded (moves replayed from then on can be typed). */
  setReader(readTyped: TypedReader): void;
  stop(): void;
}

/** Start a call, replaying saved moves; replay stops at the first move the scenario no longer accepts. */
export function startCall(scenario: Scenario, moves: readonly Move[] = [], readTyped?: TypedReader): CallSession {
  let rawReader = readTyped;
  let reader = readTyped && rememberReadings(readTyped);
  const machine = compileScenario(scenario);
  const listeners = new Set<(s: CallState) => void>();
  let actor: Actor<typeof machine>;
  let state: CallState;

  function snapshotState(): CallState {
    const ctx = actor.getSnapshot().context;
    const taken = [...ctx.transcript];
    return { nodeId: ctx.node, mood: ctx.mood, turn: ctx.turn, moves: taken, run: runPath(scenario, taken, reader ? { readTyped: reader } : {}), outcome: ctx.outcome };
  }
  function emit() {
    state = snapshotState();
    for (const l of listeners) l(state);
  }
  function send(move: Move): boolean {
    const before = actor.getSnapshot();
    if (before.status !== 'active') return false;
    if (typeof move === 'string') {
      if (!scenario.nodes[before.context.node]?.choices.some((c) => c.id === move)) return false;
      actor.send({ type: 'CHOOSE', choiceId: move });
    } else if (isSilence(move)) actor.send({ type: 'SILENCE' });
    else if (isTyped(move)) {
      const reading = readAt(before.context.node, move.typed);
      if (!reading || isTypedRefusal(reading)) return false;
      return sendTyped(move.typed, reading);
    } else return false;
    return actor.getSnapshot().context.turn === before.context.turn + 1;
  }
  function readAt(nodeId: string, text: string) {
    const node = scenario.nodes[nodeId];
    return node && reader ? reader(text, node, scenario) : null;
  }
  // The machine gets the reading the reader resolved, so replay and play take a typed reply the same way.
  function sendTyped(text: string, reading: TypedReading): boolean {
    const turn = actor.getSnapshot().context.turn;
    actor.send({ type: 'TYPED', text, choiceId: reading.choice.id, moodDelta: reading.moodDelta });
    return actor.getSnapshot().context.turn === turn + 1;
  }
  function replay(saved: readonly Move[]) {
    actor?.stop();
    actor = createActor(machine).start();
    for (const m of saved) if (!send(m)) break;
  }

  replay(moves);
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
      replay(state.moves.slice(0, Math.max(0, Math.min(turn - 1, state.moves.length))));
      emit();
    },
    silence() {
      if (send({ silence: true })) emit();
    },
    typeReply(text) {
      const at = actor.getSnapshot();
      if (at.status !== 'active') return { ok: false, problem: 'ended' };
      const reading = readAt(at.context.node, text);
      if (!reading) return { ok: false, problem: 'not-ready' };
      if (isTypedRefusal(reading)) return { ok: false, problem: reading.problem };
      if (!sendTyped(text, reading)) return { ok: false, problem: 'ended' };
      emit();
      return { ok: true };
    },
    setReader(readTyped) {
      if (readTyped === rawReader) return;
      rawReader = readTyped;
      reader = rememberReadings(readTyped);
    },
    stop: () => actor.stop(),
  };
}

// Every state change re-runs the one rule pass over the whole path, typed replies included; a reader is
// deterministic, so each (node, text) is read once per session rather than once per turn after it.
function rememberReadings(read: TypedReader): TypedReader {
  const seen = new Map<string, ReturnType<TypedReader>>();
  return (text, node, scenario) => {
    const key = `${node.id}\u0000${text}`;
    if (!seen.has(key)) seen.set(key, read(text, node, scenario));
    return seen.get(key)!;
  };
}
