import { lazy, Suspense, useEffect } from 'react';
import type { Locale } from '../../engine/index.ts';
import { CallScreen } from '../call/call-screen.tsx';
import { LOCALE_NATIVE_NAMES, UI_LOCALES } from '../i18n/i18n.ts';
import { LibraryView } from '../library/library-view.tsx';
import { appStore, setLocale, useT } from './app-state.ts';
import { formatRoute } from './routes.ts';
import { useStore } from './store.ts';

// The debrief pulls in grading display and path analysis; it is not needed to browse or to play.
// Exam mode (records, hashing, LMS reporting) loads only when an exam is opened.
const ExamScreen = lazy(() => import('../exam/exam-screen.tsx').then((m) => ({ default: m.ExamScreen })));
const DebriefScreen = lazy(() => import('../debrief/debrief-screen.tsx').then((m) => ({ default: m.DebriefScreen })));

/** The app shell: header with the language switcher, the storage notice, and the current screen. */
export function App() {
  const t = useT();
  const locale = useStore(appStore, (s) => s.locale);
  const route = useStore(appStore, (s) => s.route);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <>
      <a className="skip-link" href="#main" onClick={focusMain}>
        {t('skipToMain')}
      </a>
      <header className="app-header">
        <a className="brand" href={formatRoute({ name: 'library' })}>
          {t('appName')}
        </a>
        <span className="tagline">{t('tagline')}</span>
        <label className="lang-switch">
          <span>{t('uiLanguage')}</span>
          <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
            {UI_LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LOCALE_NATIVE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
      </header>
      <StorageNotice />
      <main id="main" tabIndex={-1}>
        {route.name === 'library' && <LibraryView />}
        {route.name === 'call' && <CallScreen key={route.key} scenarioKey={route.key} />}
        {route.name === 'debrief' && (
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            <DebriefScreen key={`${route.key}/${route.attempt}`} scenarioKey={route.key} attemptId={route.attempt} />
          </Suspense>
        )}
        {route.name === 'exam' && (
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            <ExamScreen key={route.id} examId={route.id} />
          </Suspense>
        )}
      </main>
    </>
  );
}

function StorageNotice() {
  const t = useT();
  const error = useStore(appStore, (s) => s.storageError);
  if (!error) return null;
  return (
    <div className="notice notice-warning" role="alert">
      <p>{t('storageFailed', { reason: error })}</p>
      <button type="button" onClick={() => appStore.set({ storageError: null })}>
        {t('dismiss')}
      </button>
    </div>
  );
}

function focusMain(e: React.MouseEvent) {
  e.preventDefault();
  document.getElementById('main')?.focus();
}
