import { appStore, useT } from '../app/app-state.ts';
import { formatRoute } from '../app/routes.ts';
import { useStore } from '../app/store.ts';

/** Every finished attempt at a scenario on this device, newest first, each linking to its debrief. */
export function AttemptHistory({ scenarioKey, current }: { scenarioKey: string; current: number }) {
  const t = useT();
  const locale = useStore(appStore, (s) => s.locale);
  const progress = useStore(appStore, (s) => s.progress);
  useStore(appStore, (s) => s.dataVersion);
  const attempts = progress?.listAttempts(scenarioKey) ?? [];
  const fmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history')}</h2>
      <ol className="history">
        {attempts.map((a) => {
          const text = t('historyItem', { date: fmt.format(a.finishedAt), score: a.score, outcome: t(`outcome_${a.outcome}`) });
          return (
            <li key={a.id}>
              {a.id === current ? (
                <span aria-current="page">{text}</span>
              ) : (
                <a href={formatRoute({ name: 'debrief', key: scenarioKey, attempt: a.id })}>{text}</a>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
