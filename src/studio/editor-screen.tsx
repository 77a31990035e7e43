import { useEffect, useState } from 'react';
import { formatRoute } from '../state/routes.ts';
import { useStore } from '../state/store.ts';
import { ProblemList } from '../library/problem-list.tsx';
import type { StudioMessageKey } from '../i18n/studio-i18n.ts';
import { ChoiceForm } from './choice-form.tsx';
import { CodeView } from './code-view.tsx';
import { canSaveBack, download, saveAs, writeHandle } from './file-access.ts';
import { GraphView } from './graph-view.tsx';
import { NodeForm } from './node-form.tsx';
import { ScenarioForm } from './scenario-form.tsx';
import { AnalysisSummary, ProblemsPanel } from './side-panels.tsx';
import { getDraftStore, getSession, useStudioT } from './studio-context.ts';
import type { StudioSession } from './studio-session.ts';

/** The editor of one draft: it loads the draft's session (kept across visits), then shows graph, form or YAML, problems and analysis. */
export function EditorScreen({ draftId }: { draftId: string }) {
  const t = useStudioT();
  const [session, setSession] = useState<StudioSession | null | 'missing'>(null);
  useEffect(() => {
    let live = true;
    getSession(draftId).then(
      (s) => live && setSession(s ?? 'missing'),
      () => live && setSession('missing'),
    );
    return () => {
      live = false;
    };
  }, [draftId]);
  if (session === null) return <p role="status">{t('loadingEditor')}</p>;
  if (session === 'missing') {
    return (
      <div>
        <h1>{t('studioTitle')}</h1>
        <p role="alert">{t('missingDraft', { id: draftId })}</p>
        <a href={formatRoute({ name: 'studio' })}>{t('backToDrafts')}</a>
      </div>
    );
  }
  return <Editor session={session} />;
}

function Editor({ session }: { session: StudioSession }) {
  const t = useStudioT();
  const draft = useStore(session.store, (s) => s.draft);
  const view = useStore(session.store, (s) => s.view);
  useEffect(() => {
    document.title = `${draft.name} · ${t('studioTitle')}`;
  }, [draft.name, t]);
  const onKey = (e: React.KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || (e.target as HTMLElement).closest('.cm-editor, input, textarea')) return;
    const k = e.key.toLowerCase();
    if (k === 'z' && !e.shiftKey) (e.preventDefault(), session.undo());
    else if (k === 'y' || (k === 'z' && e.shiftKey)) (e.preventDefault(), session.redo());
  };
  return (
    <div className="studio-editor" onKeyDown={onKey}>
      <EditorToolbar session={session} />
      <ImportNotes session={session} />
      <div className="studio-main">
        <GraphView session={session} />
        <section className="studio-side" aria-label={t('editorViews')}>
          <div role="tablist" aria-label={t('editorViews')} className="tabs">
            {(['form', 'code'] as const).map((v) => (
              <button key={v} type="button" role="tab" id={`tab-${v}`} aria-selected={view === v} aria-controls="studio-tabpanel" tabIndex={view === v ? 0 : -1} onClick={() => session.setView(v)} onKeyDown={(e) => (e.key === 'ArrowRight' || e.key === 'ArrowLeft') && session.setView(v === 'form' ? 'code' : 'form')}>
                {t(v === 'form' ? 'tabForm' : 'tabCode')}
              </button>
            ))}
          </div>
          <div role="tabpanel" id="studio-tabpanel" aria-labelledby={`tab-${view}`} className="tabpanel">
            {view === 'form' ? <FormPanel session={session} /> : <CodeView session={session} />}
          </div>
        </section>
      </div>
      <div className="studio-bottom">
        <ProblemsPanel session={session} />
        <AnalysisSummary session={session} />
      </div>
    </div>
  );
}

function FormPanel({ session }: { session: StudioSession }) {
  const t = useStudioT();
  const data = useStore(session.store, (s) => s.data);
  const selection = useStore(session.store, (s) => s.selection);
  const draftId = useStore(session.store, (s) => s.draft.id);
  if (data === null || typeof data !== 'object') return <p role="alert">{t('yamlBroken')}</p>;
  if (selection?.kind === 'node') return <NodeForm key={selection.id} session={session} data={data} id={selection.id} draftId={draftId} />;
  if (selection?.kind === 'choice') return <ChoiceForm key={`${selection.nodeId}/${selection.index}`} session={session} data={data} nodeId={selection.nodeId} index={selection.index} />;
  return <ScenarioForm session={session} data={data} />;
}

function EditorToolbar({ session }: { session: StudioSession }) {
  const t = useStudioT();
  const history = useStore(session.store, (s) => s.history);
  const save = useStore(session.store, (s) => s.save);
  const draft = useStore(session.store, (s) => s.draft);
  const [fileNote, setFileNote] = useState<string | null>(null);
  const lastLabel = history.present.label;
  const nextLabel = history.future[0]?.label;
  const fileName = draft.fileName?.replace(/\.(json|yml)$/, '.yaml') ?? `${draft.name.replace(/[\\/:*?"<>|]+/g, '-')}.yaml`;
  const saveFile = async () => {
    try {
      await session.flush();
      const handle = draft.handle ?? (await saveAs(session.text(), fileName));
      if (!handle) return;
      if (draft.handle) await writeHandle(handle, session.text());
      if (!draft.handle) {
        const next = { ...session.store.get().draft, handle, fileName: handle.name };
        session.store.set({ draft: next });
        await (await getDraftStore()).put(next);
      }
      setFileNote(t('savedToFile', { name: handle.name }));
    } catch (e) {
      setFileNote(t('saveFileFailed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };
  const saveKey: StudioMessageKey = save === 'saved' ? 'saveSaved' : save === 'saving' ? 'saveSaving' : 'saveFailed';
  return (
    <div className="studio-toolbar">
      <a href={formatRoute({ name: 'studio' })}>{t('backToDrafts')}</a>
      <h1>{draft.name}</h1>
      <button type="button" onClick={() => session.undo()} disabled={history.past.length === 0} aria-label={history.past.length > 0 ? t('undoWhat', { what: t(`edit_${lastLabel}` as StudioMessageKey) }) : t('undo')}>
        {t('undo')}
      </button>
      <button type="button" onClick={() => session.redo()} disabled={!nextLabel} aria-label={nextLabel ? t('redoWhat', { what: t(`edit_${nextLabel}` as StudioMessageKey) }) : t('redo')}>
        {t('redo')}
      </button>
      <span role="status" className={`save-state save-${save}`}>
        {t(saveKey)}
      </span>
      <button type="button" onClick={() => download(session.text(), fileName)}>
        {t('download')}
      </button>
      {(draft.handle || canSaveBack()) && (
        <button type="button" onClick={() => void saveFile()}>
          {t('saveToFile')}
        </button>
      )}
      {fileNote && <span role="status">{fileNote}</span>}
    </div>
  );
}

function ImportNotes({ session }: { session: StudioSession }) {
  const t = useStudioT();
  const imported = useStore(session.store, (s) => s.draft.imported);
  if (!imported || imported.length === 0) return null;
  return (
    <details className="import-notes" open>
      <summary>{t('importProblems')}</summary>
      <ProblemList problems={imported} />
    </details>
  );
}
