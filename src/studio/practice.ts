// The loader is reached through its lazy loader, never a dynamic import of engine/index.ts: that would make
// the bundler keep every engine export in the player's first chunk.
import { loadLoaderModule, type Scenario } from '../../engine/index.ts';
import { openDraftStore, type DraftStore } from './draft-store.ts';

// "Play from here": a draft played from any node with a chosen starting anger. The call, grading and
// debrief all use one derived scenario (start and starting mood replaced), so they agree with each other.

const PREFIX = 'studio:';
let store: Promise<DraftStore> | null = null;

/** The library key that plays a draft from a node at a mood. */
export function practiceKey(draftId: string, nodeId: string, mood: number): string {
  return `${PREFIX}${draftId}:${nodeId}:${Math.round(mood)}`;
}

/** Read a practice key back; null when it is not one. */
export function parsePracticeKey(key: string): { draftId: string; nodeId: string; mood: number } | null {
  const m = /^studio:([^:]+):([A-Za-z0-9_][A-Za-z0-9_-]*):(\d{1,3})$/.exec(key);
  if (!m) return null;
  const mood = Number(m[3]);
  return mood <= 100 ? { draftId: m[1]!, nodeId: m[2]!, mood } : null;
}

/** Start a loaded scenario at another node and mood. */
export function startingAt(scenario: Scenario, nodeId: string, mood: number): Scenario | null {
  if (!Object.hasOwn(scenario.nodes, nodeId)) return null;
  return { ...scenario, start: nodeId, persona: { ...scenario.persona, mood } };
}

/** The scenario a practice key names: the draft as last saved, started at the node and mood. */
export async function practiceScenario(key: string): Promise<Scenario | null> {
  const parsed = parsePracticeKey(key);
  if (!parsed) return null;
  store ??= openDraftStore();
  const draft = await (await store).get(parsed.draftId);
  if (!draft) return null;
  const { loadScenario } = await loadLoaderModule();
  const loaded = loadScenario(draft.text, draft.fileName ?? 'draft.yaml');
  return loaded.ok ? startingAt(loaded.value, parsed.nodeId, parsed.mood) : null;
}
