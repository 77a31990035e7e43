// alternatives: how many options the reply offers the customer to choose between.
import type { Evidence } from '../../types.ts';
import { evidenceOf, type TextContext } from '../context.ts';
import { EN } from '../lexicon-en.ts';
import { ZH } from '../lexicon-zh.ts';
import { compilePair, scanBoth, type Hit } from '../scan.ts';
import { countOffers } from './offers.ts';
import { firstIn, inSpans, spanIndexAt, type Span } from '../segment.ts';

const LINKS = compilePair(ZH.alternativeLinks, EN.alternativeLinks);
const ENUMS = compilePair(ZH.optionMarks, EN.optionMarks);
// "要么…要么", "either … or": what comes before the first of these is not an option.
const OPENER = /^(?:要么|either)$/;
const LINK_START = { zh: new RegExp(`^\\s*(?:${ZH.alternativeLinks.join('|')})`), en: new RegExp(`^\\s*(?:${EN.alternativeLinks.join('|')})\\b`) };
const LEAD_CONDITION = /^\s*(?:如果|要是|假如|若|万一|if|or if)[^,;.!?。]{0,24},\s*/;
const CLAUSE_JOIN = /^\s*(?:and|then|so|but|which|because|since)\b/;
const MEANINGFUL = /[a-z]+|[\u3400-\u9fff]/g;
const OPTION_VERB_EN = /\b(?:keep|get|have|choose|take|wait|use|pay|go|come|try|pick|collect|receive|move|switch|book|call|ring|visit|drop|send|ship|swap|exchange|return|cancel|upgrade|transfer|speak|talk|let|put|set|split|spread|hold|leave|bring|stay|change|reschedule|rebook|apply|add)\b|\byou (?:can|could)\b/;

interface Segment {
  start: number;
  end: number;
  /** The cut that opens / closes the segment: a choice link (或者, or) or a list mark (、 ,). */
  before: 'link' | 'list' | 'edge';
  after: 'link' | 'list' | 'edge';
  /** The link that opens the segment, when it is one. */
  link?: string;
}

type Cut = { at: number; to: number; kind: 'link' | 'list' };

function isAscii(ctx: TextContext, pos: number): boolean {
  return ctx.text.charCodeAt(pos) < 0x80;
}

function isBlank(text: string): boolean {
  return !/[^\s]/.test(text);
}

function segmentsOf(ctx: TextContext, start: number, end: number, links: readonly Hit[]): Segment[] {
  let cuts: Cut[] = links.map((l) => ({ at: l.start, to: l.end, kind: 'link' }));
  for (let i = start; i < end; i++) {
    const c = ctx.text[i];
    // Lists: 、 always; in English "a replacement, a repair, or a refund".
    if (c === '、' || (c === ',' && isAscii(ctx, Math.max(start, i - 1)) && !/\d,\d/.test(ctx.text.slice(i - 1, i + 2)))) cuts.push({ at: i, to: i + 1, kind: 'list' });
  }
  cuts.sort((a, b) => a.at - b.at);
  // ", or" / "or, if you prefer," : a comma next to a link belongs to the link, it opens no option.
  cuts = cuts.filter((c, k) => {
    if (c.kind === 'link') return true;
    const prev = cuts[k - 1];
    const next = cuts[k + 1];
    return !(prev?.kind === 'link' && isBlank(ctx.text.slice(prev.to, c.at))) && !(next?.kind === 'link' && isBlank(ctx.text.slice(c.to, next.at)));
  });
  const segs: Segment[] = [];
  let from = start;
  let before: Segment['before'] = 'edge';
  let link: string | undefined;
  for (const c of cuts) {
    segs.push({ start: from, end: c.at, before, after: c.kind, ...(link ? { link } : {}) });
    from = c.to;
    before = c.kind;
    link = c.kind === 'link' ? ctx.text.slice(c.at, c.to) : undefined;
  }
  segs.push({ start: from, end, before, after: 'edge', ...(link ? { link } : {}) });
  return segs;
}

/** Drop a trailing condition that introduces the next option ("…补寄一份；如果您不想再等，" + 也可以…). */
function withoutLeadIn(text: string, lex: typeof ZH | typeof EN): string {
  const m = /[,;。][^,;。]*[,;。]?\s*$/.exec(text);
  return m && lex.conditional.test(m[0]) ? text.slice(0, m.index) : text;
}

/**
 * An option without a known remedy word still counts when it says enough ("或是改成其他款式", "or a free
 * month"). In English a bare noun phrase ("the recipe or the kitchen", "today or the next business day")
 * is an option only when the customer is asked to choose; otherwise it needs a verb of its own.
 */
function isSubstantial(ctx: TextContext, s: Span, choice: boolean): boolean {
  const lex = /[\u3400-\u9fff]/.test(ctx.text.slice(s.start, s.end)) ? ZH : EN;
  const text = withoutLeadIn(ctx.text.slice(s.start, s.end), lex);
  if (lex.negation.test(text) || lex.conditional.test(text)) return false;
  const units = text.match(MEANINGFUL)?.length ?? 0;
  if (lex === ZH) return units >= 4;
  return choice ? units >= 1 : units >= 3 && OPTION_VERB_EN.test(text);
}

function hasCue(ctx: TextContext, from: number, to: number, kind: 'choiceCue' | 'offerCue'): boolean {
  const t = ctx.text.slice(from, to);
  return (ctx.zh && ZH[kind].test(t)) || (ctx.en && EN[kind].test(t));
}

