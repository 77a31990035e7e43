import { useMemo } from 'react';
import { fillNodes } from '../i18n/fill-nodes.tsx';
import { localeNameKey } from '../i18n/i18n.ts';
import { statsFor } from '../state/results.ts';
import { formatRoute } from '../state/routes.ts';
import { progressStore, registry, results } from '../state/storage.ts';
import { useStore } from '../state/store.ts';
import { useT } from '../state/use-t.ts';
import { attemptsFor, callsFor } from '../storage/progress-store.ts';
import type { LibraryItem } from '../state/registry.ts';

const DIFFICULTY_KEYS = { 1: 'difficulty1', 2: 'difficulty2', 3: 'difficulty3' } as const;

/** One scenario in the library: title (the link that starts the call), customer, level, language, best re-graded score. */
export function ScenarioCard({ item }: { item: LibraryItem }) {
  const t = useT();
  const s = item.summary;
  const stored = useStore(progressStore, (d) => d);
  const graded = useStore(results, (r) => r);
  const attempts = useMemo(() => attemptsFor(stored, item.key), [stored, item.key]);
  const resumeTurn = useMemo(() => callsFor(stored, item.key)[0]?.transcript.length, [stored, item.key]);
  const stats = useMemo(() => statsFor(graded, attempts), [graded, attempts]);
  const latest = attempts[0];
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
        {latest ? (
          <>
            <strong>{stats.best !== null ? t('bestScore', { score: stats.best }) : stats.failed < stats.count ? t('grading') : t('attemptsUngraded', { count: stats.failed })}</strong> ·{' '}
            {t('attemptsCount', { count: stats.count })}
            {stats.best !== null && stats.failed > 0 && <> · {t('attemptsUngraded', { count: stats.failed })}</>}
            {' · '}
            <a href={formatRoute({ name: 'debrief', key: item.key, attempt: latest.id })} aria-label={`${t('lastDebrief')}: ${s.title}`}>
              {t('lastDebrief')}
            </a>
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
  await Promise.all(callsFor(progressStore.get(), key).map((c) => progressStore.clearCall(c.id)));
}
