// solution: a concrete action or remedy the agent offers or performs.
import type { Evidence } from '../../types.ts';
import { evidenceOf, type TextContext } from '../context.ts';
import { EN } from '../lexicon-en.ts';
import { ZH } from '../lexicon-zh.ts';
import { compileCues, scanBoth, type Hit } from '../scan.ts';
import { inSpans, spanAt } from '../segment.ts';

const CUES = { zh: compileCues(ZH.solution, false), en: compileCues(EN.solution, true) };

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
  return scanBoth(ctx, CUES).filter((h) => isOffered(ctx, h));
}

/** Report the solution feature from the offered remedies. */
export function detectSolution(ctx: TextContext, remedies: readonly Hit[]): { value: boolean; evidence: Evidence[] } {
  const evidence = remedies.map((h) => evidenceOf(ctx, 'solution', h.start, h.end));
  return { value: evidence.length > 0, evidence };
}
