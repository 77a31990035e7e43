import type { Move, Scenario } from '../../engine/index.ts';

/** The best-scoring path of a scenario, as the debrief compares against it. */
export interface BestPath {
  choices: Move[];
  score: number;
}

const cache = new WeakMap<Scenario, Promise<BestPath>>();

/** Find the best path with the path analysis, loaded on demand (it is not needed to browse or play). */
export function loadBestPath(scenario: Scenario): Promise<BestPath> {
  let p = cache.get(scenario);
  if (!p) {
    p = import('../../engine/index.ts').then((e) => e.loadAnalysisModule()).then(({ analyzeScenario }) => {
      const a = analyzeScenario(scenario);
      return { choices: [...a.best.choices], score: a.best.score };
    });
    cache.set(scenario, p);
  }
  return p;
}
