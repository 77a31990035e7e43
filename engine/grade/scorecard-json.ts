import type { Localized, Move } from '../types.ts';
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
  const moves = (values: readonly Move[]): string => {
    let s = '[';
    for (let i = 0; i < values.length; i++) {
      const m = values[i]!;
      s += (i === 0 ? '' : ',') + (typeof m === 'string' ? text(m) : str(m));
    }
    return `${s}]`;
  };

  const ruleParts = new WeakMap<Localized, RulePart>();
  const ruleTail = (v: ScorecardViolation): string => {
    let p = ruleParts.get(v.advice);
    if (p === undefined || p.source !== v.source) ruleParts.set(v.advice, (p = { source: v.source, tail: `,"advice":${obj(v.advice)},"source":${obj(v.source)}` }));
    return p.tail;
  };
  const where = (f: ScorecardCredit | ScorecardViolation): string =>
    `"turn":${f.turn === null ? 'null' : num(f.turn)},"nodeId":${orNull(f.nodeId)},"choiceId":${orNull(f.choiceId)},"quote":${text(f.quote)},"code":${text(f.code)},"params":${obj(f.params)},"message":${obj(f.message)}`;
  const violation = (v: ScorecardViolation): string => {
    const instead = (v.instead ? `,"instead":{"choiceId":${text(v.instead.choiceId)},"reply":${text(v.instead.reply)}}` : '') + (v.insteadNone ? ',"insteadNone":true' : '');
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
    let s = `${scenarioHead(card.scenario)}${text(card.profile)},"choices":${moves(card.choices)},"score":${num(card.score)},"passScore":${num(card.passScore)}`;
    s += `,"passed":${card.passed},"criticalFailures":${list(card.criticalFailures)},"outcome":${text(card.outcome)},"turns":${num(card.turns)}`;
    s += `,"finalNode":${text(card.finalNode)},"finalMood":${num(card.finalMood)},"moodTrace":[${numbers(card.moodTrace)}]`;
    s += `,"pointsLost":${num(card.pointsLost)},"pointsEarned":${num(card.pointsEarned)},"violations":[`;
    const { violations, credits, kept, notes, summary: rules } = card;
    for (let i = 0; i < violations.length; i++) s += (i === 0 ? '' : ',') + violation(violations[i]!);
    s += '],"credits":[';
    for (let i = 0; i < credits.length; i++) s += (i === 0 ? '' : ',') + credit(credits[i]!);
    s += '],"kept":[';
    for (let i = 0; i < kept.length; i++) s += (i === 0 ? '' : ',') + credit(kept[i]!);
    s += '],"notes":[';
    for (let i = 0; i < notes.length; i++) s += (i === 0 ? '' : ',') + credit(notes[i]!);
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

/** A growing byte buffer that JSON lines are appended to and taken from in chunks. */
export interface ScorecardBytes {
  /** Append one scorecard as exactly the UTF-8 bytes of JSON.stringify(card). */
  card(card: Scorecard): void;
  /** Append any text, UTF-8 encoded (error lines, newlines). */
  text(value: string): void;
  /** Bytes appended and not yet taken. */
  size(): number;
  /** A copy of the bytes appended so far; the buffer is then reused from its start. */
  take(): Uint8Array;
}

const utf8 = new TextEncoder();
const B = (s: string): Uint8Array => utf8.encode(s);
const K = {
  choices: B(',"choices":['), score: B('],"score":'), passScore: B(',"passScore":'), passed: B(',"passed":'),
  critical: B(',"criticalFailures":['), outcome: B('],"outcome":'), turns: B(',"turns":'), finalNode: B(',"finalNode":'),
  finalMood: B(',"finalMood":'), moodTrace: B(',"moodTrace":['), violations: B(',"violations":['), credits: B('],"credits":['),
  pointsLost: B('],"pointsLost":'), pointsEarned: B(',"pointsEarned":'), kept: B('],"kept":['), notes: B('],"notes":['), insteadNone: B(',"insteadNone":true'),
  summary: B('],"summary":['), end: B(']}'), rule: B('{"rule":'), severity: B(',"severity":'), criticalFlag: B(',"critical":'),
  points: B(',"points":'), turn: B(',"turn":'), nodeId: B(',"nodeId":'), choiceId: B(',"choiceId":'), quote: B(',"quote":'),
  message: B(',"message":'), code: B(',"code":'), params: B(',"params":'), instead: B(',"instead":{"choiceId":'), reply: B(',"reply":'), credits2: B(',"credits":'),
  true: B('true'), false: B('false'), null: B('null'), comma: B(','), close: B('}'),
};

/**
 * Make a serializer of scorecards straight to UTF-8 bytes, for batches written to a pipe or file: the JSON of
 * repeated pieces (rule texts, citations, ids, replies) is encoded once and copied into one reused buffer, so
 * no per-card string is built or encoded. The bytes are exactly those of JSON.stringify(card).
 */
export function createScorecardBytes(): ScorecardBytes {
  let buf = new Uint8Array(1 << 17);
  let pos = 0;
  const room = (n: number): void => {
    if (pos + n <= buf.length) return;
    const next = new Uint8Array(Math.max(buf.length * 2, pos + n));
    next.set(buf.subarray(0, pos));
    buf = next;
  };
  const put = (b: Uint8Array): void => {
    room(b.length);
    buf.set(b, pos);
    pos += b.length;
  };
  const ascii = (s: string): void => {
    room(s.length);
    for (let i = 0; i < s.length; i++) buf[pos++] = s.charCodeAt(i);
  };
  const number = (n: number): void => ascii(num(n));
  const bool = (b: boolean): void => put(b ? K.true : K.false);
  const pieces = createPieceCache();
  const text = (s: string | null): void => put(s === null ? K.null : pieces.text(s));
  const list = (values: readonly string[]): void => {
    for (let i = 0; i < values.length; i++) {
      if (i > 0) put(K.comma);
      text(values[i]!);
    }
  };
  const moves = (values: readonly Move[]): void => {
    for (let i = 0; i < values.length; i++) {
      if (i > 0) put(K.comma);
      const m = values[i]!;
      if (typeof m === 'string') text(m);
      else put(B(str(m)));
    }
  };
  const where = (f: ScorecardCredit | ScorecardViolation): void => {
    put(K.turn);
    if (f.turn === null) put(K.null);
    else number(f.turn);
    put(K.nodeId), text(f.nodeId), put(K.choiceId), text(f.choiceId), put(K.quote), text(f.quote), put(K.code), text(f.code), put(K.params), put(pieces.object(f.params));
    put(K.message), put(pieces.object(f.message));
  };
  const violation = (v: ScorecardViolation): void => {
    put(K.rule), text(v.rule), put(K.severity), text(v.severity), put(K.criticalFlag), bool(v.critical), put(K.points), number(v.points), where(v);
    put(pieces.ruleTail(v));
    if (v.instead) put(K.instead), text(v.instead.choiceId), put(K.reply), text(v.instead.reply), put(K.close);
    if (v.insteadNone) put(K.insteadNone);
    put(K.close);
  };
  const credit = (c: ScorecardCredit): void => {
    put(K.rule), text(c.rule), put(K.points), number(c.points), where(c), put(K.close);
  };
  const summary = (s: RuleSummary): void => {
    put(pieces.summaryHead(s)), number(s.violations), put(K.credits2), number(s.credits), put(K.points), number(s.points), put(K.close);
  };
  const each = <T>(items: readonly T[], one: (item: T) => void): void => {
    for (let i = 0; i < items.length; i++) {
      if (i > 0) put(K.comma);
      one(items[i]!);
    }
  };
  const card = (c: Scorecard): void => {
    put(pieces.scenarioHead(c.scenario)), text(c.profile), put(K.choices), moves(c.choices), put(K.score), number(c.score);
    put(K.passScore), number(c.passScore), put(K.passed), bool(c.passed), put(K.critical), list(c.criticalFailures);
    put(K.outcome), text(c.outcome), put(K.turns), number(c.turns), put(K.finalNode), text(c.finalNode), put(K.finalMood), number(c.finalMood);
    put(K.moodTrace), ascii(numbers(c.moodTrace)), put(K.pointsLost), number(c.pointsLost), put(K.pointsEarned), number(c.pointsEarned);
    put(K.violations), each(c.violations, violation), put(K.credits), each(c.credits, credit), put(K.kept), each(c.kept, credit);
    put(K.notes), each(c.notes, credit), put(K.summary), each(c.summary, summary), put(K.end);
  };
  return {
    card,
    text: (value) => put(utf8.encode(value)),
    size: () => pos,
    take: () => {
      const out = buf.slice(0, pos);
      pos = 0;
      return out;
    },
  };
}

/** The encoded JSON of the pieces that repeat from card to card, each encoded once per batch. */
function createPieceCache() {
  const objects = new WeakMap<object, Uint8Array>();
  const object = (value: object): Uint8Array => {
    let b = objects.get(value);
    if (b === undefined) objects.set(value, (b = B(str(value))));
    return b;
  };
  const strings = new Map<string, Uint8Array>();
  const text = (value: string): Uint8Array => {
    let b = strings.get(value);
    if (b === undefined) {
      if (strings.size >= STRING_CACHE_LIMIT) strings.clear();
      strings.set(value, (b = B(str(value))));
    }
    return b;
  };
  const tails = new WeakMap<Localized, { source: Citation[]; tail: Uint8Array }>();
  const ruleTail = (v: ScorecardViolation): Uint8Array => {
    let p = tails.get(v.advice);
    if (p === undefined || p.source !== v.source) tails.set(v.advice, (p = { source: v.source, tail: B(`,"advice":${str(v.advice)},"source":${str(v.source)}`) }));
    return p.tail;
  };
  const heads = new WeakMap<Localized, { part: SummaryPart; bytes: Uint8Array }>();
  const summaryHead = (s: RuleSummary): Uint8Array => {
    let p = heads.get(s.title);
    if (p === undefined || p.part.rule !== s.rule || p.part.severity !== s.severity || p.part.weight !== s.weight || p.part.critical !== s.critical) {
      const head = `{"rule":${str(s.rule)},"title":${str(s.title)},"severity":${str(s.severity)},"weight":${num(s.weight)},"critical":${s.critical},"violations":`;
      heads.set(s.title, (p = { part: { rule: s.rule, severity: s.severity, weight: s.weight, critical: s.critical, head }, bytes: B(head) }));
    }
    return p.bytes;
  };
  let last: ScenarioPart = { scenario: null, id: '', version: 0, title: '', locale: '', head: '' };
  let lastBytes: Uint8Array = new Uint8Array(0);
  const scenarioHead = (sc: Scorecard['scenario']): Uint8Array => {
    if (sc !== last.scenario && (sc.id !== last.id || sc.version !== last.version || sc.title !== last.title || sc.locale !== last.locale)) {
      last = { scenario: sc, id: sc.id, version: sc.version, title: sc.title, locale: sc.locale, head: `{"scenario":${str(sc)},"profile":` };
      lastBytes = B(last.head);
    }
    return lastBytes;
  };
  return { object, text, ruleTail, summaryHead, scenarioHead };
}
