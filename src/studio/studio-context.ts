import { appStore } from '../state/app-store.ts';
import { useStore } from '../state/store.ts';
import { createStudioTranslator, type StudioTranslate } from '../i18n/studio-i18n.ts';
import type { Locale, Problem } from '../../engine/index.ts';
import { newDraftId, openDraftStore, type Draft, type DraftStore } from './draft-store.ts';
import { openSession, type StudioSession } from './studio-session.ts';

// The studio's shared pieces: one drafts database, one session per open draft (kept while the app runs, so
// undo history survives leaving the editor and coming back), and the translator.

let drafts: Promise<DraftStore> | null = null;
const sessions = new Map<string, StudioSession>();

/** Open the drafts database once. */
export function getDraftStore(): Promise<DraftStore> {
  drafts ??= openDraftStore();
  return drafts;
}

/** The session of a draft, opening it on first use; null when there is no such draft. */
export async function getSession(id: string): Promise<StudioSession | null> {
  const open = sessions.get(id);
  if (open) return open;
  const store = await getDraftStore();
  const draft = await store.get(id);
  if (!draft) return null;
  const again = sessions.get(id);
  if (again) return again;
  const session = openSession(draft, { drafts: store, now: () => Date.now() });
  sessions.set(id, session);
  return session;
}

/** Close a draft's session (after it was deleted). */
export function closeSession(id: string): void {
  sessions.get(id)?.dispose();
  sessions.delete(id);
}

/** Save a new draft and return its id. */
export async function createDraft(fields: Pick<Draft, 'text' | 'name' | 'fileName' | 'handle'> & { imported?: Problem[] }): Promise<string> {
  const id = newDraftId(Date.now(), Math.random());
  const draft: Draft = { id, updatedAt: Date.now(), ...fields };
  await (await getDraftStore()).put(draft);
  return id;
}

const translators = new Map<Locale, StudioTranslate>();

/** The studio's translate function for the current UI language. */
export function useStudioT(): StudioTranslate {
  const locale = useStore(appStore, (s) => s.locale);
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = createStudioTranslator(locale)));
  return t;
}
