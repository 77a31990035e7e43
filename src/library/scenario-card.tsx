import { appStore, registry, touchData, useT } from '../app/app-state.ts';
import { formatRoute } from '../app/routes.ts';
import { fillNodes } from '../i18n/fill-nodes.tsx';
import { localeNameKey } from '../i18n/i18n.ts';
import type { ScenarioStats } from '../storage/progress-store.ts';
import type { LibraryItem } from './registry.ts';

const DIFFICULTY_KEYS = { 1: 'difficulty1', 2: 'difficulty2', 3: 'difficulty3' } as const;

/** One scenario in the library: title (the link that starts the call), customer, level, language, best score. */
export function ScenarioCard(props: { item: LibraryItem; stats: ScenarioStats | undefined; latestAttempt: number | undefined; resumeTurn: number | undefined }) {
  const { item, stats, latestAttempt, resumeTurn } = props;
  const t = useT();
  const s = item.summary;
  return (
    <article className={`card difficulty-${s.difficulty}`}>
      <h2 className="card-title">
        <a href={formatRoute({ name: 'call', key: item.key })} lang={s.locale}>
          {s.title}
        </a>
      </h2>
      <p>
        {fillNodes(t('customerLabel', { temperament: t(`temperament_${s.persona.temperament}`) }), {
          name: <span lang={s.locale}>{s.persona.name}</span>,
        })}
      </p>
      <p className="meta">
        <span className="badge">{t('difficultyLabel', { level: t(DIFFICULTY_KEYS[s.difficulty]) })}</span>
        <span className="badge">{t('languageLabel', { language: t(localeNameKey(s.locale)) })}</span>
      </p>
      <p className="stats">
        {stats ? (
          <>
            <strong>{t('bestScore', { score: stats.best })}</strong> · {t('attemptsCount', { count: stats.count })}
            {latestAttempt !== undefined && (
              <>
                {' · '}
                <a href={formatRoute({ name: 'debrief', key: item.key, attempt: latestAttempt })} aria-label={`${t('lastDebrief')}: ${s.title}`}>
                  {t('lastDebrief')}
                </a>
              </>
            )}
          </>
        ) : (
          t('noAttempts')
        )}
      </p>
      {resumeTurn !== undefined && resumeTurn > 0 && <p className="resume">{t('resumeCall', { turn: resumeTurn + 1 })}</p>}
      {item.source === 'upload' && (
        <p className="file">
          <code>{item.file}</code>{' '}
          <button type="button" className="link-button" onClick={() => void remove(item.key)}>
            {t('removeUpload', { title: s.title })}
          </button>
        </p>
      )}
    </article>
  );
}

async function remove(key: string) {
  await registry.remove(key);
  await appStore.get().progress?.clearProgress(key);
  touchData();
}
