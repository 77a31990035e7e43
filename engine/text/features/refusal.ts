// refusal: declining, "can't", policy as a no, disowning (这不归我们管).
import type { Evidence } from '../../types.ts';
import { evidenceOf, type TextContext } from '../context.ts';
import { EN } from '../lexicon-en.ts';
import { ZH } from '../lexicon-zh.ts';
import { MORE_EN, MORE_ZH } from '../lexicon-blame.ts';
import { COMMIT_EN, COMMIT_ZH } from '../lexicon-commit.ts';
import { compileCues, scanBoth, type Hit } from '../scan.ts';
import { inSpans, spanAt } from '../segment.ts';

const REFUSAL = { zh: compileCues([...ZH.refusal, ...ZH.refusalMore, ...ZH.disown, ...MORE_ZH.refusal, ...COMMIT_ZH.refusal], false), en: compileCues([...EN.refusal, ...EN.refusalMore, ...EN.disown, ...MORE_EN.refusal, ...COMMIT_EN.refusal], true) };
// An expired period ("已经过了保修期") is a no, unless conceded ("虽然过了保修期，我们还是…").
const EXPIRY = { zh: compileCues(ZH.refusalExpiry, false), en: compileCues(EN.refusalExpiry, true) };

/** Tell whether a "can't" is the agent declining: not the customer's words, not a condition, not a broken device. */
function isDeclining(ctx: TextContext, h: Hit): boolean {
  if (inSpans(ctx.paraphrases, h.start)) return false;
  const clause = spanAt(ctx.clauses, h.start);
  const before = ctx.text.slice(clause.start, h.start);
  const lex = ctx.text.charCodeAt(h.start) < 0x80 ? EN : ZH;
  if (lex.conditional.test(before) || lex.refusalNonAgent.test(before)) return false;
  // "手机无法开机" / "the app can't connect" describe the problem, they don't decline anything.
  return !(lex.refusalSubject.test(before) && lex.refusalMalfunction.test(ctx.text.slice(h.end, h.end + 8)));
}

/** Find the spans where the reply declines (reused by solution: a remedy word in a declining clause is not offered). */
export function findDeclines(ctx: TextContext): Hit[] {
  const expired = scanBoth(ctx, EXPIRY).filter((h) => {
    const s = spanAt(ctx.sentences, h.start);
    const lex = ctx.text.charCodeAt(h.start) < 0x80 ? EN : ZH;
    return !lex.concessive.test(ctx.text.slice(s.start, h.start));
  });
  return [...scanBoth(ctx, REFUSAL), ...expired].filter((h) => isDeclining(ctx, h));
}

/** Find where the reply declines the request. */
export function detectRefusal(ctx: TextContext): { value: boolean; evidence: Evidence[] } {
  const evidence = findDeclines(ctx).map((h) => evidenceOf(ctx, 'refusal', h.start, h.end));
  return { value: evidence.length > 0, evidence };
}
