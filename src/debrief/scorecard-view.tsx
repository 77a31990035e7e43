import type { Locale, Scorecard, ScorecardCredit, ScorecardViolation } from '../../engine/index.ts';
import { appStore } from '../state/app-store.ts';
import { useT } from '../state/use-t.ts';
import { useStore } from '../state/store.ts';

/** One turn of the scorecard: what broke, what earned or kept points, and each reply suggested instead once. */
interface TurnGroup {
  turn: number | null;
  violations: ScorecardViolation[];
  credits: ScorecardCredit[];
  kept: ScorecardCredit[];
  notes: ScorecardCredit[];
}

function groupByTurn(card: Scorecard): TurnGroup[] {
  const groups = new Map<number | null, TurnGroup>();
  const at = (turn: number | null) => {
    let g = groups.get(turn);
    if (!g) groups.set(turn, (g = { turn, violations: [], credits: [], kept: [], notes: [] }));
    return g;
  };
  for (const v of card.violations) at(v.turn).violations.push(v);
  for (const c of card.credits) at(c.turn).credits.push(c);
  for (const k of card.kept) at(k.turn).kept.push(k);
  for (const n of card.notes) at(n.turn).notes.push(n);
  // Turns in order, the whole call last.
  return [...groups.values()].sort((a, b) => (a.turn ?? Infinity) - (b.turn ?? Infinity));
}

/** The graded call turn by turn — lost points with the words, the advice and one suggestion per reply; credits; what worked — then the per-rule totals. */
export function ScorecardView({ card, locale }: { card: Scorecard; locale: Locale }) {
  const t = useT();
  const ui = useStore(appStore, (s) => s.locale);
  const titles = new Map(card.summary.map((s) => [s.rule, s.title[ui]] as const));
  return (
    <section aria-labelledby="scorecard-heading">
      <h2 id="scorecard-heading">{t('scorecard')}</h2>
      <ol className="scorecard-turns">
        {groupByTurn(card).map((g) => (
          <li key={g.turn ?? 'call'}>
            <h3 className="turn-heading">{g.turn === null ? t('wholeCall') : t('turnOnly', { turn: g.turn })}</h3>
            <TurnFindings group={g} titles={titles} locale={locale} />
          </li>
        ))}
      </ol>
      <table className="scorecard">
        <thead>
          <tr>
            <th scope="col">{t('ruleColumn')}</th>
            <th scope="col">{t('pointsColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {card.summary.map((r) => (
            <tr key={r.rule} className={r.points < 0 ? 'rule-lost' : r.points > 0 ? 'rule-gained' : ''}>
              <th scope="row">
                {r.title[ui]}
                {r.critical && r.violations > 0 && <span className="badge badge-critical"> ⚠</span>}
              </th>
              <td className="points">{r.violations === 0 && r.points === 0 ? t('noViolations') : r.points > 0 ? `+${r.points}` : r.points}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function TurnFindings({ group, titles, locale }: { group: TurnGroup; titles: Map<string, string>; locale: Locale }) {
  const t = useT();
  const ui = useStore(appStore, (s) => s.locale);
  const suggestions = new Map<string, { reply: string; rules: string[] }>();
  for (const v of group.violations) {
    if (!v.instead) continue;
    const s = suggestions.get(v.instead.choiceId) ?? { reply: v.instead.reply, rules: [] };
    s.rules.push(titles.get(v.rule) ?? v.rule);
    suggestions.set(v.instead.choiceId, s);
  }
  return (
    <ul className="rule-findings">
      {group.violations.map((v, i) => (
        <li key={`v${i}`} className="finding-bad">
          <strong>{titles.get(v.rule)}</strong> <span className="points">({v.points})</span>
          {v.quote && (
            <>
              {' '}
              <q lang={locale}>{v.quote}</q>
            </>
          )}
          <p>{v.message[ui]}</p>
          <p className="advice">{t('advice', { advice: v.advice[ui] })}</p>
          {v.insteadNone && <p className="instead-none">{t('insteadNone')}</p>}
        </li>
      ))}
      {[...suggestions].map(([id, s]) => (
        <li key={`s${id}`} className="instead">
          {t('insteadKeeps', { rules: s.rules.join(ui === 'en' ? ', ' : '、') })} <q lang={locale}>{s.reply}</q>
        </li>
      ))}
      {group.credits.map((c, i) => (
        <li key={`c${i}`} className="finding-good">
          <strong>{titles.get(c.rule)}</strong> <span className="points">(+{c.points})</span> {c.message[ui]}
        </li>
      ))}
      {group.kept.map((k, i) => (
        <li key={`k${i}`} className="finding-kept">
          {t('keptLabel', { rule: titles.get(k.rule) ?? k.rule })} {k.message[ui]}
          {k.quote && (
            <>
              {' '}
              <q lang={locale}>{k.quote}</q>
            </>
          )}
        </li>
      ))}
      {group.notes.map((n, i) => (
        <li key={`n${i}`} className="finding-note">
          {t('noteLabel', { rule: titles.get(n.rule) ?? n.rule })} {n.message[ui]}
        </li>
      ))}
    </ul>
  );
}
