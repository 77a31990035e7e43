import { navigate } from '../state/app-store.ts';
import type { RegradeProblem, Regraded } from '../state/results.ts';
import { formatRoute } from '../state/routes.ts';
import { progressStore } from '../state/storage.ts';
import type { Translate } from '../i18n/i18n.ts';
import { useT } from '../state/use-t.ts';
import { AttemptHistory } from './attempt-history.tsx';

/** Put a re-grading failure into words. */
export function describeRegradeProblem(t: Translate, p: RegradeProblem): string {
  switch (p.code) {
    case 'scenario-missing':
      return t('regradeScenarioMissing');
    case 'version-missing':
      return t('regradeVersionMissing', { version: p.version });
    case 'path-invalid':
      return t('regradePathInvalid', { version: p.version });
    case 'failed':
      return t('regradeFailed', { detail: p.detail });
  }
}

/** An attempt that cannot be graded again: why, a way to delete it, and the way back; the other attempts stay listed. */
export function RegradeFailed({ scenarioKey, failed }: { scenarioKey: string; failed: Extract<Regraded, { kind: 'failed' }> }) {
  const t = useT();
  const remove = () => {
    void progressStore.deleteAttempt(failed.attempt.id);
    navigate(formatRoute({ name: 'library' }));
  };
  return (
    <div className="debrief">
      <h1>{t('debriefTitle', { title: scenarioKey })}</h1>
      <p role="alert">{describeRegradeProblem(t, failed.problem)}</p>
      <p>
        <button type="button" onClick={remove}>
          {t('deleteAttempt')}
        </button>{' '}
        <a href={formatRoute({ name: 'library' })}>{t('backToLibrary')}</a>
      </p>
      <AttemptHistory scenarioKey={scenarioKey} current={failed.attempt.id} />
    </div>
  );
}
