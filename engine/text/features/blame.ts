// blame: blaming, arguing with or correcting the customer, or pushing the problem to a third party.
import type { Evidence } from '../../types.ts';
import { evidenceOf, type TextContext } from '../context.ts';
import { EN } from '../lexicon-en.ts';
import { ZH } from '../lexicon-zh.ts';
import { BLAME_EN_ALL, BLAME_ZH, MORE_EN, MORE_ZH } from '../lexicon-blame.ts';
import { BLAME_REAL_ZH } from '../lexicon-blame-real.ts';
import { compileCues, scanBoth, type Hit } from '../scan.ts';
import { inSpans, spanAt } from '../segment.ts';

const BLAME = { zh: compileCues([...ZH.blame, ...ZH.disown, ...BLAME_ZH, ...MORE_ZH.blame, ...BLAME_REAL_ZH], false), en: compileCues([...EN.blame, ...EN.disown, ...BLAME_EN_ALL, ...MORE_EN.blame], true) };

const NEGATED_EN = /\b(?:not|never|isn't|wasn't|is not|was not)\s+$/;
const NEGATED_ZH = /(?:不|并不|并非|绝不|绝对不)$/;

/** Tell whether a cue is excused: negated ("这不是您的错", "not your fault") or the agent owning a lapse ("我应该一开始就讲清楚"). */
function isExcused(ctx: TextContext, h: Hit): boolean {
  const clause = spanAt(ctx.clauses, h.start);
  const before = ctx.text.slice(clause.start, h.start);
  if (ctx.text.charCodeAt(h.start) < 0x80) return NEGATED_EN.test(before);
  return NEGATED_ZH.test(before) || ZH.owning.test(before);
}

/** Find "是X的问题/责任" where X is the customer or a third party (not 我们, not negated). */
function attributions(ctx: TextContext): Hit[] {
  if (!ctx.zh) return [];
  const hits: Hit[] = [];
  const re = ZH.attribution;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text)) !== null) {
    const who = m[2]!;
    if (m[1] || ZH.owner.test(who) || !ZH.culprit.test(who)) continue;
    hits.push({ start: m.index + (m[1]?.length ?? 0), end: m.index + m[0].length });
  }
  return hits;
}

/** Find where the reply blames or argues with the customer, or pushes the problem elsewhere. */
export function detectBlame(ctx: TextContext): { value: boolean; evidence: Evidence[] } {
  const evidence = [...scanBoth(ctx, BLAME), ...attributions(ctx)]
    .filter((h) => !inSpans(ctx.paraphrases, h.start) && !isExcused(ctx, h))
    .sort((a, b) => a.start - b.start)
    .map((h) => evidenceOf(ctx, 'blame', h.start, h.end));
  return { value: evidence.length > 0, evidence };
}