/** Sentences joined when the next one opens with a link ("…也可以退款；或者保留商品…"). */
function blocksOf(ctx: TextContext): Span[] {
  const out: Span[] = [];
  for (const s of ctx.sentences) {
    const last = out[out.length - 1];
    // "…补寄一份；如果您不想再等，也可以退款": a condition may come before the link.
    const head = ctx.text.slice(s.start, s.start + 40).replace(LEAD_CONDITION, '');
    if (last && ((ctx.zh && LINK_START.zh.test(head)) || (ctx.en && LINK_START.en.test(head)))) last.end = s.end;
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

type Count = { n: number; evidence: Evidence[] };

function countAroundLinks(ctx: TextContext, b: Span, remedies: readonly Hit[]): Count {
  const links = scanBoth(ctx, LINKS, b.start, b.end).filter((l) => !inSpans(ctx.paraphrases, l.start));
  if (links.length === 0) return { n: 0, evidence: [] };
  const segs = segmentsOf(ctx, b.start, b.end, links);
  const remedyOf = (g: Span): Hit | undefined => firstIn(remedies, g.start, g.end);
  const options = new Set<number>();
  segs.forEach((g, i) => {
    if (g.before !== 'link' && g.after !== 'link') return;
    const opener = segs[i + 1]?.link;
    if (g.before !== 'link' && opener && OPENER.test(opener)) return;
    // "send a confirmation right now, since banks release it early, or…": a clause trailing a remedy is part of that option.
    const start = g.before === 'list' && i > 0 && !remedyOf(g) && remedyOf(segs[i - 1]!) ? i - 1 : i;
    options.add(start);
    // Walk back through a list ("换货、维修或者退款") while its items are remedies; ", and …" joins clauses, not options.
    for (let j = start; j > 0 && segs[j]!.before === 'list' && remedyOf(segs[j - 1]!) && !CLAUSE_JOIN.test(ctx.text.slice(segs[j]!.start, segs[j]!.end)); j--) options.add(j - 1);
  });
  const chosen = [...options].sort((a, b) => a - b).map((i) => segs[i]!);
  // Options need one known remedy among them, or an explicit "which do you prefer".
  if (!chosen.some((g) => remedyOf(g)) && !hasCue(ctx, b.start, b.end, 'offerCue')) return { n: 0, evidence: [] };
  const choice = hasCue(ctx, b.start, b.end, 'choiceCue');
  const counted = chosen.filter((g) => remedyOf(g) || isSubstantial(ctx, g, choice));
  return { n: counted.length, evidence: counted.map((g) => evidenceOf(ctx, 'alternatives', (remedyOf(g) ?? g).start, (remedyOf(g) ?? g).end)) };
}

const FIRST_MARK = /[一1a]|one|first/;

/** Split option marks into runs, each starting again at "one" (第一…第二… then 一是…二是…). */
function runsOf(marks: readonly Hit[], ctx: TextContext): Hit[][] {
  const runs: Hit[][] = [];
  for (const m of marks) {
    const last = runs[runs.length - 1];
    if (!last || FIRST_MARK.test(ctx.text.slice(m.start, m.end).replace(/另一/, ''))) runs.push([m]);
    else last.push(m);
  }
  return runs;
}

/** Options laid out as a list across sentences: 一是…；二是… / 第一…第二… / option one… option two…. */
function countEnumerated(ctx: TextContext, remedies: readonly Hit[]): Count {
  const marks = scanBoth(ctx, ENUMS).filter((m) => !inSpans(ctx.paraphrases, m.start));
  if (marks.length < 2 || remedies.length === 0) return { n: 0, evidence: [] };
  let best: Count = { n: 0, evidence: [] };
  for (const run of runsOf(marks, ctx)) {
    // The choice must be offered around this run: from its first sentence to the sentence after its last.
    const first = spanIndexAt(ctx.sentences, run[0]!.start);
    const last = spanIndexAt(ctx.sentences, run[run.length - 1]!.start);
    const to = ctx.sentences[Math.min(last + 1, ctx.sentences.length - 1)]!.end;
    if (run.length < 2 || !hasCue(ctx, ctx.sentences[first]!.start, to, 'choiceCue')) continue;
    const evidence: Evidence[] = [];
    run.forEach((m, i) => {
      const end = run[i + 1]?.start ?? ctx.sentences[last]!.end;
      const remedy = firstIn(remedies, m.end, end);
      if (remedy || isSubstantial(ctx, { start: m.end, end }, true)) evidence.push(evidenceOf(ctx, 'alternatives', m.start, m.end));
    });
    if (evidence.length > best.n) best = { n: evidence.length, evidence };
  }
  return best;
}

/** Count options offered as a choice: around 或者/也可以/or/either links, or as an enumerated list. */
export function detectAlternatives(ctx: TextContext, remedies: readonly Hit[]): { value: number; evidence: Evidence[] } {
  // Most replies offer nothing: no remedy and no word of choice means no options, without the link passes.
  if (remedies.length === 0 && !hasCue(ctx, 0, ctx.text.length, 'offerCue') && !hasCue(ctx, 0, ctx.text.length, 'choiceCue')) return { value: 0, evidence: [] };
  let best: Count = countEnumerated(ctx, remedies);
  const offered = countOffers(ctx, remedies);
  if (offered.n > best.n) best = offered;
  for (const b of blocksOf(ctx)) {
    const c = countAroundLinks(ctx, b, remedies);
    if (c.n > best.n) best = c;
  }
  return best.n >= 2 ? { value: best.n, evidence: best.evidence } : { value: 0, evidence: [] };
}
