import type { Locale, Persona, Problem, Scenario } from '../../engine/types.ts';

/** What the library shows on a card, known without loading the whole scenario. */
export interface ScenarioSummary {
  id: string;
  version: number;
  locale: Locale;
  title: string;
  difficulty: 1 | 2 | 3;
  persona: Persona;
}

/** One bundled scenario file: playable with its summary, or broken with its located problems. */
export type BundledEntry =
  | { ok: true; key: string; file: string; summary: ScenarioSummary }
  | { ok: false; file: string; problems: Problem[] };

/** A bundled entry as the browser sees it: playable ones can load their scenario. */
export type BundledModuleEntry =
  | (Extract<BundledEntry, { ok: true }> & { load: () => Promise<Scenario> })
  | Extract<BundledEntry, { ok: false }>;
