import { memo, useState } from 'react';
import { deadAirMood, type PathRun, type RunStep, type Scenario } from '../../engine/index.ts';
import { useT } from '../state/use-t.ts';
import type { CallState } from './call-session.ts';
import { ReplyFeedback } from './feedback.tsx';

/** The conversation so far: the customer's lines and the agent's replies (or dead air), with practice feedback and rewind. */
export function ChatLog(props: { scenario: Scenario; state: CallState; practice: boolean; onRewind: (turn: number) => void }) {
  const { scenario, state, practice, onRewind } = props;
  const t = useT();
  const lang = scenario.locale;
  const steps = state.run.steps;
  const last = steps.length;
  return (
    <div role="log" aria-label={t('conversation')}>
      <ol className="chat">
        {steps.map((step) => (
          <TurnItems
            key={step.turn}
            scenario={scenario}
            step={step}
            run={state.run}
            practice={practice}
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
        </li>
      </ol>
    </div>
  );
}

interface TurnProps {
  scenario: Scenario;
  step: RunStep;
  run: PathRun;
  practice: boolean;
  expanded: boolean;
  onRewind: (turn: number) => void;
}

// A step object is replaced whenever anything before it changes (rewind replays), and a turn's findings
// only grow (a rule may judge a reply one turn late), so an unchanged step with as many findings means
// unchanged items: earlier turns skip rendering.
const TurnItems = memo(
  function TurnItems({ scenario, step, run, practice, expanded, onRewind }: TurnProps) {
    const t = useT();
    const lang = scenario.locale;
    return (
      <>
        <li className="bubble customer">
          <span className="who" lang={lang}>
            {scenario.persona.name}
          </span>
          <p lang={lang}>{step.node.customer}</p>
        </li>
        {step.kind === 'silence' ? (
          <li className="bubble agent silence">
            <span className="who">{t('agentSays')}</span>
            <p className="dead-air">{t('deadAir', { delta: deadAirMood(scenario) })}</p>
            {practice && <RewindButton turn={step.turn} onRewind={onRewind} />}
          </li>
        ) : (
          <li className={step.typed ? 'bubble agent typed' : 'bubble agent'}>
            <span className="who">
              {t('agentSays')}
              {step.typed && <span className="typed-badge"> · {t('typedBadge')}</span>}
            </span>
            <p lang={lang}>{step.text}</p>
            {practice &&
              (expanded ? (
                <ReplyFeedback step={step} run={run} scenario={scenario} />
              ) : (
                <CollapsedFeedback>
                  <ReplyFeedback step={step} run={run} scenario={scenario} />
                </CollapsedFeedback>
              ))}
            {practice && <RewindButton turn={step.turn} onRewind={onRewind} />}
          </li>
        )}
      </>
    );
  },
  (a, b) =>
    a.step.turn === b.step.turn &&
    a.step.text === b.step.text &&
    a.step.moodBefore === b.step.moodBefore &&
    a.step.findings.length === b.step.findings.length &&
    a.practice === b.practice && a.expanded === b.expanded && a.scenario === b.scenario && a.onRewind === b.onRewind,
);

function RewindButton({ turn, onRewind }: { turn: number; onRewind: (turn: number) => void }) {
  const t = useT();
  return (
    <button type="button" className="rewind" onClick={() => onRewind(turn)}>
      {t('rewind', { turn })}
    </button>
  );
}
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
