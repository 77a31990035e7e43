// paraphrase (restating the customer's problem to confirm it) and question (an open invitation to explain).
import type { Evidence } from '../../types.ts';
import { evidenceOf, type TextContext } from '../context.ts';
import { EN } from '../lexicon-en.ts';
import { ZH } from '../lexicon-zh.ts';
import { compileCues, scanBoth, type Hit } from '../scan.ts';
import type { Span } from '../segment.ts';

const STRONG = { zh: compileCues(ZH.paraphraseStrong, false), en: compileCues(EN.paraphraseStrong, true) };
const WEAK = { zh: compileCues(ZH.paraphraseWeak, false), en: compileCues(EN.paraphraseWeak, true) };
const YOU_ZH = /您|你/;
const YOU_EN = /\byou(?:'re|'d|r)?\b/;

function openersIn(ctx: TextContext, s: Span, re: { zh: RegExp; en: RegExp }): Hit[] {
  return scanBoth(ctx, re, s.start, s.end);
}

/** A short restatement built around a number or code (a flight, a time, an order number) checks a detail. */
function isDetailCheck(after: string): boolean {
  const colon = Math.max(after.lastIndexOf(':'), after.lastIndexOf('—'));
  const rest = colon >= 0 ? after.slice(colon + 1) : after;
  const words = rest.match(/[a-z]+|[\u3400-\u9fff]{2}/g)?.length ?? 0;
  return /\d/.test(rest) && words < 8;
}

function tagIn(ctx: TextContext, seg: string): RegExpExecArray | null {
  return (ctx.zh ? ZH.paraphraseTag.exec(seg) : null) ?? (ctx.en ? EN.paraphraseTag.exec(seg) : null);
}

/** Judge one sentence: the span of its paraphrase and the cue that shows it, or null. */
function paraphraseIn(ctx: TextContext, s: Span): { span: Span; cue: Hit } | null {
  const seg = ctx.text.slice(s.start, s.end);
  const strong = openersIn(ctx, s, STRONG);
  const tag = tagIn(ctx, seg);
  const tagHit = tag ? { start: s.start + tag.index, end: s.start + tag.index + tag[0].replace(/[\s?.!。]+$/, '').length } : null;
  const first = strong[0];
  // "Let me make sure I've got that right: it's flight EA 35 at 11 a.m.?" confirms a detail, not the problem.
  if (first && isDetailCheck(ctx.text.slice(first.end, s.end))) return null;
  if (first && (tagHit || s.end - first.end >= (ctx.text.charCodeAt(first.start) < 0x80 ? 15 : 6))) {
    return { span: { start: first.start, end: s.end }, cue: first };
  }
  if (!tagHit) return null;
  const weak = openersIn(ctx, s, WEAK)[0];
  // "So the fee is correct." states a conclusion; "So the router drops every evening, right?" checks one.
  if (weak && (ctx.text.slice(weak.start, weak.end) !== 'so' || /\?\s*$/.test(seg))) return { span: { start: weak.start, end: s.end }, cue: weak };
  const aboutYou = (ctx.zh && YOU_ZH.test(seg)) || (ctx.en && YOU_EN.test(seg));
  const info = (ctx.zh && ZH.infoNoun.test(seg)) || (ctx.en && EN.infoNoun.test(seg));
  if (aboutYou && !info && seg.length >= 12) return { span: { start: s.start, end: s.end }, cue: tagHit };
  return null;
}

/** Find where the agent restates the customer's words (sets ctx.paraphrases). */
export function detectParaphrase(ctx: TextContext): { value: boolean; evidence: Evidence[] } {
  const evidence: Evidence[] = [];
  for (const s of ctx.sentences) {
    const p = paraphraseIn(ctx, s);
    if (!p) continue;
    ctx.paraphrases.push(p.span);
    evidence.push(evidenceOf(ctx, 'paraphrase', p.cue.start, p.cue.end));
  }
  return { value: evidence.length > 0, evidence };
}

/** Tell whether any of the ordered, disjoint spans overlaps s (binary search: one lookup per sentence). */
function overlapsAny(spans: readonly Span[], s: Span): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= s.start) lo = mid + 1;
    else hi = mid;
  }
  const p = spans[lo];
  return p !== undefined && p.start < s.end;
}

/** Find an open question that invites the customer to explain (not yes/no, not a choice, not a paraphrase check). */
export function detectQuestion(ctx: TextContext): { value: boolean; evidence: Evidence[] } {
  const evidence: Evidence[] = [];
  for (const s of ctx.sentences) {
    if (overlapsAny(ctx.paraphrases, s)) continue;
    const seg = ctx.text.slice(s.start, s.end);
    for (const lex of [ctx.zh ? ZH : null, ctx.en ? EN : null]) {
      if (!lex || !lex.questionAsk.test(seg) || lex.questionNot.test(seg)) continue;
      const m = lex.questionOpen.exec(seg);
      if (!m || (lex === ZH && ZH.agentExplains.test(seg.slice(0, m.index)) && !/[?吗呢]\s*$/.test(seg))) continue;
      evidence.push(evidenceOf(ctx, 'question', s.start + m.index, s.start + m.index + m[0].length));
      break;
    }
  }
  return { value: evidence.length > 0, evidence };
}
