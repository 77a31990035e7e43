import { useEffect, useMemo, useRef } from 'react';
import type { Locale } from '../../engine/index.ts';
import { localeNameKey, UI_LOCALES } from '../i18n/i18n.ts';
import { appStore, setFilter } from '../state/app-store.ts';
import { filterItems } from '../state/library-filter.ts';
import { progressStore, registry } from '../state/storage.ts';
import { useStore } from '../state/store.ts';
import { useT } from '../state/use-t.ts';
import { OpenFile } from './open-file.tsx';
import { ProblemList } from './problem-list.tsx';
import { ScenarioCard } from './scenario-card.tsx';
import { UnreadableRecords } from './unreadable-records.tsx';

/** The library screen: filters, scenario cards, broken bundled files, and "Open scenario file…". */
export function LibraryView() {
  const t = useT();
  const filter = useStore(appStore, (s) => s.filter);
  const { items: all, broken } = useStore(registry.state, (s) => s);
  const unreadable = useStore(progressStore, (s) => s.unreadable);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${t('libraryTitle')} · ${t('appName')}`;
  }, [t]);
  useEffect(() => {
    if (document.activeElement?.id === 'main' || document.activeElement === document.body) heading.current?.focus();
  }, []);

  const shown = useMemo(() => filterItems(all, filter), [all, filter]);

  return (
    <div className="library">
      <h1 ref={heading} tabIndex={-1}>
        {t('libraryTitle')}
      </h1>
      <div className="filters" role="group" aria-label={t('filterLanguage') + ' / ' + t('filterDifficulty')}>
        <label>
          {t('filterLanguage')}
          <select value={filter.locale} onChange={(e) => setFilter({ locale: e.target.value as Locale | 'all' })}>
            <option value="all">{t('filterAll')}</option>
            {UI_LOCALES.map((l) => (
              <option key={l} value={l}>
                {t(localeNameKey(l))}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filterDifficulty')}
          <select value={String(filter.difficulty)} onChange={(e) => setFilter({ difficulty: e.target.value === 'all' ? 'all' : (Number(e.target.value) as 1 | 2 | 3) })}>
            <option value="all">{t('filterAll')}</option>
            <option value="1">{t('difficulty1')}</option>
            <option value="2">{t('difficulty2')}</option>
            <option value="3">{t('difficulty3')}</option>
          </select>
        </label>
        <p className="count" role="status">
          {t('shownCount', { shown: shown.length, total: all.length })}
        </p>
      </div>
      {shown.length === 0 ? (
        <p>{t('noMatches')}</p>
      ) : (
        <ul className="cards">
          {shown.map((item) => (
            <li key={item.key}>
              <ScenarioCard item={item} />
            </li>
          ))}
        </ul>
      )}
      <OpenFile />
      {unreadable.length > 0 && <UnreadableRecords records={unreadable} />}
      {broken.length > 0 && (
        <section className="broken" aria-labelledby="broken-heading">
          <h2 id="broken-heading">{t('brokenBundled')}</h2>
          {broken.map((b) => (
            <ProblemList key={b.file} problems={b.problems} />
          ))}
        </section>
      )}
    </div>
  );
}
