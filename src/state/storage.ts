import { entries } from 'virtual:hardcall/scenario-index';
import { openCrossTab } from '../storage/cross-tab.ts';
import { openIdbPersistence } from '../storage/idb-persistence.ts';
import { createProgressStore, type StoredData } from '../storage/progress-store.ts';
import { writeProgressHint } from '../storage/settings.ts';
import { kv, reportStorageError } from './app-store.ts';
import { createRegistry } from './registry.ts';
import { createResults, type RegradeEngine } from './results.ts';

/** How long IndexedDB may take to answer before the app says so and goes on in memory. */
export const STORAGE_TIMEOUT_MS = 4000;

/** Every stored record of this browser, in memory; screens subscribe to it. */
export const progressStore = createProgressStore({
  open: openIdbPersistence,
  onError: reportStorageError,
  crossTab: openCrossTab('hardcall'),
  timeoutMs: STORAGE_TIMEOUT_MS,
});

/** The scenarios the app can play: the bundled ones, the files opened in this browser, and sources the shell adds. */
export const registry = createRegistry(entries, progressStore, () => initStorage());

/** Stored attempts graded again by the engine: every score the app shows comes from here. */
export const results = createResults(progressStore, registry, loadRegradeEngine);

/** Open IndexedDB and read everything saved (once); failures and timeouts leave a memory-only store and a notice. */
export function initStorage(): Promise<void> {
  return progressStore.load();
}

// The synchronous list of scenarios with calls in progress follows the store (and is repaired on start).
let hinted: StoredData['calls'] | null = null;
progressStore.subscribe(() => {
  const { ready, persistent, calls } = progressStore.get();
  if (!ready || !persistent || calls === hinted) return;
  hinted = calls;
  writeProgressHint(kv, [...calls.values()].map((c) => c.key));
});

let engine: Promise<RegradeEngine> | null = null;
function loadRegradeEngine(): Promise<RegradeEngine> {
  engine ??= import('../../engine/index.ts').then(async (e) => {
    const { gradePath } = await e.loadGradeModule();
    return { gradePath, loadScenario: async (text, file) => (await e.loadLoaderModule()).loadScenario(text, file) };
  });
  return engine;
}
