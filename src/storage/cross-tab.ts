import type { StoreName } from './records.ts';

/** What one tab tells the others: which object store it wrote. */
export interface CrossTabMessage {
  store: StoreName;
}

/** A channel between the tabs of one origin. */
export interface CrossTab {
  post(message: CrossTabMessage): void;
  subscribe(listener: (message: CrossTabMessage) => void): () => void;
  close(): void;
}

const STORES: ReadonlySet<string> = new Set(['calls', 'attempts', 'uploads', 'sources']);

/** Open a BroadcastChannel as a CrossTab; null where the browser has none (then tabs learn on reload). */
export function openCrossTab(name: string): CrossTab | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  const listeners = new Set<(m: CrossTabMessage) => void>();
  channel.onmessage = (e: MessageEvent<unknown>) => {
    const data = e.data as { store?: unknown } | null;
    if (typeof data?.store !== 'string' || !STORES.has(data.store)) return;
    const message = { store: data.store as StoreName };
    for (const l of listeners) l(message);
  };
  return {
    post: (message) => channel.postMessage(message),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => channel.close(),
  };
}
