import type { Problem, Scenario } from '../../engine/index.ts';

/** What the library shows on a card, known without loading the whole scenario. */
export type ScenarioSummary = Pick<Scenario, 'id' | 'version' | 'locale' | 'title' | 'difficulty' | 'persona'>;

/** One bundled scenario file: playable with its summary, or broken with its located problems. */
export type BundledEntry =
  | { ok: true; key: string; file: string; summary: ScenarioSummary }
  | { ok: false; file: string; problems: Problem[] };

/** A bundled entry as the browser sees it: playable ones can load their scenario. */
export type BundledModuleEntry =
  | (Extract<BundledEntry, { ok: true }> & { load: () => Promise<Scenario> })
  | Extract<BundledEntry, { ok: false }>;
