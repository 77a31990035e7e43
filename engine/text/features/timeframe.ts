// timeframe: a commitment within a concrete time (24小时内, by 5pm today) — not 尽快 / right away.
import type { Evidence } from '../../types.ts';
import { evidenceOf, type TextContext } from '../context.ts';
import { EN } from '../lexicon-en.ts';
import { ZH } from '../lexicon-zh.ts';
import { compileCues, scanBoth, type Hit } from '../scan.ts';
import { spanAt, spanIndexAt } from '../segment.ts';

const CUES = { zh: compileCues(ZH.timeframe, false), en: compileCues(EN.timeframe, true) };
const TEMPLATES = { zh: compileCues(ZH.timeframeTemplates, false), en: compileCues(EN.timeframeTemplates, false) };
// "in a minute" / "in a moment" is "right away", not a concrete time.
const MOMENT_EN = /^in a (?:minute|moment|sec|second|jiffy|bit|while)$/;

/** Tell whether a time expression is a commitment: not in a condition, and a bare day needs a future verb. */
function isCommitment(ctx: TextContext, h: Hit): boolean {
  // A template ([具体时间]前) starts with ASCII: its lexicon follows the script around it.
  const lex = /[\u3400-\u9fff]/.test(ctx.text.slice(Math.max(0, h.start - 2), h.end)) ? ZH : EN;
  const clause = spanAt(ctx.clauses, h.start);
  const before = ctx.text.slice(clause.start, h.start);
  // "items must be returned within 14 days" sets the customer a deadline; it commits the agent to nothing.
  if (lex.conditional.test(before) || lex.obligation.test(before) || lex.timeframePast.test(before)) return false;
  // "今天上午师傅前一单出了点状况": a completed event in the time's clause, with nothing promised there.
  if (lex === ZH) {
    const rest = ctx.text.slice(h.end, clause.end);
    if (/了/.test(rest) && !ZH.timeframeFutureClause.test(rest)) return false;
    if (ZH.timeframeState.test(rest)) return false;
  }
  const cue = ctx.text.slice(h.start, h.end);
  // "We sent the mugs on Monday": a past event in the time's clause, with nothing promised there.
  if (lex === EN) {
    if (MOMENT_EN.test(cue)) return false;
    const clauseText = ctx.text.slice(clause.start, clause.end);
    if (EN.timeframeNarrated.test(before) && !EN.timeframeFuture.test(clauseText)) return false;
  }
  if (!lex.timeframeBare.test(cue)) return true;
  const s = spanAt(ctx.sentences, h.start);
  // "请问今天有什么可以帮您？" asks about today; it commits to nothing.
  if (/\?\s*$/.test(ctx.text.slice(clause.start, clause.end))) return false;
  return lex.timeframeFuture.test(ctx.text.slice(s.start, h.start) + ' ' + ctx.text.slice(h.end, s.end));
}

/** A time inside a paraphrase that checks back with the customer (…, 对吗？) is the customer's; a recap of the plan is not. */
function inCheckBack(ctx: TextContext, pos: number): boolean {
  const p = ctx.paraphrases[spanIndexAt(ctx.paraphrases, pos)];
  if (!p) return false;
  const seg = ctx.text.slice(p.start, p.end);
  return /\?\s*$/.test(seg) || ZH.paraphraseTag.test(seg) || EN.paraphraseTag.test(seg);
}

/** Find the concrete times the reply commits to. */
export function detectTimeframe(ctx: TextContext): { value: boolean; evidence: Evidence[] } {
  const evidence = [...scanBoth(ctx, CUES), ...scanBoth(ctx, TEMPLATES)]
    .filter((h) => !inCheckBack(ctx, h.start) && isCommitment(ctx, h))
    .map((h) => evidenceOf(ctx, 'timeframe', h.start, h.end));
  return { value: evidence.length > 0, evidence };
}
