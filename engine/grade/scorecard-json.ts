import type { Localized } from '../types.ts';
import type { Citation } from '../rules/types.ts';
import type { RuleSummary, Scorecard, ScorecardCredit, ScorecardViolation } from './scorecard.ts';

const str = JSON.stringify;

// Strings seen in a batch are few (ids, replies, the clauses quoted from them): past this many the cache
// is emptied rather than grown, so a batch of unusual text cannot hold every string it ever wrote.
const STRING_CACHE_LIMIT = 50_000;

/** Constant JSON of one rule's violations and summary lines, checked against the card before reuse. */
interface RulePart {
  source: Citation[];
  /** `,"advice":…,"source":…` */
  tail: string;
}

interface SummaryPart {
  rule: string;
  severity: string;
  weight: number;
  critical: boolean;
  /** `{"rule":…,"title":…,"severity":…,"weight":…,"critical":…,"violations":` */
  head: string;
}

interface ScenarioPart {
  scenario: Scorecard['scenario'] | null;
  id: string;
  version: number;
  title: string;
  locale: string;
  /** `{"scenario":{…},"profile":` */
  head: string;
}

/**
 * Make a serializer of scorecards to one-line JSON, for batches. Rule titles, advice, citations, messages,
 * ids and quoted replies repeat from line to line, so their JSON is written once per batch and reused; the
 * line is built by concatenation, which the final write flattens once. The output is exactly
 * JSON.stringify(card) (same keys, same order), only faster.
 */
export function createScorecardWriter(): (card: Scorecard) => string {
  const objects = new WeakMap<object, string>();
  const obj = (value: object): string => {
    let s = objects.get(value);
    if (s === undefined) objects.set(value, (s = str(value)));
    return s;
  };
  const strings = new Map<string, string>();
  const text = (value: string): string => {
    let s = strings.get(value);
    if (s === undefined) {
      if (strings.size >= STRING_CACHE_LIMIT) strings.clear();
      strings.set(value, (s = str(value)));
    }
    return s;
  };
  const orNull = (value: string | null): string => (value === null ? 'null' : text(value));
  const list = (values: readonly string[]): string => {
    let s = '[';
    for (let i = 0; i < values.length; i++) s += (i === 0 ? '' : ',') + text(values[i]!);
    return `${s}]`;
  };

  const ruleParts = new WeakMap<Localized, RulePart>();
  const ruleTail = (v: ScorecardViolation): string => {
    let p = ruleParts.get(v.advice);
    if (p === undefined || p.source !== v.source) ruleParts.set(v.advice, (p = { source: v.source, tail: `,"advice":${obj(v.advice)},"source":${obj(v.source)}` }));
    return p.tail;
  };
  const where = (f: ScorecardCredit | ScorecardViolation): string =>
    `"turn":${f.turn === null ? 'null' : num(f.turn)},"nodeId":${orNull(f.nodeId)},"choiceId":${orNull(f.choiceId)},"quote":${text(f.quote)},"message":${obj(f.message)}`;
  const violation = (v: ScorecardViolation): string => {
    const instead = v.instead ? `,"instead":{"choiceId":${text(v.instead.choiceId)},"reply":${text(v.instead.reply)}}` : '';
    return `{"rule":${text(v.rule)},"severity":${text(v.severity)},"critical":${v.critical},"points":${num(v.points)},${where(v)}${ruleTail(v)}${instead}}`;
  };
  const credit = (c: ScorecardCredit): string => `{"rule":${text(c.rule)},"points":${num(c.points)},${where(c)}}`;

  const summaryParts = new WeakMap<Localized, SummaryPart>();
  const summary = (s: RuleSummary): string => {
    let p = summaryParts.get(s.title);
    if (p === undefined || p.rule !== s.rule || p.severity !== s.severity || p.weight !== s.weight || p.critical !== s.critical) {
      const head = `{"rule":${text(s.rule)},"title":${obj(s.title)},"severity":${text(s.severity)},"weight":${num(s.weight)},"critical":${s.critical},"violations":`;
      summaryParts.set(s.title, (p = { rule: s.rule, severity: s.severity, weight: s.weight, critical: s.critical, head }));
    }
    return `${p.head}${num(s.violations)},"credits":${num(s.credits)},"points":${num(s.points)}}`;
  };

  let last: ScenarioPart = { scenario: null, id: '', version: 0, title: '', locale: '', head: '' };
  const scenarioHead = (sc: Scorecard['scenario']): string => {
    if (sc !== last.scenario && (sc.id !== last.id || sc.version !== last.version || sc.title !== last.title || sc.locale !== last.locale)) {
      last = { scenario: sc, id: sc.id, version: sc.version, title: sc.title, locale: sc.locale, head: `{"scenario":${str(sc)},"profile":` };
    }
    return last.head;
  };

  return (card) => {
    let s = `${scenarioHead(card.scenario)}${text(card.profile)},"choices":${list(card.choices)},"score":${num(card.score)},"passScore":${num(card.passScore)}`;
    s += `,"passed":${card.passed},"criticalFailures":${list(card.criticalFailures)},"outcome":${text(card.outcome)},"turns":${num(card.turns)}`;
    s += `,"finalNode":${text(card.finalNode)},"finalMood":${num(card.finalMood)},"moodTrace":[${numbers(card.moodTrace)}],"violations":[`;
    const { violations, credits, summary: rules } = card;
    for (let i = 0; i < violations.length; i++) s += (i === 0 ? '' : ',') + violation(violations[i]!);
    s += '],"credits":[';
    for (let i = 0; i < credits.length; i++) s += (i === 0 ? '' : ',') + credit(credits[i]!);
    s += '],"summary":[';
    for (let i = 0; i < rules.length; i++) s += (i === 0 ? '' : ',') + summary(rules[i]!);
    return `${s}]}`;
  };
}

/** A number as JSON writes it: finite numbers as JavaScript prints them, anything else as null. */
function num(n: number): string {
  return Number.isFinite(n) ? `${n}` : 'null';
}

function numbers(ns: readonly number[]): string {
  let s = '';
  for (let i = 0; i < ns.length; i++) s += (i === 0 ? '' : ',') + num(ns[i]!);
  return s;
}
