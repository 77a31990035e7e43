// praise (compliments the customer), guarantee (promises an outcome the agent does not control) and
// concession (an exception beyond the rule): the stances rules.md grades by temperament and profile.
import type { Evidence } from '../../types.ts';
import { evidenceOf, type TextContext } from '../context.ts';
import { STANCE_EN, STANCE_ZH } from '../lexicon-stance.ts';
import { compilePair, scanBoth, type Hit } from '../scan.ts';
import { inSpans, spanAt } from '../segment.ts';

type Found = { value: boolean; evidence: Evidence[] };

const PRAISE = compilePair(STANCE_ZH.praise, STANCE_EN.praise);
const GUARANTEE = compilePair(STANCE_ZH.guarantee, STANCE_EN.guarantee);
const CONCESSION = compilePair(STANCE_ZH.concession, STANCE_EN.concession);

// A cue the clause denies or only supposes: 不能保证 / 没办法破例 / "can't promise", 如果…就一定.
const DENIED_ZH = /(?:不|没|没有|无法|不能|不敢|难以|很难|不好|不可能|没法|没办法|谁也|谁都)[^,。!?]{0,4}$/;
const DENIED_EN = /\b(?:not|never|can't|cannot|couldn't|won't|wouldn't|don't|didn't|unable to|no one can|nobody can)\b[^,.!?]{0,16}$/;
const SUPPOSED_ZH = /如果|要是|假如|万一|只要|除非|能不能|可不可以|是否/;
const SUPPOSED_EN = /\b(?:if|unless|whether|once)\b/;
const QUESTION = /\?\s*$/;
const CERTAINTY = /^(?:我们?)?(?:向您|跟您|给您)?(?:一定|肯定|绝对|保证|百分之?百|包)/;

function isAscii(ctx: TextContext, pos: number): boolean {
  return ctx.text.charCodeAt(pos) < 0x80;
}

/** Tell whether the clause around a cue denies it, supposes it, or asks about it. */
function isHedgedAway(ctx: TextContext, h: Hit, supposing: boolean): boolean {
  const clause = spanAt(ctx.clauses, h.start);
  const before = ctx.text.slice(clause.start, h.start);
  const en = isAscii(ctx, h.start);
  if ((en ? DENIED_EN : DENIED_ZH).test(before)) return true;
  if (supposing && (en ? SUPPOSED_EN : SUPPOSED_ZH).test(before)) return true;
  return QUESTION.test(ctx.text.slice(clause.start, clause.end));
}

function collect(ctx: TextContext, hits: readonly Hit[], feature: 'praise' | 'guarantee' | 'concession'): Found {
  const evidence = hits.map((h) => evidenceOf(ctx, feature, h.start, h.end));
  return { value: evidence.length > 0, evidence };
}

/** Find where the agent compliments the customer (not inside a restatement of the customer's words). */
export function detectPraise(ctx: TextContext): Found {
  const hits = scanBoth(ctx, PRAISE).filter((h) => !inSpans(ctx.paraphrases, h.start) && !isHedgedAway(ctx, h, false));
  return collect(ctx, hits, 'praise');
}

/** Find where the agent promises as certain an outcome it does not control (not its own next action). */
export function detectGuarantee(ctx: TextContext): Found {
  const hits = scanBoth(ctx, GUARANTEE).filter((h) => {
    if (inSpans(ctx.paraphrases, h.start) || isHedgedAway(ctx, h, true)) return false;
    // 我保证今天给您回电 / 一定会尽力给您解决 / "I promise I'll call you back": a commitment to the agent's own action.
    const rest = ctx.text.slice(h.start, h.end).replace(CERTAINTY, '') + ctx.text.slice(h.end, h.end + 24);
    return !(isAscii(ctx, h.start) ? STANCE_EN.ownAction : STANCE_ZH.ownAction).test(rest);
  });
  return collect(ctx, hits, 'guarantee');
}

/** Find where the agent grants an exception or gives in (not where it refuses one). */
export function detectConcession(ctx: TextContext): Found {
  const hits = scanBoth(ctx, CONCESSION).filter((h) => !inSpans(ctx.paraphrases, h.start) && !isHedgedAway(ctx, h, true));
  return collect(ctx, hits, 'concession');
}
