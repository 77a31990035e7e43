import { useMemo } from 'react';
import type { Translate } from '../i18n/i18n.ts';
import type { Regraded } from '../state/results.ts';
import { formatRoute } from '../state/routes.ts';
import { progressStore, results } from '../state/storage.ts';
import { useStore } from '../state/store.ts';
import { useLocale, useT } from '../state/use-t.ts';
import { attemptsFor } from '../storage/progress-store.ts';

/** Every finished attempt at a scenario in this browser, newest first, each re-graded and linking to its debrief. */
export function AttemptHistory({ scenarioKey, current }: { scenarioKey: string; current: string }) {
  const t = useT();
  const locale = useLocale();
  const stored = useStore(progressStore, (s) => s);
  const graded = useStore(results, (r) => r.byId);
  const attempts = useMemo(() => attemptsFor(stored, scenarioKey), [stored, scenarioKey]);
  const fmt = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }), [locale]);
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history')}</h2>
      <ol className="history">
        {attempts.map((a) => {
          const text = describeAttempt(t, graded.get(a.id), formatDate(fmt, a.finishedAt) ?? t('unknownDate'));
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

function describeAttempt(t: Translate, r: Regraded | undefined, date: string): string {
  if (!r) return t('historyPending', { date });
  if (r.kind === 'failed') return t('historyUngraded', { date });
  return t('historyItem', { date, score: r.card.score, outcome: t(`outcome_${r.card.outcome}`) });
}

/** A date as the UI language writes it; null when it cannot be written (a damaged record must not break the list). */
export function formatDate(fmt: Intl.DateTimeFormat, at: number | null): string | null {
  if (at === null) return null;
  try {
    return fmt.format(at);
  } catch {
    return null;
  }
}
