import { registry } from '../state/storage.ts';

/**
 * Connect the screens that make scenarios to the registry (the shell does it, so src/state never imports a
 * screen): a studio draft played from a node is resolved by the studio's own lazily loaded module.
 */
export function connectScenarioSources(): void {
  registry.addSource({ prefix: 'studio:', get: async (key) => (await import('../studio/practice.ts')).practiceScenario(key) });
}
