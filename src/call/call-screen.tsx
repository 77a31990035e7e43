import { useCallback, useEffect, useRef, useState } from 'react';
import { appStore, navigate } from '../state/app-store.ts';
import { abandonCall, type CallClaim } from '../state/calls.ts';
import { formatRoute } from '../state/routes.ts';
import { useStore } from '../state/store.ts';
import { useT } from '../state/use-t.ts';
import { localeNameKey } from '../i18n/i18n.ts';
import { CallOptionsBar } from './call-options.tsx';
import type { CallSession } from './call-session.ts';
import { ChatLog } from './chat-log.tsx';
import { MoodMeter } from './mood-meter.tsx';
import { ReplyButtons } from './reply-buttons.tsx';
import { TypedReply } from './typed-reply.tsx';
import { finishCall, useCallSession, useCallState } from './use-call-session.ts';
import { useReadAloud } from './use-read-aloud.ts';
import { useReplyTimer } from './use-reply-timer.ts';

/** The call screen for a scenario key: loads it, resumes saved progress, and plays it. */
export function CallScreen({ scenarioKey }: { scenarioKey: string }) {
  const t = useT();
  const [restarts, setRestarts] = useState(0);
  const loaded = useCallSession(scenarioKey, restarts);
  if (loaded.kind === 'loading') return <p role="status">{t('loading')}</p>;
  // The screen's error boundary offers to try again and a way back; saved calls are untouched.
  if (loaded.kind === 'failed') throw loaded.error;
  if (loaded.kind === 'missing') {
    return (
      <div>
        <h1>{t('navLibrary')}</h1>
        <p role="alert">{t('unknownScenario', { key: scenarioKey })}</p>
        <a href={formatRoute({ name: 'library' })}>{t('backToLibrary')}</a>
      </div>
    );
  }
  return <CallView key={restarts} scenarioKey={scenarioKey} session={loaded.session} claim={loaded.claim} onRestart={() => setRestarts((n) => n + 1)} />;
}

function CallView({ scenarioKey, session, claim, onRestart }: { scenarioKey: string; session: CallSession; claim: CallClaim; onRestart: () => void }) {
  const t = useT();
  const state = useCallState(session);
  const options = useStore(appStore, (s) => s.options);
  const scenario = session.scenario;
  const node = scenario.nodes[state.nodeId]!;
  const ended = state.outcome !== null;
  const heading = useRef<HTMLHeadingElement>(null);
  const [attemptId, setAttemptId] = useState<string | null>(null);
  // Focus the debrief link once, when it appears, so keyboard play goes straight on.
  const focusOnce = useCallback((a: HTMLAnchorElement | null) => a?.focus(), []);
  const [rewound, setRewound] = useState('');
  // The brief starts open on a new call and closed on a resumed one; after that it is the agent's to toggle.
  const [briefOpen] = useState(() => session.getState().turn === 0);

  useEffect(() => {
    document.title = `${t('callTitle', { title: scenario.title })} · ${t('appName')}`;
  }, [t, scenario.title]);
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement?.id === 'main') heading.current?.focus();
  }, []);

  const choose = useCallback((id: string) => void session.choose(id), [session]);
  const rewind = useCallback(
    (turn: number) => {
      session.rewind(turn);
      setAttemptId(null);
      setRewound(t('rewound', { turn }));
      document.querySelector<HTMLButtonElement>('.replies button')?.focus();
    },
    [session, t],
  );
  const silence = useCallback(() => session.silence(), [session]);

  const turnKey = `${state.turn}:${state.moves.map((m) => (typeof m === 'string' ? m : '~')).join(',')}`;
  const secondsLeft = useReplyTimer(options.timerSeconds, !ended, turnKey, silence);
  const speech = useReadAloud(options.readAloud, node.customer, scenario.locale, turnKey);

  // Stored in memory at once and written in the background: the debrief never waits on IndexedDB.
  useEffect(() => {
    if (ended && attemptId === null) setAttemptId(finishCall(scenarioKey, session, claim));
  }, [ended, scenarioKey, session, claim, attemptId]);

  return (
    <div className="call">
      <h1 ref={heading} tabIndex={-1} lang={scenario.locale}>
        {scenario.title}
      </h1>
      <details className="brief" open={briefOpen}>
        <summary>{t('brief')}</summary>
        <p className="persona">
          <span lang={scenario.locale}>{scenario.persona.name}</span> · {t(`temperament_${scenario.persona.temperament}`)} ·{' '}
          {t(localeNameKey(scenario.locale))}
        </p>
        <p lang={scenario.locale} className="brief-text">
          {scenario.brief}
        </p>
      </details>
      <div className="call-status">
        <MoodMeter mood={state.mood} />
        <p className="turn">{t('turnOf', { turn: Math.min(state.turn + 1, scenario.maxTurns), max: scenario.maxTurns })}</p>
      </div>
      <CallOptionsBar />
      {options.readAloud && (speech === 'no-voice' || speech === 'unsupported') && (
        <p className="notice" role="status">
          {speech === 'no-voice' ? t('noVoice', { language: t(localeNameKey(scenario.locale)) }) : t('speechUnsupported')}
        </p>
      )}
      <ChatLog scenario={scenario} state={state} practice={options.practice} onRewind={rewind} />
      <p className="visually-hidden" aria-live="polite">
        {rewound}
      </p>
      {ended ? (
        <section className="ending" aria-labelledby="ending-heading">
          <h2 id="ending-heading">{t('callEnded', { outcome: t(`outcome_${state.outcome!}`) })}</h2>
          {attemptId !== null ? (
            <a className="button primary" href={formatRoute({ name: 'debrief', key: scenarioKey, attempt: attemptId })} ref={focusOnce}>
              {t('seeDebrief')}
            </a>
          ) : (
            <p role="status">{t('loading')}</p>
          )}
        </section>
      ) : (
        <>
          {secondsLeft !== null && (
            <p className="timer" role="timer" aria-live="off">
              <span className="timer-bar" style={{ width: `${(secondsLeft / options.timerSeconds) * 100}%` }} />
              {t('timeLeft', { seconds: secondsLeft })}
            </p>
          )}
          <ReplyButtons choices={node.choices} locale={scenario.locale} onChoose={choose} turnKey={state.turn} />
          {options.practice && <TypedReply session={session} node={node} locale={scenario.locale} />}
        </>
      )}
      <p className="call-actions">
        <a href={formatRoute({ name: 'library' })}>{t('backToLibrary')}</a>{' '}
        <button
          type="button"
          onClick={() => {
            abandonCall(claim);
            onRestart();
            navigate(formatRoute({ name: 'call', key: scenarioKey }));
          }}
        >
          {t('restartCall')}
        </button>
      </p>
    </div>
  );
}
