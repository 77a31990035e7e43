import { Suspense, useEffect, useState } from 'react';
import type { Locale } from '../../engine/index.ts';
import { LOCALE_NATIVE_NAMES, UI_LOCALES } from '../i18n/i18n.ts';
import { appStore, setLocale } from '../state/app-store.ts';
import { formatRoute } from '../state/routes.ts';
import { useStore } from '../state/store.ts';
import { useT } from '../state/use-t.ts';
import { renderScreen } from './screens.tsx';
import { ScreenBoundary } from './screen-boundary.tsx';
import { StorageNotice } from './storage-notice.tsx';

/** The app shell: header with the language switcher, the storage notice, and the current screen inside its error boundary. */
export function App() {
  const t = useT();
  const locale = useStore(appStore, (s) => s.locale);
  const route = useStore(appStore, (s) => s.route);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const where = formatRoute(route);
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
        <a className="studio-link" href={formatRoute({ name: 'studio' })}>
          {t('navStudio')}
        </a>
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
        {/* A new address or "Try again" mounts the screen afresh. */}
        <ScreenBoundary key={`${where}#${attempt}`} onRetry={() => setAttempt((n) => n + 1)}>
          <Suspense fallback={<p role="status">{t('loading')}</p>}>{renderScreen(route, attempt)}</Suspense>
        </ScreenBoundary>
      </main>
    </>
  );
}

function focusMain(e: React.MouseEvent) {
  e.preventDefault();
  document.getElementById('main')?.focus();
}
