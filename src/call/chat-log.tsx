import type { Scenario } from '../../engine/types.ts';
import { useT } from '../app/app-state.ts';
import { DEAD_AIR_DELTA, type CallState } from './call-session.ts';
import { ReplyFeedback } from './feedback.tsx';
import type { TurnFeedback } from './turn-feedback.ts';

/** The conversation so far: the customer's lines and the agent's replies, with practice feedback and rewind. */
export function ChatLog(props: {
  scenario: Scenario;
  state: CallState;
  practice: boolean;
  feedback: readonly TurnFeedback[];
  onRewind: (turn: number) => void;
}) {
  const { scenario, state, practice, feedback, onRewind } = props;
  const t = useT();
  const lang = scenario.locale;
  const name = scenario.persona.name;
  const last = state.steps.length;
  return (
    <ol className="chat" role="log" aria-label={t('conversation')}>
      {state.steps.map((step) => {
        const node = scenario.nodes[step.nodeId]!;
        const choice = node.choices.find((c) => c.id === step.choiceId)!;
        return [
          <li key={`c${step.turn}`} className="bubble customer">
            <span className="who" lang={lang}>{name}</span>
            <p lang={lang}>{node.customer}</p>
            {step.silences > 0 && <p className="dead-air">{t('deadAir', { delta: step.silences * DEAD_AIR_DELTA })}</p>}
          </li>,
          <li key={`a${step.turn}`} className="bubble agent">
            <span className="who">{t('agentSays')}</span>
            <p lang={lang}>{choice.reply}</p>
            {practice && (
              <>
                {step.turn === last && !state.outcome ? (
                  <ReplyFeedback feedback={feedback[step.turn - 1]} choice={choice} locale={lang} />
                ) : (
                  <details className="feedback-more">
                    <summary>{t('feedbackTitle')}</summary>
                    <ReplyFeedback feedback={feedback[step.turn - 1]} choice={choice} locale={lang} />
                  </details>
                )}
                <button type="button" className="rewind" onClick={() => onRewind(step.turn)}>
                  {t('rewind', { turn: step.turn })}
                </button>
              </>
            )}
          </li>,
        ];
      })}
      <li key="current" className="bubble customer current" aria-current="step">
        <span className="who" lang={lang}>{name}</span>
        <p lang={lang} className="customer-line">
          {scenario.nodes[state.nodeId]?.customer}
        </p>
        {state.pendingSilences > 0 && <p className="dead-air">{t('deadAir', { delta: state.pendingSilences * DEAD_AIR_DELTA })}</p>}
      </li>
    </ol>
  );
}
