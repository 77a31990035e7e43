// Undo and redo over whole texts: every edit, from any view (form, graph, code), is one entry, so undo
// works the same whichever view made the change and whichever view is open when it is undone.

/** One state of the document and what made it. */
export interface HistoryEntry {
  text: string;
  /** What the edit did, for the undo button's name (a message key of the studio). */
  label: string;
  /** Typing in the code view groups into one entry while it goes on. */
  group: string | null;
  at: number;
}

export interface History {
  past: readonly HistoryEntry[];
  present: HistoryEntry;
  future: readonly HistoryEntry[];
}

/** Entries kept behind the present; older ones are dropped (a whole text each, so memory stays bounded). */
export const HISTORY_LIMIT = 200;
/** Keystrokes closer together than this in the same group make one undo step. */
export const GROUP_WINDOW_MS = 1500;

/** Start a history at a text. */
export function startHistory(text: string, now: number): History {
  return { past: [], present: { text, label: 'opened', group: null, at: now }, future: [] };
}

/** Record an edit; an edit in the same group as the last one, soon after it, replaces it instead. */
export function recordEdit(h: History, text: string, label: string, now: number, group: string | null = null): History {
  if (text === h.present.text) return h;
  const entry = { text, label, group, at: now };
  if (group !== null && h.present.group === group && now - h.present.at < GROUP_WINDOW_MS && h.past.length > 0) {
    return { past: h.past, present: entry, future: [] };
  }
  const past = [...h.past, h.present];
  return { past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, present: entry, future: [] };
}

/** Step back one edit (unchanged when there is none). */
export function undo(h: History): History {
  const prev = h.past[h.past.length - 1];
  if (!prev) return h;
  return { past: h.past.slice(0, -1), present: { ...prev, group: null }, future: [h.present, ...h.future] };
}

/** Step forward one undone edit (unchanged when there is none). */
export function redo(h: History): History {
  const next = h.future[0];
  if (!next) return h;
  return { past: [...h.past, h.present], present: { ...next, group: null }, future: h.future.slice(1) };
}
