import { useEffect, useRef } from 'react';
import { isSilence } from '../../engine/index.ts';
import type { Regraded } from '../state/results.ts';
import { formatRoute, type RouteOf } from '../state/routes.ts';
import { progressStore, results } from '../state/storage.ts';
import { useStore } from '../state/store.ts';
import { useT } from '../state/use-t.ts';
import { AttemptHistory } from './attempt-history.tsx';
import { GradedAgainst } from './graded-against.tsx';
import { MoodCurve } from './mood-curve.tsx';
import { PathCompare } from './path-compare.tsx';
import { RegradeFailed } from './regrade-failed.tsx';
import { ScorecardView } from './scorecard-view.tsx';

type Graded = Extract<Regraded, { kind: 'graded' }>;

/** The debrief screen as the shell's route table mounts it. */
export function DebriefRoute({ route }: { route: RouteOf<'debrief'> }) {
  return <DebriefScreen key={`${route.key}/${route.attempt}`} scenarioKey={route.key} attemptId={route.attempt} />;
}

/**
 * The debrief of one finished attempt: score, scorecard, mood curve, path against the best path, history.
 * Every figure comes from grading the stored transcript again (see state/results), never from storage.
 */
export function DebriefScreen({ scenarioKey, attemptId }: { scenarioKey: string; attemptId: string }) {
  const t = useT();
  const ready = useStore(progressStore, (s) => s.ready);
  const attempt = useStore(progressStore, (s) => s.attempts.get(attemptId));
  const result = useStore(results, (r) => r.byId.get(attemptId));
  if (!attempt || attempt.key !== scenarioKey) {
    if (!ready) return <p role="status">{t('loading')}</p>;
    return (
      <div>
        <h1>{t('debriefTitle', { title: scenarioKey })}</h1>
        <p role="alert">{t('attemptMissing')}</p>
        <a href={formatRoute({ name: 'library' })}>{t('backToLibrary')}</a>
      </div>
    );
  }
  if (!result) return <p role="status">{t('grading')}</p>;
  if (result.kind === 'failed') return <RegradeFailed scenarioKey={scenarioKey} failed={result} />;
  return <Debrief scenarioKey={scenarioKey} graded={result} />;
}

function Debrief({ scenarioKey, graded }: { scenarioKey: string; graded: Graded }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const { scenario, attempt, card, moves } = graded;
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
  const passText = card.criticalFailures.length > 0 ? t('failedCritical') : card.passed ? t('passed', { pass: card.passScore }) : t('failed', { pass: card.passScore });
  return (
    <div className="debrief">
      {title}
      <GradedAgainst graded={graded} />
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
