import { useEffect, useState } from 'react';
import { readTyped, runPath, type Move, type Scenario } from '../../engine/index.ts';
import { navigate } from '../state/app-store.ts';
import { startCallFrom } from '../state/calls.ts';
import { formatRoute } from '../state/routes.ts';
import { useT } from '../state/use-t.ts';
import { loadBestPath, type BestPath } from './best-path.ts';
import { firstDivergence } from './divergence.ts';

type State = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; best: BestPath };

/** The agent's turns beside the best path's, the first divergence marked, and "try again from here". */
export function PathCompare({ scenarioKey, scenario, moves }: { scenarioKey: string; scenario: Scenario; moves: readonly Move[] }) {
  const t = useT();
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    let cancelled = false;
    loadBestPath(scenario).then(
      (best) => !cancelled && setState({ kind: 'ready', best }),
      (e: unknown) => !cancelled && setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      cancelled = true;
    };
  }, [scenario]);

  if (state.kind === 'loading') return <p role="status">{t('analysing')}</p>;
  if (state.kind === 'failed') return <p role="alert">{t('analysisFailed', { message: state.message })}</p>;
  const best = state.best;
  const d = firstDivergence(moves, best.choices);
  const tryFrom = async (index: number) => {
    await startCallFrom(scenarioKey, scenario, moves.slice(0, index));
    navigate(formatRoute({ name: 'call', key: scenarioKey }));
  };
  return (
    <section aria-labelledby="compare-heading" className="compare">
      <h2 id="compare-heading">{t('pathCompare')}</h2>
      <p className="divergence">{d === null ? t('samePath') : t('firstDivergence', { turn: d + 1 })}</p>
      {d !== null && (
        <p>
          <button type="button" className="button primary" onClick={() => void tryFrom(d)}>
            {t('tryFromHere', { turn: d + 1 })}
          </button>
        </p>
      )}
      <div className="paths">
        <PathColumn title={t('yourPath')} scenario={scenario} moves={moves} divergence={d} />
        <PathColumn title={t('bestPath', { score: best.score })} scenario={scenario} moves={best.choices} divergence={d} />
      </div>
    </section>
  );
}

function PathColumn({ title, scenario, moves, divergence }: { title: string; scenario: Scenario; moves: readonly Move[]; divergence: number | null }) {
  const t = useT();
  // The one walk: what was said at each turn (dead air and typed words included), mood guards followed as in play.
  const steps = runPath(scenario, moves, { readTyped }).steps;
  return (
    <div className="path">
      <h3>{title}</h3>
      <ol>
        {steps.map((s, i) => (
          <li key={i} className={divergence !== null && i === divergence ? 'diverged' : divergence !== null && i > divergence ? 'after' : ''}>
            {divergence === i && <strong className="mark">{t('firstDivergence', { turn: i + 1 })}: </strong>}
            {s.kind === 'silence' ? <em>{t('deadAirLine')}</em> : <span lang={scenario.locale}>{s.text}</span>}
            {s.typed && <span className="typed-badge"> ({t('typedBadge')})</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
