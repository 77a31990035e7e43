import type { Problem, Scenario } from '../../engine/index.ts';

/** What the library shows on a card, known without loading the whole scenario. */
export type ScenarioSummary = Pick<Scenario, 'id' | 'version' | 'locale' | 'title' | 'difficulty' | 'persona'>;

/** One bundled scenario file: playable with its summary and the hash of its text, or broken with its located problems. */
export type BundledEntry =
  | { ok: true; key: string; file: string; hash: string; summary: ScenarioSummary }
  | { ok: false; file: string; problems: Problem[] };

/** A bundled entry as the browser sees it: playable ones can load their scenario, and their source text to pin attempts to. */
export type BundledModuleEntry =
  | (Extract<BundledEntry, { ok: true }> & { load: () => Promise<Scenario>; loadSource: () => Promise<string> })
  | Extract<BundledEntry, { ok: false }>;
