import { useEffect, useState, useSyncExternalStore } from 'react';
import { formatPathError, type Scenario } from '../../engine/index.ts';
import { initStorage, mayHaveProgress, registry, touchData } from '../app/app-state.ts';
import type { ProgressStore } from '../storage/progress-store.ts';
import { movesOfRecord, startCall, type CallSession, type CallState } from './call-session.ts';

export type Loaded = { kind: 'loading' } | { kind: 'missing' } | { kind: 'ready'; session: CallSession };

/** Load the scenario and the saved progress for a key, and start (or resume) its call. */
export function useCallSession(key: string, restartCount: number): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  useEffect(() => {
    let cancelled = false;
    let session: CallSession | null = null;
    // The scenario chunk and the saved progress load side by side; a call with nothing saved to resume
    // starts without waiting for IndexedDB, whose first open can take longer than the rest together.
    const saved = mayHaveProgress(key) ? initStorage() : Promise.resolve(null);
    void Promise.all([registry.get(key), saved]).then(([scenario, progress]) => {
      if (cancelled) return;
      if (!scenario) return setLoaded({ kind: 'missing' });
      session = resume(scenario, key, progress);
      setLoaded({ kind: 'ready', session });
    });
    return () => {
      cancelled = true;
      session?.stop();
    };
  }, [key, restartCount]);
  return loaded;
}

/** Follow a session's state in React. */
export function useCallState(session: CallSession): CallState {
  return useSyncExternalStore(session.subscribe, session.getState, session.getState);
}

function resume(scenario: Scenario, key: string, store: ProgressStore | null): CallSession {
  const saved = store?.getProgress(key);
  const usable = saved && saved.scenarioId === scenario.id && saved.version === scenario.version;
  const session = usable ? startCall(scenario, movesOfRecord(saved)) : startCall(scenario);
  session.subscribe((s) => {
    if (s.outcome) return;
    const record = { key, scenarioId: scenario.id, version: scenario.version, transcript: s.moves, deadAir: [], updatedAt: Date.now() };
    void initStorage()
      .then((ready) => ready.saveProgress(record))
      .then(touchData);
  });
  return session;
}

/** Grade a finished call, store it as an attempt, and drop its in-progress record; returns the attempt id. */
export async function finishCall(key: string, session: CallSession, store: ProgressStore): Promise<number> {
  const { gradePath } = await (await import('../../engine/index.ts')).loadGradeModule();
  const s = session.getState();
  const graded = gradePath(session.scenario, s.moves);
  // The machine and the grader walk the same path semantics, so a played transcript always grades.
  if (!graded.ok) throw new Error(formatPathError(graded.error, 'en'));
  const card = graded.scorecard;
  const attempt = await store.addAttempt({
    key,
    scenarioId: session.scenario.id,
    version: session.scenario.version,
    transcript: s.moves,
    deadAir: [],
    score: card.score,
    passed: card.passed,
    outcome: card.outcome,
    finishedAt: Date.now(),
  });
  await store.clearProgress(key);
  touchData();
  return attempt.id;
}
