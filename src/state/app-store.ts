import type { Locale } from '../../engine/index.ts';
import { detectLocale } from '../i18n/i18n.ts';
import { browserKeyValue, readLocale, readOptions, writeLocale, writeOptions, type CallOptions } from '../storage/settings.ts';
import { describeStorageError, type StorageProblem } from '../storage/storage-error.ts';
import type { LibraryFilter } from './library-filter.ts';
import { parseRoute, type Route } from './routes.ts';
import { createStore } from './store.ts';

/** What the screens share that is not stored data: language, screen, options, filters, the storage notice. */
export interface AppState {
  locale: Locale;
  route: Route;
  options: CallOptions;
  filter: LibraryFilter;
  /** Why saving failed, shown until dismissed; the app keeps working in memory. */
  storageProblem: StorageProblem | null;
}

/** The browser's settings storage (localStorage), or null where blocked. */
export const kv = browserKeyValue();

export const appStore = createStore<AppState>({
  locale: readLocale(kv) ?? detectLocale(typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]),
  route: parseRoute(typeof location === 'undefined' ? '' : location.hash),
  options: readOptions(kv),
  filter: { locale: 'all', difficulty: 'all' },
  storageProblem: null,
});

/** Report a storage failure to the user (the first reason is kept until dismissed). */
export function reportStorageError(error: unknown): void {
  console.warn('HardCall storage:', error);
  appStore.set((s) => ({ storageProblem: s.storageProblem ?? describeStorageError(error) }));
}

/** Hide the storage notice. */
export function dismissStorageProblem(): void {
  appStore.set({ storageProblem: null });
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

/** Change the library filters (kept while the agent visits other screens). */
export function setFilter(patch: Partial<LibraryFilter>): void {
  appStore.set((s) => ({ filter: { ...s.filter, ...patch } }));
}

/** Go to a screen by setting the location hash (the hashchange listener updates the route). */
export function navigate(hash: string): void {
  if (location.hash === hash) appStore.set({ route: parseRoute(hash) });
  else location.hash = hash;
}

/** Follow the location hash (called once by the app's entry point). */
export function followLocation(): void {
  window.addEventListener('hashchange', () => appStore.set({ route: parseRoute(location.hash) }));
}
