import { useEffect, useState, useSyncExternalStore } from 'react';
import { isTyped, type Scenario, type TypedReader } from '../../engine/index.ts';
import { claimCallFor, mayHaveProgress, recordAttempt, saveCallProgress, type CallClaim } from '../state/calls.ts';
import { initStorage, registry } from '../state/storage.ts';
import { movesOfRecord } from '../storage/records.ts';
import { startCall, type CallSession, type CallState } from './call-session.ts';
import { getTypedModule } from './typed-module.ts';

export type Loaded =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; session: CallSession; claim: CallClaim };

/** Load the scenario and this tab's saved call for a key, and start (or resume) it; `fresh` never resumes. */
export function useCallSession(key: string, restartCount: number): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  useEffect(() => {
    let cancelled = false;
    let session: CallSession | null = null;
    let claim: CallClaim | null = null;
    // The scenario chunk and the saved calls load side by side; a call with nothing saved to resume
    // starts without waiting for IndexedDB, whose first open can take longer than the rest together.
    const saved = restartCount === 0 && mayHaveProgress(key) ? initStorage() : Promise.resolve();
    void Promise.all([registry.get(key), saved])
      .then(async ([scenario]) => {
        if (cancelled) return;
        if (!scenario) return setLoaded({ kind: 'missing' });
        claim = await claimCallFor(key, { fresh: restartCount > 0 });
        const reader = await readerFor(scenario, claim);
        if (cancelled) return claim.release();
        session = resume(scenario, key, claim, reader);
        setLoaded({ kind: 'ready', session, claim });
      })
      .catch((error: unknown) => !cancelled && setLoaded({ kind: 'failed', error }));
    return () => {
      cancelled = true;
      session?.stop();
      claim?.release();
    };
  }, [key, restartCount]);
  return loaded;
}

/** Follow a session's state in React. */
export function useCallState(session: CallSession): CallState {
  return useSyncExternalStore(session.subscribe, session.getState, session.getState);
}

function usableProgress(scenario: Scenario, claim: CallClaim) {
  const saved = claim.resume;
  return saved && saved.scenarioId === scenario.id && saved.version === scenario.version ? saved : undefined;
}

// Saved moves with typed replies in them can be replayed only by the reader: load it first (rare, so the
// common resume does not wait for it). A reader that fails to load leaves the call at the first typed move.
async function readerFor(scenario: Scenario, claim: CallClaim): Promise<TypedReader | undefined> {
  if (!usableProgress(scenario, claim)?.transcript.some((m) => isTyped(m))) return undefined;
  return getTypedModule().then((m) => m.readTyped, () => undefined);
}

function resume(scenario: Scenario, key: string, claim: CallClaim, reader: TypedReader | undefined): CallSession {
  const saved = usableProgress(scenario, claim);
  const session = saved ? startCall(scenario, movesOfRecord(saved), reader) : startCall(scenario, [], reader);
  session.subscribe((s) => {
    if (!s.outcome) saveCallProgress(claim, key, scenario, s.moves);
  });
  return session;
}

/** Store a finished call as an attempt (graded again wherever it is shown) and return its id. */
export function finishCall(key: string, session: CallSession, claim: CallClaim): string {
  const s = session.getState();
  return recordAttempt(claim, key, session.scenario, s.moves).id;
}
