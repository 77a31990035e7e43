// solution (a concrete action or remedy) and alternatives (how many options the customer may choose from).
import type { Evidence } from '../../types.ts';
import { evidenceOf, type TextContext } from '../context.ts';
import { EN } from '../lexicon-en.ts';
import { ZH } from '../lexicon-zh.ts';
import { compileCues, scan, scanBoth, type Hit } from '../scan.ts';
import { inSpans, spanAt } from '../segment.ts';

const CUES = { zh: compileCues(ZH.solution, false), en: compileCues(EN.solution, true) };
const LINKS = { zh: compileCues(ZH.alternativeLinks, false), en: compileCues(EN.alternativeLinks, true) };

function isAscii(ctx: TextContext, pos: number): boolean {
  return ctx.text.charCodeAt(pos) < 0x80;
}

/** Tell whether a remedy word is really offered: not negated, not a noun about something else, not the customer's words. */
function isOffered(ctx: TextContext, h: Hit): boolean {
  if (inSpans(ctx.paraphrases, h.start)) return false;
  const lex0 = isAscii(ctx, h.start) ? EN : ZH;
  const sentence = spanAt(ctx.sentences, h.start);
  const seg = ctx.text.slice(sentence.start, sentence.end);
  // An open question ("您希望我们怎么补偿？", "what happened with the refund?") asks; it offers nothing.
  if (lex0.questionOpen.test(seg) && lex0.questionAsk.test(seg)) return false;
  const clause = spanAt(ctx.clauses, h.start);
  const before = ctx.text.slice(clause.start, h.start);
  const after = ctx.text.slice(h.end, h.end + 12);
  const lex = isAscii(ctx, h.start) ? EN : ZH;
  return !lex.negation.test(before) && !lex.solutionNoun.test(before) && !lex.solutionNounAfter.test(after);
}

/** Find the remedies the reply offers (hits are reused to count alternatives). */
export function findRemedies(ctx: TextContext): Hit[] {
  return scanBoth(CUES, ctx.text, ctx.zh, ctx.en).filter((h) => isOffered(ctx, h));
}

/** Report the solution feature from the offered remedies. */
export function detectSolution(ctx: TextContext, remedies: readonly Hit[]): { value: boolean; evidence: Evidence[] } {
  const evidence = remedies.map((h) => evidenceOf(ctx, 'solution', h.start, h.end));
  return { value: evidence.length > 0, evidence };
}

interface Segment {
  start: number;
  end: number;
  /** The cut that opens / closes the segment: a choice link (或者, or) or a list mark (、 ,). */
  before: 'link' | 'list' | 'edge';
  after: 'link' | 'list' | 'edge';
}

function segmentsOf(ctx: TextContext, start: number, end: number, links: readonly Hit[]): Segment[] {
  const cuts: Array<{ at: number; to: number; kind: 'link' | 'list' }> = links.map((l) => ({ at: l.start, to: l.end, kind: 'link' }));
  for (let i = start; i < end; i++) {
    const c = ctx.text[i];
    // Lists: 、 always; in English "a replacement, a repair, or a refund".
    if (c === '、' || (c === ',' && isAscii(ctx, Math.max(start, i - 1)))) cuts.push({ at: i, to: i + 1, kind: 'list' });
  }
  cuts.sort((a, b) => a.at - b.at);
  const segs: Segment[] = [];
  let from = start;
  let before: Segment['before'] = 'edge';
  for (const c of cuts) {
    segs.push({ start: from, end: c.at, before, after: c.kind });
    from = c.to;
    before = c.kind;
  }
  segs.push({ start: from, end, before, after: 'edge' });
  return segs;
}

const MEANINGFUL = /[a-z]+|[\u3400-\u9fff]/g;

/** An option without a known remedy word still counts when it says enough ("或是改成其他款式", "or a free month"). */
function isSubstantial(ctx: TextContext, s: Segment): boolean {
  const text = ctx.text.slice(s.start, s.end);
  const lex = isAscii(ctx, s.start) || isAscii(ctx, s.end - 1) ? EN : ZH;
  if (lex.negation.test(text) || lex.conditional.test(text)) return false;
  const units = text.match(MEANINGFUL)?.length ?? 0;
  return units >= (lex === EN ? 3 : 4);
}

/** Count options offered as a choice: the segments around 或者/也可以/or/either links, at least one a known remedy. */
export function detectAlternatives(ctx: TextContext, remedies: readonly Hit[]): { value: number; evidence: Evidence[] } {
  if (remedies.length === 0) return { value: 0, evidence: [] };
  let best = 0;
  let evidence: Evidence[] = [];
  for (const s of ctx.sentences) {
    const links = [...(ctx.zh ? scan(LINKS.zh, ctx.text, s.start, s.end) : []), ...(ctx.en ? scan(LINKS.en, ctx.text, s.start, s.end) : [])]
      .filter((l) => !inSpans(ctx.paraphrases, l.start));
    if (links.length === 0) continue;
    const segs = segmentsOf(ctx, s.start, s.end, links);
    const remedyOf = (g: Segment): Hit | undefined => remedies.find((h) => h.start >= g.start && h.start < g.end);
    const options = new Set<number>();
    segs.forEach((g, i) => {
      if (g.before !== 'link' && g.after !== 'link') return;
      options.add(i);
      // Walk back through a list ("换货、维修或者退款") while its items are remedies.
      for (let j = i; j > 0 && segs[j]!.before === 'list' && remedyOf(segs[j - 1]!); j--) options.add(j - 1);
    });
    const chosen = [...options].sort((a, b) => a - b).map((i) => segs[i]!);
    if (!chosen.some((g) => remedyOf(g))) continue;
    const counted = chosen.filter((g) => remedyOf(g) || isSubstantial(ctx, g));
    if (counted.length > best) {
      best = counted.length;
      evidence = counted.map((g) => {
        const h = remedyOf(g) ?? { start: g.start, end: g.end };
        return evidenceOf(ctx, 'alternatives', h.start, h.end);
      });
    }
  }
  return best >= 2 ? { value: best, evidence } : { value: 0, evidence: [] };
}
