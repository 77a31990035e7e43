import type { Problem, Scenario } from '../../engine/index.ts';
import type { ProgressStore } from '../storage/progress-store.ts';
import type { ScenarioPin, UploadRecord } from '../storage/records.ts';
import type { BundledModuleEntry, ScenarioSummary } from './bundled-types.ts';
import { hashText } from './hash-text.ts';
import type { Readable } from './store.ts';

/** A card of the library: a bundled scenario or a file the trainer opened. */
export interface LibraryItem {
  key: string;
  source: 'bundled' | 'upload';
  file: string;
  summary: ScenarioSummary;
}

/** What the library lists: playable scenarios and the bundled files that are broken. */
export interface RegistryState {
  items: readonly LibraryItem[];
  broken: ReadonlyArray<{ file: string; problems: Problem[] }>;
}

export const UPLOAD_PREFIX = 'upload:';

/** Where the app finds scenarios by key: the bundled index, then opened files kept in storage. */
export interface ScenarioRegistry {
  /** The library's list; changes when an opened file has been read, added or removed. */
  readonly state: Readable<RegistryState>;
  get(key: string): Promise<Scenario | null>;
  /** Read a trainer's file: a playable scenario stored under a new key, or its located problems. */
  open(bytes: Uint8Array, file: string): Promise<{ ok: true; key: string } | { ok: false; problems: Problem[] }>;
  remove(key: string): Promise<void>;
  /** Which text the scenario under a key is now (null while an opened file is still being read). */
  pinOf(key: string): ScenarioPin | null;
  /** The source text of the scenario under a key now, to pin an attempt to it. */
  sourceOf(key: string): Promise<{ file: string; text: string } | null>;
}

type Parsed = { text: string; hash: string; scenario: Scenario | null };

/**
 * Make the registry over the bundled entries and the progress store's opened files. `storeReady` resolves
 * once the store has been read, which looking up an opened file has to wait for.
 */
export function createRegistry(bundled: readonly BundledModuleEntry[], store: ProgressStore, storeReady: () => Promise<unknown> = async () => {}): ScenarioRegistry {
  const cache = new Map<string, Scenario>();
  const parsed = new Map<string, Parsed>();
  const broken = bundled.flatMap((e) => (e.ok ? [] : [{ file: e.file, problems: e.problems }]));
  const fromBundle: LibraryItem[] = bundled.flatMap((e) => (e.ok ? [{ key: e.key, source: 'bundled' as const, file: e.file, summary: e.summary }] : []));
  const bundledByKey = new Map(bundled.flatMap((e) => (e.ok ? [[e.key, e] as const] : [])));
  const listeners = new Set<() => void>();
  let state: RegistryState = { items: fromBundle, broken };

  function publish() {
    const uploads = [...store.get().uploads.values()].sort((a, b) => a.addedAt - b.addedAt);
    const items = uploads.flatMap((u) => {
      const s = parsed.get(u.key)?.scenario;
      return s && parsed.get(u.key)?.text === u.text ? [{ key: u.key, source: 'upload' as const, file: u.file, summary: summarize(s) }] : [];
    });
    state = { items: [...fromBundle, ...items], broken };
    for (const l of listeners) l();
  }

  async function parseUpload(u: UploadRecord): Promise<Scenario | null> {
    const known = parsed.get(u.key);
    if (known?.text === u.text) return known.scenario;
    // The YAML parser and schema are only needed for opened files, so they load on demand.
    const { loadScenario } = await (await import('../../engine/index.ts')).loadLoaderModule();
    const r = loadScenario(u.text, u.file);
    const scenario = r.ok ? r.value : null;
    parsed.set(u.key, { text: u.text, hash: hashText(u.text), scenario });
    if (scenario) cache.set(u.key, scenario);
    else cache.delete(u.key);
    return scenario;
  }

  // Opened files are read again after a reload (or when another tab opens one); their cards appear then.
  let seen = store.get().uploads;
  store.subscribe(() => {
    const uploads = store.get().uploads;
    if (uploads === seen) return;
    seen = uploads;
    void Promise.all([...uploads.values()].map(parseUpload)).then(publish);
  });

  return {
    state: {
      get: () => state,
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    async get(key) {
      const entry = bundledByKey.get(key);
      if (entry) {
        const hit = cache.get(key) ?? (await entry.load());
        cache.set(key, hit);
        return hit;
      }
      if (!key.startsWith(UPLOAD_PREFIX)) return null;
      await storeReady();
      const upload = store.get().uploads.get(key);
      return upload ? parseUpload(upload) : null;
    },
    async open(bytes, file) {
      const { loadScenarioBytes } = await (await import('../../engine/index.ts')).loadLoaderModule();
      const r = loadScenarioBytes(bytes, file);
      if (!r.ok) return { ok: false, problems: r.problems };
      const key = UPLOAD_PREFIX + r.value.id;
      const text = new TextDecoder().decode(bytes);
      parsed.set(key, { text, hash: hashText(text), scenario: r.value });
      cache.set(key, r.value);
      await store.saveUpload({ key, file, text, addedAt: Date.now() });
      return { ok: true, key };
    },
    async remove(key) {
      cache.delete(key);
      parsed.delete(key);
      await store.deleteUpload(key);
    },
    pinOf(key) {
      const entry = bundledByKey.get(key);
      if (entry) return { scenarioId: entry.summary.id, version: entry.summary.version, hash: entry.hash };
      const p = parsed.get(key);
      return p?.scenario ? { scenarioId: p.scenario.id, version: p.scenario.version, hash: p.hash } : null;
    },
    async sourceOf(key) {
      const entry = bundledByKey.get(key);
      if (entry) return { file: entry.file, text: await entry.loadSource() };
      const u = store.get().uploads.get(key);
      return u ? { file: u.file, text: u.text } : null;
    },
  };
}

function summarize(s: Scenario): ScenarioSummary {
  return { id: s.id, version: s.version, locale: s.locale, title: s.title, difficulty: s.difficulty, persona: s.persona };
}
