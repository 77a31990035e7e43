import type { Problem, Scenario } from '../../engine/index.ts';
import type { ProgressStore } from '../storage/progress-store.ts';
import type { BundledModuleEntry, ScenarioSummary } from './bundled-types.ts';

/** A card of the library: a bundled scenario or a file the trainer opened. */
export interface LibraryItem {
  key: string;
  source: 'bundled' | 'upload';
  file: string;
  summary: ScenarioSummary;
}

export const UPLOAD_PREFIX = 'upload:';

/** Where the app finds scenarios by key: the bundled index, then opened files kept in storage. */
export interface ScenarioRegistry {
  items(): LibraryItem[];
  broken(): Array<{ file: string; problems: Problem[] }>;
  get(key: string): Promise<Scenario | null>;
  /** Read a trainer's file: a playable scenario stored under a new key, or its located problems. */
  open(bytes: Uint8Array, file: string): Promise<{ ok: true; key: string } | { ok: false; problems: Problem[] }>;
  remove(key: string): Promise<void>;
}

/**
 * Make the registry over the bundled entries and the progress store's opened files; `storeReady` resolves
 * once the store has been read, which looking up an opened file has to wait for.
 */
export function createRegistry(
  bundled: readonly BundledModuleEntry[],
  store: () => ProgressStore | null,
  storeReady: () => Promise<unknown> = async () => {},
): ScenarioRegistry {
  const cache = new Map<string, Scenario>();
  const memoryUploads = new Map<string, { file: string; text: string }>();

  function uploads(): Array<{ key: string; file: string; text: string }> {
    const stored = store()?.listUploads() ?? [];
    const keys = new Set(stored.map((u) => u.key));
    return [...stored, ...[...memoryUploads].filter(([k]) => !keys.has(k)).map(([key, v]) => ({ key, ...v }))];
  }

  async function loadText(text: string, file: string): Promise<{ ok: true; value: Scenario } | { ok: false; problems: Problem[] }> {
    // The YAML parser and schema are only needed for opened files, so they load on demand.
    const { loadScenario } = await (await import('../../engine/index.ts')).loadLoaderModule();
    const r = loadScenario(text, file);
    return r.ok ? { ok: true, value: r.value } : r;
  }

  return {
    items() {
      const fromBundle: LibraryItem[] = bundled.flatMap((e) => (e.ok ? [{ key: e.key, source: 'bundled' as const, file: e.file, summary: e.summary }] : []));
      const fromUploads: LibraryItem[] = uploads().flatMap((u) => {
        const s = cache.get(u.key);
        return s ? [{ key: u.key, source: 'upload' as const, file: u.file, summary: summarize(s) }] : [];
      });
      return [...fromBundle, ...fromUploads];
    },
    broken: () => bundled.flatMap((e) => (e.ok ? [] : [{ file: e.file, problems: e.problems }])),
    async get(key) {
      const hit = cache.get(key);
      if (hit) return hit;
      const entry = bundled.find((e) => e.ok && e.key === key);
      if (entry?.ok) {
        const s = await entry.load();
        cache.set(key, s);
        return s;
      }
      await storeReady();
      const upload = uploads().find((u) => u.key === key);
      if (!upload) return null;
      const r = await loadText(upload.text, upload.file);
      if (!r.ok) return null;
      cache.set(key, r.value);
      return r.value;
    },
    async open(bytes, file) {
      const { loadScenarioBytes } = await (await import('../../engine/index.ts')).loadLoaderModule();
      const r = loadScenarioBytes(bytes, file);
      if (!r.ok) return { ok: false, problems: r.problems };
      const key = UPLOAD_PREFIX + r.value.id;
      cache.set(key, r.value);
      const text = new TextDecoder().decode(bytes);
      memoryUploads.set(key, { file, text });
      await store()?.saveUpload({ key, file, text, addedAt: Date.now() });
      return { ok: true, key };
    },
    async remove(key) {
      cache.delete(key);
      memoryUploads.delete(key);
      await store()?.deleteUpload(key);
    },
  };
}

/** Load the opened files' scenarios into the cache so their cards can show. */
export async function warmUploads(registry: ScenarioRegistry, store: ProgressStore): Promise<void> {
  await Promise.all(store.listUploads().map((u) => registry.get(u.key)));
}

function summarize(s: Scenario): ScenarioSummary {
  return { id: s.id, version: s.version, locale: s.locale, title: s.title, difficulty: s.difficulty, persona: s.persona };
}
