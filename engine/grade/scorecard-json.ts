import type { RuleSummary, Scorecard, ScorecardCredit, ScorecardViolation } from './scorecard.ts';

const str = JSON.stringify;

/**
 * Make a serializer of scorecards to one-line JSON, for batches. Rule titles, advice, citations and the
 * fixed messages are the same objects on every line, so their JSON is written once per batch and reused.
 * The output is exactly JSON.stringify(card) (same keys, same order), only faster.
 */
export function createScorecardWriter(): (card: Scorecard) => string {
  const cache = new WeakMap<object, string>();
  const cached = (value: object): string => {
    let s = cache.get(value);
    if (s === undefined) cache.set(value, (s = str(value)));
    return s;
  };
  const where = (f: ScorecardCredit | ScorecardViolation) =>
    `"turn":${str(f.turn)},"nodeId":${str(f.nodeId)},"choiceId":${str(f.choiceId)},"quote":${str(f.quote)},"message":${cached(f.message)}`;
  const violation = (v: ScorecardViolation): string => {
    const instead = v.instead ? `,"instead":${str(v.instead)}` : '';
    return `{"rule":${str(v.rule)},"severity":"${v.severity}","critical":${v.critical},"points":${v.points},${where(v)},"advice":${cached(v.advice)},"source":${cached(v.source)}${instead}}`;
  };
  const credit = (c: ScorecardCredit): string => `{"rule":${str(c.rule)},"points":${c.points},${where(c)}}`;
  const summary = (s: RuleSummary): string =>
    `{"rule":${str(s.rule)},"title":${cached(s.title)},"severity":"${s.severity}","weight":${s.weight},"critical":${s.critical},"violations":${s.violations},"credits":${s.credits},"points":${s.points}}`;
  return (card) => {
    const { violations, credits, summary: rules, ...head } = card;
    return `${str(head).slice(0, -1)},"violations":[${violations.map(violation).join(',')}],"credits":[${credits.map(credit).join(',')}],"summary":[${rules.map(summary).join(',')}]}`;
  };
}
