import type { Scorecard, ScorecardCredit, ScorecardViolation } from '../../engine/index.ts';
import type { Locale } from '../../engine/index.ts';
import { appStore } from '../state/app-store.ts';
import { useT } from '../state/use-t.ts';
import { useStore } from '../state/store.ts';

/** The per-rule results of a graded call: points, and for each lost point the turn, the words, the advice. */
export function ScorecardView({ card, locale }: { card: Scorecard; locale: Locale }) {
  const t = useT();
  return (
    <section aria-labelledby="scorecard-heading">
      <h2 id="scorecard-heading">{t('scorecard')}</h2>
      <table className="scorecard">
        <thead>
          <tr>
            <th scope="col">{t('ruleColumn')}</th>
            <th scope="col">{t('pointsColumn')}</th>
            <th scope="col">{t('detailsColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {card.summary.map((r) => (
            <RuleRow
              key={r.rule}
              title={r.title}
              points={r.points}
              critical={r.critical && r.violations > 0}
              violations={card.violations.filter((v) => v.rule === r.rule)}
              credits={card.credits.filter((c) => c.rule === r.rule)}
              locale={locale}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function RuleRow(props: { title: Record<Locale, string>; points: number; critical: boolean; violations: ScorecardViolation[]; credits: ScorecardCredit[]; locale: Locale }) {
  const t = useT();
  const ui = useStore(appStore, (s) => s.locale);
  const { violations, credits, locale } = props;
  return (
    <tr className={props.points < 0 ? 'rule-lost' : props.points > 0 ? 'rule-gained' : ''}>
      <th scope="row">
        {props.title[ui]}
        {props.critical && <span className="badge badge-critical"> ⚠</span>}
      </th>
      <td className="points">{props.points > 0 ? `+${props.points}` : props.points}</td>
      <td>
        {violations.length === 0 && credits.length === 0 && <span>{t('noViolations')}</span>}
        <ul className="rule-findings">
          {violations.map((v, i) => (
            <li key={`v${i}`} className="finding-bad">
              <Where turn={v.turn} quote={v.quote} locale={locale} /> {v.message[ui]} <span className="points">({v.points})</span>
              <p className="advice">{t('advice', { advice: v.advice[ui] })}</p>
              {v.instead && (
                <p className="instead">
                  {t('insteadLabel')} <q lang={locale}>{v.instead.reply}</q>
                </p>
              )}
            </li>
          ))}
          {credits.map((c, i) => (
            <li key={`c${i}`} className="finding-good">
              <Where turn={c.turn} quote={c.quote} locale={locale} /> {c.message[ui]} <span className="points">(+{c.points})</span>
            </li>
          ))}
        </ul>
      </td>
    </tr>
  );
}

function Where({ turn, quote, locale }: { turn: number | null; quote: string; locale: Locale }) {
  const t = useT();
  if (turn === null) return <strong>{t('wholeCall')}:</strong>;
  return (
    <strong>
      {t('turnOnly', { turn })}
      {quote && (
        <>
          {' '}
          <q lang={locale}>{quote}</q>
        </>
      )}
      :
    </strong>
  );
}
