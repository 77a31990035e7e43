import type { Problem } from '../../engine/index.ts';
import { createStore, type Store } from '../state/store.ts';
import type { Draft, DraftStore } from './draft-store.ts';
import { reuseUnchanged, type GraphModel } from './graph-model.ts';
import { recordEdit, redo, startHistory, undo, type History } from './history.ts';
import type { Layout } from './layout.ts';
import { createStudioWorkers, type SpawnWorker, type StudioWorkers } from './worker-client.ts';
import type { AnalysisView, CheckResult } from './worker-protocol.ts';

export type Selection = { kind: 'node'; id: string } | { kind: 'choice'; nodeId: string; index: number } | null;

/** Everything the studio shows for one open draft. */
export interface StudioState {
  draft: Draft;
  history: History;
  /** The last check's parsed data; null while the YAML does not parse. */
  data: unknown;
  model: GraphModel | null;
  layout: Layout | null;
  problems: Problem[];
  loads: boolean;
  flags: Map<string, string[]>;
  analysis: AnalysisView | null;
  /** True from an edit until the analysis of the new text arrives. */
  analysing: boolean;
  selection: Selection;
  view: 'form' | 'code';
  save: 'saved' | 'saving' | 'failed';
  /** Milliseconds the last check took in the worker (bench figure). */
  checkMs: number;
}

/** One open draft: its state, its history and its background checks. */
export interface StudioSession {
  store: Store<StudioState>;
  text(): string;
  /** Replace the text as one edit named `label`; `group` merges quick typing into one undo step. */
  apply(text: string, label: string, group?: string): void;
  undo(): void;
  redo(): void;
  select(selection: Selection): void;
  setView(view: 'form' | 'code'): void;
  workers: StudioWorkers;
  /** Settle once every change so far is saved (before the draft is read back, e.g. to play it). */
  flush(): Promise<void>;
  dispose(): void;
}

/** Injected outside effects, so the session is testable without a browser clock or workers. */
export interface SessionDeps {
  drafts: DraftStore;
  now: () => number;
  spawn?: SpawnWorker;
}

function nameOf(data: unknown, draft: Draft): string {
  const title = data && typeof data === 'object' && 'title' in data ? (data as { title?: unknown }).title : undefined;
  return typeof title === 'string' && title.trim() ? title.trim() : (draft.fileName ?? draft.name);
}

// A check runs after every keystroke; what it finds is mostly what it found last time. Keeping the old
// objects then spares the problem list, the code view's diagnostics and the graph a render.
function sameProblems(a: readonly Problem[], b: readonly Problem[]): boolean {
  return a.length === b.length && a.every((p, i) => {
    const q = b[i]!;
    return p.code === q.code && p.line === q.line && p.column === q.column && p.severity === q.severity && JSON.stringify(p.params) === JSON.stringify(q.params);
  });
}

function stableFlags(prev: Map<string, string[]>, found: CheckResult['flags']): Map<string, string[]> {
  const next = new Map<string, string[]>();
  for (const f of found) next.set(f.nodeId, [...(next.get(f.nodeId) ?? []), f.code]);
  let same = next.size === prev.size;
  for (const [id, codes] of next) {
    const old = prev.get(id);
    if (old && old.length === codes.length && old.every((c, i) => c === codes[i])) next.set(id, old);
    else same = false;
  }
  return same ? prev : next;
}

function initialState(draft: Draft, now: number): StudioState {
  return {
    draft,
    history: startHistory(draft.text, now),
    data: null,
    model: null,
    layout: null,
    problems: [],
    loads: false,
    flags: new Map(),
    analysis: null,
    analysing: true,
    selection: null,
    view: 'form',
    save: 'saved',
    checkMs: 0,
  };
}

/** Open a draft for editing: check and analyse it now and after every change, and save every change. */
export function openSession(draft: Draft, deps: SessionDeps): StudioSession {
  const store = createStore<StudioState>(initialState(draft, deps.now()));
  const onCheck = (r: CheckResult) => {
    // The list of drafts names a draft by its title, which only a check of the new text knows.
    const name = nameOf(r.data, store.get().draft);
    if (name !== store.get().draft.name) {
      store.set((s) => ({ draft: { ...s.draft, name } }));
      persist();
    }
    store.set((s) => ({
      data: r.data,
      model: reuseUnchanged(s.model, r.model),
      layout: r.layout ?? s.layout,
      problems: sameProblems(s.problems, r.problems) ? s.problems : r.problems,
      loads: r.loads,
      flags: stableFlags(s.flags, r.flags),
      checkMs: r.ms,
    }));
  };
  const workers = createStudioWorkers(onCheck, (analysis) => store.set({ analysis, analysing: false }), deps.spawn);
  let saving: Promise<void> = Promise.resolve();

  function persist() {
    const s = store.get();
    const next: Draft = { ...s.draft, text: s.history.present.text, updatedAt: deps.now() };
    store.set({ draft: next, save: 'saving' });
    saving = saving.then(() =>
      deps.drafts.put(next).then(
        () => {
          if (store.get().draft === next) store.set({ save: 'saved' });
        },
        () => store.set({ save: 'failed' }),
      ),
    );
  }

  function changed(history: History) {
    store.set({ history, analysing: true });
    const text = history.present.text;
    workers.check(text);
    workers.analyze(text);
    persist();
  }

  workers.check(draft.text);
  workers.analyze(draft.text);
  return {
    store,
    workers,
    text: () => store.get().history.present.text,
    apply(text, label, group) {
      const h = store.get().history;
      const next = recordEdit(h, text, label, deps.now(), group ?? null);
      if (next !== h) changed(next);
    },
    undo: () => {
      const h = store.get().history;
      if (h.past.length > 0) changed(undo(h));
    },
    redo: () => {
      const h = store.get().history;
      if (h.future.length > 0) changed(redo(h));
    },
    select: (selection) => store.set({ selection }),
    setView: (view) => store.set({ view }),
    flush: () => saving,
    dispose: () => workers.dispose(),
  };
}
