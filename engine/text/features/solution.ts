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

/** Count options offered as a choice: remedies in different segments between 或者/也可以/or/either links. */
export function detectAlternatives(ctx: TextContext, remedies: readonly Hit[]): { value: number; evidence: Evidence[] } {
  let best = 0;
  let evidence: Evidence[] = [];
  for (const s of ctx.sentences) {
    const links = [...(ctx.zh ? scan(LINKS.zh, ctx.text, s.start, s.end) : []), ...(ctx.en ? scan(LINKS.en, ctx.text, s.start, s.end) : [])]
      .filter((l) => !inSpans(ctx.paraphrases, l.start));
    if (links.length === 0) continue;
    const cuts = links.map((l) => l.start);
    for (let i = s.start; i < s.end; i++) {
      const c = ctx.text[i];
      // Lists: 、 always; in English "a replacement, a repair, or a refund".
      if (c === '、' || (c === ',' && isAscii(ctx, Math.max(s.start, i - 1)))) cuts.push(i);
    }
    cuts.sort((a, b) => a - b);
    const options = countOptions(remedies, s.start, s.end, cuts);
    if (options.length > best) {
      best = options.length;
      evidence = options.map((h) => evidenceOf(ctx, 'alternatives', h.start, h.end));
    }
  }
  return best >= 2 ? { value: best, evidence } : { value: 0, evidence: [] };
}

/** The first remedy of each segment between cuts that has one. */
function countOptions(remedies: readonly Hit[], start: number, end: number, cuts: readonly number[]): Hit[] {
  const bounds = [start, ...cuts, end];
  const picked: Hit[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const first = remedies.find((h) => h.start >= bounds[i]! && h.start < bounds[i + 1]!);
    if (first) picked.push(first);
  }
  return picked;
}
