import type { Scorecard, ScorecardViolation } from './scorecard.ts';

/**
 * Make a serializer of scorecards to one-line JSON, for batches: a rule's advice and citations are the
 * same objects in every violation of it, so their JSON is written once per batch rather than per line.
 * The output parses to exactly the scorecard, keys in the same order as JSON.stringify.
 */
export function createScorecardWriter(): (card: Scorecard) => string {
  const cache = new WeakMap<object, string>();
  const cached = (value: object): string => {
    let s = cache.get(value);
    if (s === undefined) cache.set(value, (s = JSON.stringify(value)));
    return s;
  };
  const violation = (v: ScorecardViolation): string => {
    const { advice, source, instead, ...head } = v;
    const tail = instead ? `,"instead":${JSON.stringify(instead)}` : '';
    return `${JSON.stringify(head).slice(0, -1)},"advice":${cached(advice)},"source":${cached(source)}${tail}}`;
  };
  return (card) => {
    const { violations, credits, summary, ...head } = card;
    const vs = violations.map(violation).join(',');
    return `${JSON.stringify(head).slice(0, -1)},"violations":[${vs}],"credits":${JSON.stringify(credits)},"summary":${JSON.stringify(summary)}}`;
  };
}
