import type { Move, Scenario } from '../../engine/index.ts';
import { newId } from '../storage/new-id.ts';
import { callsFor } from '../storage/progress-store.ts';
import { pinKey, type Attempt, type ScenarioPin } from '../storage/records.ts';
import { readProgressHint } from '../storage/settings.ts';
import { kv } from './app-store.ts';
import { claimCall, rememberCall, rememberedCallId, type CallClaim, type ClaimDeps } from './call-claims.ts';
import { hashText } from './hash-text.ts';
import { initStorage, progressStore, registry } from './storage.ts';

export type { CallClaim } from './call-claims.ts';

function claimDeps(): ClaimDeps {
  let session: ClaimDeps['session'] = null;
  try {
    session = typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    // Blocked storage: the tab cannot remember its call across a reload.
  }
  const locks = typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
  return { session, locks, newId };
}

/** Whether a call may have saved progress to resume (unknown counts as yes): if not, it need not wait for IndexedDB. */
export function mayHaveProgress(key: string): boolean {
  return (readProgressHint(kv)?.has(key) ?? true) || rememberedCallId(claimDeps().session, key) !== null;
}

/**
 * Choose the call this tab plays for a scenario key: its own saved one, one left by a closed tab, or a
 * new one (always, with `fresh`: the agent started over).
 */
export function claimCallFor(key: string, options: { fresh?: boolean } = {}): Promise<CallClaim> {
  return claimCall(key, options.fresh ? [] : callsFor(progressStore.get(), key), claimDeps());
}

/** Save a call in progress after a reply (under its own id, so other tabs' calls are untouched). */
export function saveCallProgress(claim: CallClaim, key: string, scenario: Scenario, moves: Move[]): void {
  const record = { id: claim.id, key, scenarioId: scenario.id, version: scenario.version, transcript: moves, deadAir: [], updatedAt: Date.now() };
  void initStorage().then(() => progressStore.saveCall(record));
}

/** Drop a call in progress (the agent starts over, or it has ended). */
export function abandonCall(claim: CallClaim): void {
  void progressStore.clearCall(claim.id);
}

/** Save a new call that starts with `transcript` and make it the one this tab resumes ("try again from here"). */
export async function startCallFrom(key: string, scenario: Scenario, moves: readonly Move[]): Promise<void> {
  const id = newId();
  rememberCall(claimDeps().session, key, id);
  await progressStore.saveCall({ id, key, scenarioId: scenario.id, version: scenario.version, transcript: [...moves], deadAir: [], updatedAt: Date.now() });
}

/**
 * Store a finished call as an attempt, pinned to the scenario text it was played on, and drop its call in
 * progress. The attempt is in memory at once: the debrief never waits on IndexedDB.
 */
export function recordAttempt(claim: CallClaim, key: string, scenario: Scenario, moves: Move[]): Attempt {
  const pin = registry.pinOf(key);
  const hash = pin && pin.scenarioId === scenario.id && pin.version === scenario.version ? pin.hash : null;
  const attempt = progressStore.addAttempt({ key, scenarioId: scenario.id, version: scenario.version, hash, transcript: moves, deadAir: [], finishedAt: Date.now() });
  abandonCall(claim);
  if (hash !== null) void pinSource(key, { scenarioId: scenario.id, version: scenario.version, hash });
  return attempt;
}

/** Keep the source text of a scenario version (once per version), so its attempts can be graded after it changes. */
async function pinSource(key: string, pin: ScenarioPin): Promise<void> {
  const k = pinKey(pin);
  await initStorage();
  if (progressStore.get().pins.has(k)) return;
  const source = await registry.sourceOf(key).catch(() => null);
  if (!source || hashText(source.text) !== pin.hash) return;
  await progressStore.saveSource({ pin: k, file: source.file, text: source.text });
}
