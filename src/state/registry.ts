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

/** Opened files as scenarios: each stored file read once per text, again when storage changes (a reload, another tab). */
function createOpenedFiles(store: ProgressStore, onRead: () => void) {
  const parsed = new Map<string, Parsed>();
  async function read(u: UploadRecord): Promise<Scenario | null> {
    const known = parsed.get(u.key);
    if (known?.text === u.text) return known.scenario;
    // The YAML parser and schema are only needed for opened files, so they load on demand.
    const { loadScenario } = await (await import('../../engine/index.ts')).loadLoaderModule();
    const r = loadScenario(u.text, u.file);
    const scenario = r.ok ? r.value : null;
    parsed.set(u.key, { text: u.text, hash: hashText(u.text), scenario });
    return scenario;
  }
  let seen = store.get().uploads;
  store.subscribe(() => {
    const uploads = store.get().uploads;
    if (uploads === seen) return;
    seen = uploads;
    void Promise.all([...uploads.values()].map(read)).then(onRead);
  });
  return {
    read,
    remember: (key: string, text: string, scenario: Scenario) => void parsed.set(key, { text, hash: hashText(text), scenario }),
    forget: (key: string) => void parsed.delete(key),
    items: (): LibraryItem[] =>
      [...store.get().uploads.values()]
        .sort((a, b) => a.addedAt - b.addedAt)
        .flatMap((u) => {
          const p = parsed.get(u.key);
          return p?.scenario && p.text === u.text ? [{ key: u.key, source: 'upload' as const, file: u.file, summary: summarize(p.scenario) }] : [];
        }),
    pinOf(key: string): ScenarioPin | null {
      const p = parsed.get(key);
      return p?.scenario ? { scenarioId: p.scenario.id, version: p.scenario.version, hash: p.hash } : null;
    },
  };
}

/** Scenarios made elsewhere in the app (the studio's "play from here"), found by a key prefix. */
export interface ScenarioSource {
  prefix: string;
  get(key: string): Promise<Scenario | null>;
}

/**
 * Make the registry over the bundled entries and the progress store's opened files. `storeReady` resolves
 * once the store has been read, which looking up an opened file has to wait for.
 */
export function createRegistry(
  bundled: readonly BundledModuleEntry[],
  store: ProgressStore,
  storeReady: () => Promise<unknown> = async () => {},
  initialSources: readonly ScenarioSource[] = [],
): ScenarioRegistry & { addSource(source: ScenarioSource): void } {
  const sources = [...initialSources];
  const cache = new Map<string, Scenario>();
  const broken = bundled.flatMap((e) => (e.ok ? [] : [{ file: e.file, problems: e.problems }]));
  const fromBundle: LibraryItem[] = bundled.flatMap((e) => (e.ok ? [{ key: e.key, source: 'bundled' as const, file: e.file, summary: e.summary }] : []));
  const bundledByKey = new Map(bundled.flatMap((e) => (e.ok ? [[e.key, e] as const] : [])));
  const listeners = new Set<() => void>();
  let state: RegistryState = { items: fromBundle, broken };
  const opened = createOpenedFiles(store, () => {
    state = { items: [...fromBundle, ...opened.items()], broken };
    for (const l of listeners) l();
  });

  return {
    addSource: (source) => void sources.push(source),
    state: {
      get: () => state,
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    async get(key) {
      // Drafts change while the trainer works, so a source's scenario is read fresh each time.
      const source = sources.find((src) => key.startsWith(src.prefix));
      if (source) return source.get(key);
      const entry = bundledByKey.get(key);
      if (entry) {
        const hit = cache.get(key) ?? (await entry.load());
        cache.set(key, hit);
        return hit;
      }
      if (!key.startsWith(UPLOAD_PREFIX)) return null;
      await storeReady();
      const upload = store.get().uploads.get(key);
      return upload ? opened.read(upload) : null;
    },
    async open(bytes, file) {
      const { loadScenarioBytes } = await (await import('../../engine/index.ts')).loadLoaderModule();
      const r = loadScenarioBytes(bytes, file);
      if (!r.ok) return { ok: false, problems: r.problems };
      const key = UPLOAD_PREFIX + r.value.id;
      const text = new TextDecoder().decode(bytes);
      opened.remember(key, text, r.value);
      await store.saveUpload({ key, file, text, addedAt: Date.now() });
      return { ok: true, key };
    },
    async remove(key) {
      opened.forget(key);
      await store.deleteUpload(key);
    },
    pinOf(key) {
      const entry = bundledByKey.get(key);
      return entry ? { scenarioId: entry.summary.id, version: entry.summary.version, hash: entry.hash } : opened.pinOf(key);
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
