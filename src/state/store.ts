import { useSyncExternalStore } from 'react';

/** Anything that holds a value and says when it changed (a Store, the progress store, the registry). */
export interface Readable<T> {
  get(): T;
  subscribe(listener: () => void): () => void;
}

/** A minimal observable state container (zustand-style): vanilla core, React reads it through `useStore`. */
export interface Store<T> extends Readable<T> {
  set(patch: Partial<T> | ((s: T) => Partial<T>)): void;
}

/** Create a store holding `initial`; `set` merges a patch and notifies subscribers when anything changed. */
export function createStore<T extends object>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      const p = typeof patch === 'function' ? patch(state) : patch;
      const keys = Object.keys(p) as Array<keyof T>;
      if (keys.every((k) => Object.is(state[k], p[k]))) return;
      state = { ...state, ...p };
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Read a slice of a store in a React component; re-renders only when the slice changes. */
export function useStore<T, U>(store: Readable<T>, select: (s: T) => U): U {
  return useSyncExternalStore(store.subscribe, () => select(store.get()), () => select(store.get()));
}
