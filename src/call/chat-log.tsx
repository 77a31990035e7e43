import { memo, useState } from 'react';
import type { Scenario } from '../../engine/index.ts';
import { useT } from '../app/app-state.ts';
import { DEAD_AIR_DELTA, type CallState, type CallStep } from './call-session.ts';
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
  const last = state.steps.length;
  return (
    <div role="log" aria-label={t('conversation')}>
      <ol className="chat">
        {state.steps.map((step) => (
          <TurnItems
            key={step.turn}
            scenario={scenario}
            step={step}
            practice={practice}
            feedback={feedback[step.turn - 1]}
            expanded={step.turn === last}
            onRewind={onRewind}
          />
        ))}
        <li className="bubble customer current" aria-current="step">
          <span className="who" lang={lang}>
            {scenario.persona.name}
          </span>
          <p lang={lang} className="customer-line">
            {scenario.nodes[state.nodeId]?.customer}
          </p>
          {state.pendingSilences > 0 && <p className="dead-air">{t('deadAir', { delta: state.pendingSilences * DEAD_AIR_DELTA })}</p>}
        </li>
      </ol>
    </div>
  );
}

interface TurnProps {
  scenario: Scenario;
  step: CallStep;
  practice: boolean;
  feedback: TurnFeedback | undefined;
  expanded: boolean;
  onRewind: (turn: number) => void;
}

// A step object is replaced whenever anything before it changes (rewind replays), and a turn's findings
// only grow (a rule may judge a reply one turn late), so an unchanged step with as many findings means
// unchanged items: earlier turns skip rendering.
const TurnItems = memo(
  function TurnItems({ scenario, step, practice, feedback, expanded, onRewind }: TurnProps) {
    const t = useT();
    const lang = scenario.locale;
    const node = scenario.nodes[step.nodeId]!;
    const choice = node.choices.find((c) => c.id === step.choiceId)!;
    return (
      <>
        <li className="bubble customer">
          <span className="who" lang={lang}>
            {scenario.persona.name}
          </span>
          <p lang={lang}>{node.customer}</p>
          {step.silences > 0 && <p className="dead-air">{t('deadAir', { delta: step.silences * DEAD_AIR_DELTA })}</p>}
        </li>
        <li className="bubble agent">
          <span className="who">{t('agentSays')}</span>
          <p lang={lang}>{choice.reply}</p>
          {practice &&
            (expanded ? (
              <ReplyFeedback feedback={feedback} choice={choice} locale={lang} />
            ) : (
              <CollapsedFeedback>
                <ReplyFeedback feedback={feedback} choice={choice} locale={lang} />
              </CollapsedFeedback>
            ))}
          {practice && (
            <button type="button" className="rewind" onClick={() => onRewind(step.turn)}>
              {t('rewind', { turn: step.turn })}
            </button>
          )}
        </li>
      </>
    );
  },
  (a, b) =>
    a.step === b.step &&
    a.feedback?.findings.length === b.feedback?.findings.length &&
    a.practice === b.practice && a.expanded === b.expanded && a.scenario === b.scenario && a.onRewind === b.onRewind,
);

/** Earlier feedback, rendered only when the agent opens it. */
function CollapsedFeedback({ children }: { children: React.ReactNode }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details className="feedback-more" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('feedbackTitle')}</summary>
      {open && children}
    </details>
  );
}
