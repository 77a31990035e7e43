import { useEffect, useRef, useState } from 'react';
import { loadImportModule, LOCALES, type Locale, type Problem } from '../../engine/index.ts';
import { appStore, navigate } from '../state/app-store.ts';
import { formatRoute } from '../state/routes.ts';
import { useStore } from '../state/store.ts';
import { LOCALE_NATIVE_NAMES } from '../i18n/i18n.ts';
import { ProblemList } from '../library/problem-list.tsx';
import type { Draft } from './draft-store.ts';
import { pickFile, readInputFile, type OpenedFile } from './file-access.ts';
import { newScenarioText } from './new-scenario.ts';
import { closeSession, createDraft, getDraftStore, useStudioT } from './studio-context.ts';

/** The studio's first screen: the drafts kept in this browser, and the ways to start a new one. */
export function DraftsView() {
  const t = useStudioT();
  const uiLocale = useStore(appStore, (s) => s.locale);
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const refresh = () =>
    getDraftStore().then(
      (s) => s.list().then(setDrafts),
      (e: unknown) => setFailure(e instanceof Error ? e.message : String(e)),
    );
  useEffect(() => {
    document.title = `${t('studioTitle')} · HardCall`;
    void refresh();
  }, [t]);
  const remove = async (d: Draft) => {
    if (!window.confirm(t('confirmDeleteDraft', { name: d.name }))) return;
    closeSession(d.id);
    await (await getDraftStore()).remove(d.id);
    void refresh();
  };
  return (
    <div className="studio-home">
      <h1>{t('studioTitle')}</h1>
      {failure && <p role="alert">{t('draftsUnavailable', { reason: failure })}</p>}
      <StartActions />
      <h2>{t('draftsHeading')}</h2>
      {drafts && drafts.length === 0 && <p>{t('noDrafts')}</p>}
      <ul className="draft-list">
        {drafts?.map((d) => (
          <li key={d.id}>
            <a href={formatRoute({ name: 'studio-draft', draft: d.id })} aria-label={t('openDraft', { name: d.name })}>
              {d.name}
            </a>{' '}
            <span className="muted">{t('updatedAt', { time: new Date(d.updatedAt).toLocaleString(uiLocale) })}</span>{' '}
            <button type="button" onClick={() => void remove(d)} aria-label={t('deleteDraft', { name: d.name })}>
              ✕
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

const openDraft = async (draftId: Promise<string>) => navigate(formatRoute({ name: 'studio-draft', draft: await draftId }));

/** New scenario (in a chosen language), open a scenario file, or import a Twine story. */
function StartActions() {
  const t = useStudioT();
  const uiLocale = useStore(appStore, (s) => s.locale);
  const [locale, setLocale] = useState<Locale>(uiLocale);
  const [importFailure, setImportFailure] = useState<Problem[] | null>(null);
  const openInput = useRef<HTMLInputElement>(null);
  const startNew = () => {
    const stamp = Date.now().toString(36);
    void openDraft(createDraft({ text: newScenarioText(locale, `scenario-${stamp}`), name: t('newScenario'), fileName: null, handle: null }));
  };
  const openFile = async (file: OpenedFile | null) => file && void openDraft(createDraft({ text: file.text, name: file.name, fileName: file.name, handle: file.handle }));
  const onOpen = async () => {
    const picked = await pickFile().catch(() => null);
    if (picked) void openFile(picked);
    else if (!('showOpenFilePicker' in window)) openInput.current?.click();
  };
  const onTwine = async (input: HTMLInputElement) => {
    const file = await readInputFile(input);
    if (!file) return;
    const { importTwine } = await loadImportModule();
    const r = importTwine(file.text, file.name);
    if (!r.ok) return setImportFailure(r.problems);
    const name = file.name.replace(/\.[^.]+$/, '');
    void openDraft(createDraft({ text: r.value.yaml, name: r.value.storyName || name, fileName: `${name}.yaml`, handle: null, imported: r.value.problems }));
  };
  return (
    <>
      <div className="studio-start">
        <label>
          {t('newScenarioLocale')}{' '}
          <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {LOCALE_NATIVE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="primary" onClick={startNew}>
          {t('newScenario')}
        </button>
        <button type="button" onClick={() => void onOpen()}>
          {t('openFile')}
        </button>
        <input ref={openInput} type="file" accept=".yaml,.yml,.json" hidden onChange={(e) => void readInputFile(e.currentTarget).then(openFile)} />
        <label className="file-button">
          {t('importTwine')}
          <input type="file" accept=".twee,.tw,.tw3,.html,.htm,.txt" onChange={(e) => void onTwine(e.currentTarget)} />
        </label>
      </div>
      {importFailure && (
        <div role="alert">
          <p>{t('importFailed')}</p>
          <ProblemList problems={importFailure} />
        </div>
      )}
    </>
  );
}
