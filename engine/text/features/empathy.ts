// empathy: acknowledges the customer's feelings or situation.
import type { Evidence } from '../../types.ts';
import { evidenceOf, type TextContext } from '../context.ts';
import { EN } from '../lexicon-en.ts';
import { ZH } from '../lexicon-zh.ts';
import { compileCues, scanBoth } from '../scan.ts';

const CUES = { zh: compileCues(ZH.empathy, false), en: compileCues(EN.empathy, true) };
// "If I understand correctly" / "just to make sure I understand" introduce a paraphrase, not empathy.
const PARAPHRASE_LEAD = /(?:\bif|\bsure|\bto|\bdid)\s+$/;

/** Find words that acknowledge how the customer feels. */
export function detectEmpathy(ctx: TextContext): { value: boolean; evidence: Evidence[] } {
  const evidence: Evidence[] = [];
  for (const h of scanBoth(ctx, CUES)) {
    if (PARAPHRASE_LEAD.test(ctx.text.slice(Math.max(0, h.start - 8), h.start))) continue;
    evidence.push(evidenceOf(ctx, 'empathy', h.start, h.end));
  }
  return { value: evidence.length > 0, evidence };
}
