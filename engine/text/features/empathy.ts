// empathy: acknowledges the customer's feelings or situation.
import type { Evidence } from '../../types.ts';
import { evidenceOf, type TextContext } from '../context.ts';
import { EN } from '../lexicon-en.ts';
import { ZH } from '../lexicon-zh.ts';
import { MORE_EN } from '../lexicon-blame.ts';
import { compileCues, scanBoth } from '../scan.ts';

const CUES = { zh: compileCues(ZH.empathy, false), en: compileCues([...EN.empathy, ...MORE_EN.empathy], true) };
// "If I understand correctly" / "just to make sure I understand" introduce a paraphrase, not empathy.
const REQUEST_LEAD = /(?:要求|意思|问题|情况|需求|想法|诉求|建议)(?:我们?)?$/;
const PARAPHRASE_LEAD = /(?:\bif|\bsure|\bto|\bdid)\s+$/;

/** Find words that acknowledge how the customer feels. */
export function detectEmpathy(ctx: TextContext): { value: boolean; evidence: Evidence[] } {
  const evidence: Evidence[] = [];
  for (const h of scanBoth(ctx, CUES)) {
    if (PARAPHRASE_LEAD.test(ctx.text.slice(Math.max(0, h.start - 8), h.start))) continue;
    // "您的要求我明白，不过…" acknowledges the request, not the feeling.
    if (REQUEST_LEAD.test(ctx.text.slice(Math.max(0, h.start - 6), h.start))) continue;
    evidence.push(evidenceOf(ctx, 'empathy', h.start, h.end));
  }
  return { value: evidence.length > 0, evidence };
}
