import { formatPathError } from '../../engine/index.ts';
import { useEffect, useMemo, useRef, useState } from 'react';
import { gradePath, isSilence } from '../../engine/index.ts';
import { movesOfRecord } from '../call/call-session.ts';
import type { Scenario } from '../../engine/index.ts';
import { appStore, registry, useT } from '../app/app-state.ts';
import { formatRoute } from '../app/routes.ts';
import { useStore } from '../app/store.ts';
import type { AttemptRecord } from '../storage/records.ts';
import { AttemptHistory } from './attempt-history.tsx';
import { MoodCurve } from './mood-curve.tsx';
import { PathCompare } from './path-compare.tsx';
import { ScorecardView } from './scorecard-view.tsx';

type Loaded = { kind: 'loading' } | { kind: 'missing' } | { kind: 'ready'; scenario: Scenario; attempt: AttemptRecord };

/** The debrief of one finished attempt: score, scorecard, mood curve, path against the best path, history. */
export function DebriefScreen({ scenarioKey, attemptId }: { scenarioKey: string; attemptId: number }) {
  const t = useT();
  const progress = useStore(appStore, (s) => s.progress);
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  useEffect(() => {
    if (!progress) return;
    let cancelled = false;
    const attempt = progress.getAttempt(attemptId);
    void registry.get(scenarioKey).then((scenario) => {
      if (cancelled) return;
      setLoaded(scenario && attempt && attempt.key === scenarioKey ? { kind: 'ready', scenario, attempt } : { kind: 'missing' });
    });
    return () => {
      cancelled = true;
    };
  }, [progress, scenarioKey, attemptId]);

  if (loaded.kind === 'loading') return <p role="status">{t('loading')}</p>;
  if (loaded.kind === 'missing') {
    return (
      <div>
        <h1>{t('debriefTitle', { title: scenarioKey })}</h1>
        <p role="alert">{t('attemptMissing')}</p>
        <a href={formatRoute({ name: 'library' })}>{t('backToLibrary')}</a>
      </div>
    );
  }
  return <Debrief scenarioKey={scenarioKey} scenario={loaded.scenario} attempt={loaded.attempt} />;
}

function Debrief({ scenarioKey, scenario, attempt }: { scenarioKey: string; scenario: Scenario; attempt: AttemptRecord }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const moves = useMemo(() => movesOfRecord(attempt), [attempt]);
  const graded = useMemo(() => gradePath(scenario, moves), [scenario, moves]);
  useEffect(() => {
    document.title = `${t('debriefTitle', { title: scenario.title })} · ${t('appName')}`;
  }, [t, scenario.title]);
  useEffect(() => heading.current?.focus(), []);

  const title = (
    <h1 ref={heading} tabIndex={-1}>
      {t('debriefTitle', { title: '' })}
      <span lang={scenario.locale}>{scenario.title}</span>
    </h1>
  );
  if (!graded.ok) {
    return (
      <div className="debrief">
        {title}
        <p role="alert">{formatPathError(graded.error, 'en')}</p>
      </div>
    );
  }
  const card = graded.scorecard;
  const passText = card.criticalFailures.length > 0 ? t('failedCritical') : card.passed ? t('passed', { pass: card.passScore }) : t('failed', { pass: card.passScore });
  return (
    <div className="debrief">
      {title}
      <div className="score-panel">
        <div
          className={`score ${card.passed ? 'score-pass' : 'score-fail'}`}
          role="meter"
          aria-label={t('score')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={card.score}
          aria-valuetext={t('scoreValue', { score: card.score })}
        >
          <span className="score-label">{t('score')}</span>
          <span className="score-number">{card.score}</span>
          <span className="score-max">/ 100</span>
        </div>
        <div>
          <p className="pass">{passText}</p>
          {card.pointsLost > 0 && card.pointsEarned > 0 && <p className="made-up">{t('madeUp', { lost: card.pointsLost, earned: card.pointsEarned })}</p>}
          <p>{t('outcomeLabel', { outcome: t(`outcome_${card.outcome}`) })}</p>
          <p>
            <a className="button primary" href={formatRoute({ name: 'call', key: scenarioKey })}>
              {t('playAgain')}
            </a>{' '}
            <a href={formatRoute({ name: 'library' })}>{t('backToLibrary')}</a>
          </p>
        </div>
      </div>
      <ScorecardView card={card} locale={scenario.locale} />
      <MoodCurve trace={card.moodTrace} silentTurns={moves.flatMap((m, i) => (isSilence(m) ? [i + 1] : []))} />
      <PathCompare scenarioKey={scenarioKey} scenario={scenario} moves={moves} />
      <AttemptHistory scenarioKey={scenarioKey} current={attempt.id} />
    </div>
  );
}
