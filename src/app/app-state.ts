import type { Locale } from '../../engine/index.ts';
import { entries } from 'virtual:hardcall/scenario-index';
import { createTranslator, detectLocale, type Translate } from '../i18n/i18n.ts';
import type { LibraryFilter } from '../library/filter.ts';
import { createRegistry, warmUploads } from '../library/registry.ts';
import { openIdbPersistence } from '../storage/idb-persistence.ts';
import { createProgressStore, describeStorageError, type ProgressStore } from '../storage/progress-store.ts';
import {
  browserKeyValue,
  readLocale,
  readOptions,
  readProgressHint,
  writeLocale,
  writeOptions,
  writeProgressHint,
  type CallOptions,
} from '../storage/settings.ts';
import { parseRoute, type Route } from './routes.ts';
import { createStore, useStore } from './store.ts';

export interface AppState {
  locale: Locale;
  route: Route;
  options: CallOptions;
  filter: LibraryFilter;
  /** Why saving failed, shown until dismissed; the app keeps working in memory. */
  storageError: string | null;
  /** The progress store, once IndexedDB has been read (or found unusable). */
  progress: ProgressStore | null;
  /** Bumped whenever stored attempts, progress or opened files change, so views re-read them. */
  dataVersion: number;
}

const kv = browserKeyValue();

export const appStore = createStore<AppState>({
  locale: readLocale(kv) ?? detectLocale(typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]),
  route: parseRoute(typeof location === 'undefined' ? '' : location.hash),
  options: readOptions(kv),
  filter: { locale: 'all', difficulty: 'all' },
  storageError: null,
  progress: null,
  dataVersion: 0,
});

export const registry = createRegistry(entries, () => appStore.get().progress, () => initStorage());

/** Report a storage failure to the user (the first reason is kept until dismissed). */
export function reportStorageError(error: unknown): void {
  console.warn('HardCall storage:', error);
  appStore.set((s) => ({ storageError: s.storageError ?? describeStorageError(error) }));
}

let storage: Promise<ProgressStore> | null = null;

/** Open IndexedDB and load saved progress (once); failures leave a memory-only store and a visible notice. */
export function initStorage(): Promise<ProgressStore> {
  storage ??= createProgressStore(openIdbPersistence, reportStorageError).then((raw) => {
    const store = withProgressHint(raw);
    appStore.set((s) => ({ progress: store, dataVersion: s.dataVersion + 1 }));
    // Opened files are parsed again after a reload; their cards appear once that is done.
    void warmUploads(registry, store).then(touchData);
    return store;
  });
  return storage;
}

/** Keep the synchronous list of calls in progress in step with the store (and repair it on start). */
function withProgressHint(store: ProgressStore): ProgressStore {
  const sync = () => writeProgressHint(kv, store.listProgress().map((p) => p.key));
  sync();
  return {
    ...store,
    saveProgress: (record) => {
      const done = store.saveProgress(record);
      sync();
      return done;
    },
    clearProgress: (key) => {
      const done = store.clearProgress(key);
      sync();
      return done;
    },
  };
}

/** Whether a call may have saved progress to resume (unknown counts as yes): if not, it need not wait for IndexedDB. */
export function mayHaveProgress(key: string): boolean {
  return readProgressHint(kv)?.has(key) ?? true;
}

/** Note that stored data changed so library and debrief views refresh. */
export function touchData(): void {
  appStore.set((s) => ({ dataVersion: s.dataVersion + 1 }));
}

/** Switch the UI language and remember it. */
export function setLocale(locale: Locale): void {
  writeLocale(kv, locale);
  appStore.set({ locale });
}

/** Change call options and remember them. */
export function setOptions(patch: Partial<CallOptions>): void {
  const options = { ...appStore.get().options, ...patch };
  writeOptions(kv, options);
  appStore.set({ options });
}

/** Go to a screen by setting the location hash (the hashchange listener updates the route). */
export function navigate(hash: string): void {
  if (location.hash === hash) appStore.set({ route: parseRoute(hash) });
  else location.hash = hash;
}

/** The translate function for the current UI language. */
export function useT(): Translate {
  const locale = useStore(appStore, (s) => s.locale);
  return getTranslator(locale);
}

const translators = new Map<Locale, Translate>();
function getTranslator(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = createTranslator(locale)));
  return t;
}
