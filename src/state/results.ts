import type { GradeResult, Move, Result, Scenario, Scorecard } from '../../engine/index.ts';
import type { ProgressStore, StoredData } from '../storage/progress-store.ts';
import { movesOfRecord, pinKey, type Attempt } from '../storage/records.ts';
import type { ScenarioRegistry } from './registry.ts';
import type { Readable } from './store.ts';

/** Why a stored attempt cannot be graded again. */
export type RegradeProblem =
  | { code: 'scenario-missing' }
  | { code: 'version-missing'; version: number }
  | { code: 'path-invalid'; version: number }
  | { code: 'failed'; detail: string };

/** A stored attempt graded again from its transcript, against the scenario text it was played on. */
export type Regraded =
  | { kind: 'graded'; attempt: Attempt; moves: Move[]; scenario: Scenario; card: Scorecard; current: { version: number } | null; sameText: boolean }
  | { kind: 'failed'; attempt: Attempt; problem: RegradeProblem };

export interface ResultsState {
  byId: ReadonlyMap<string, Regraded>;
  /** Attempts still being graded. */
  pending: number;
}

/** The engine parts re-grading needs, loaded when there is something to grade. */
export interface RegradeEngine {
  gradePath(scenario: Scenario, moves: readonly Move[]): GradeResult;
  /** Read a pinned source text (the loader is loaded only when an attempt needs one). */
  loadScenario(text: string, file: string): Promise<Result<Scenario>>;
}

/**
 * Every figure shown about a finished call comes from here: each stored attempt is graded again by the
 * engine from its transcript, never read from storage. New and changed attempts are graded as they
 * appear (from this tab or another); results are announced to subscribers.
 */
export function createResults(store: ProgressStore, registry: ScenarioRegistry, loadEngine: () => Promise<RegradeEngine>): Readable<ResultsState> {
  let state: ResultsState = { byId: new Map(), pending: 0 };
  const listeners = new Set<() => void>();
  const regrade = createRegrader(store, registry, loadEngine);
  const inFlight = new Set<string>();
  let seen: StoredData['attempts'] | null = null;
  let seenItems: unknown = null;

  function publish(byId: ReadonlyMap<string, Regraded>, pending: number) {
    state = { byId, pending };
    for (const l of listeners) l();
  }

  /** Grade what is new; attempts that failed for want of their scenario are tried again when the library changes. */
  function update() {
    const attempts = store.get().attempts;
    const items = registry.state.get().items;
    if (attempts === seen && items === seenItems) return;
    const retryMissing = items !== seenItems;
    seen = attempts;
    seenItems = items;
    // Stored attempts never change, so a result stays valid as long as its attempt is there.
    const byId = new Map([...state.byId].filter(([id, r]) => attempts.has(id) && !(retryMissing && r.kind === 'failed' && r.problem.code === 'scenario-missing')));
    const todo = [...attempts.values()].filter((a) => !byId.has(a.id) && !inFlight.has(a.id));
    for (const a of todo) inFlight.add(a.id);
    publish(byId, inFlight.size);
    for (const a of todo) {
      void regrade(a).then((r) => {
        inFlight.delete(a.id);
        publish(store.get().attempts.has(a.id) ? new Map(state.byId).set(a.id, r) : state.byId, inFlight.size);
      });
    }
  }

  store.subscribe(update);
  registry.state.subscribe(update);
  update();
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Grade one stored attempt again: with the library's scenario when it is the text played, else with its pinned source. */
function createRegrader(store: ProgressStore, registry: ScenarioRegistry, loadEngine: () => Promise<RegradeEngine>): (a: Attempt) => Promise<Regraded> {
  const fromSource = new Map<string, Promise<Scenario | null>>();

  async function scenarioFor(a: Attempt, engine: RegradeEngine): Promise<{ ok: true; scenario: Scenario; sameText: boolean } | { ok: false; problem: RegradeProblem }> {
    const now = await registry.get(a.key);
    const pin = registry.pinOf(a.key);
    const same = pin !== null && pin.scenarioId === a.scenarioId && pin.version === a.version;
    // Attempts stored before pinning existed carry no hash: the same version number is the best evidence.
    if (now && same && (a.hash === null || a.hash === pin.hash)) return { ok: true, scenario: now, sameText: true };
    if (a.hash !== null) {
      const key = pinKey(a);
      if (!fromSource.has(key)) fromSource.set(key, loadPinned(key, engine));
      const pinned = await fromSource.get(key)!;
      if (pinned && pinned.id === a.scenarioId && pinned.version === a.version) return { ok: true, scenario: pinned, sameText: false };
    }
    return { ok: false, problem: now ? { code: 'version-missing', version: a.version } : { code: 'scenario-missing' } };
  }

  async function loadPinned(key: string, engine: RegradeEngine): Promise<Scenario | null> {
    const source = await store.getSource(key).catch(() => null);
    if (!source) return null;
    const r = await engine.loadScenario(source.text, source.file);
    return r.ok ? r.value : null;
  }

  async function regrade(a: Attempt): Promise<Regraded> {
    try {
      const engine = await loadEngine();
      const found = await scenarioFor(a, engine);
      if (!found.ok) return { kind: 'failed', attempt: a, problem: found.problem };
      const moves = movesOfRecord(a);
      const graded = engine.gradePath(found.scenario, moves);
      if (!graded.ok) return { kind: 'failed', attempt: a, problem: { code: 'path-invalid', version: a.version } };
      const pin = registry.pinOf(a.key);
      return { kind: 'graded', attempt: a, moves, scenario: found.scenario, card: graded.scorecard, current: pin && { version: pin.version }, sameText: found.sameText };
    } catch (e) {
      return { kind: 'failed', attempt: a, problem: { code: 'failed', detail: e instanceof Error ? e.message : String(e) } };
    }
  }

  return regrade;
}

/** Best score and number of attempts per scenario key, from re-graded attempts only. */
export interface ScenarioStats {
  best: number | null;
  count: number;
  failed: number;
}

/** Sum up the re-graded attempts of one scenario key. */
export function statsFor(results: ResultsState, attempts: readonly Attempt[]): ScenarioStats {
  let best: number | null = null;
  let failed = 0;
  for (const a of attempts) {
    const r = results.byId.get(a.id);
    if (r?.kind === 'graded') best = Math.max(best ?? 0, r.card.score);
    else if (r?.kind === 'failed') failed++;
  }
  return { best, count: attempts.length, failed };
}
