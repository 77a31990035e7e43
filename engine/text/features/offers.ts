// Choices offered without an "or" between them: "would you like a replacement instead?" after a remedy,
// and "here are three accounts…, pick whichever you like" / 这里有三款，您挑一个.
import type { Evidence } from '../../types.ts';
import { evidenceOf, type TextContext } from '../context.ts';
import type { Hit } from '../scan.ts';

type Count = { n: number; evidence: Evidence[] };

const INSTEAD = [
  /\b(?:would you (?:like|prefer|rather)|do you want|would it be easier|or would you|if you(?:'d)? (?:prefer|rather))\b[^.!?]*?\binstead\b/g,
  /(?:还是|或者|要不)?(?:您)?(?:更)?(?:想要|希望|愿意|倾向|需要|要不要|想不想)[^。!?]{0,16}(?:改成|换成|改为|换一?个)[^。!?]{0,12}\?/g,
];
const COUNTED = /\b(?:here are|there are|i have|we have|i can offer|we can offer|i've found|we've got|you have) (two|three|four|five|several|a few|a couple of|[2-9]) |(?:有|这里有|给您找了|提供)([两二三四五几]|\d)(?:个|种|款|套|家|条|个方案)/g;
const PICK = /\b(?:pick|choose|select|whichever|which (?:one|would|do)|any of (?:them|these|those))\b|(?:挑|选)(?:一|个)|哪(?:个|款|种|一)|任选/;
const WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, several: 2, 'a few': 2, 'a couple of': 2, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 几: 2 };

/** Count a remedy offered "instead" of another remedy in the reply, as two options. */
function countInstead(ctx: TextContext, remedies: readonly Hit[]): Count {
  for (const re of INSTEAD) {
    re.lastIndex = 0;
    const m = re.exec(ctx.text);
    if (!m) continue;
    const other = remedies.some((h) => h.start < m.index || h.start >= m.index + m[0].length);
    if (other) return { n: 2, evidence: [evidenceOf(ctx, 'alternatives', m.index, m.index + m[0].length)] };
  }
  return { n: 0, evidence: [] };
}

/** Count "here are three…" followed by an invitation to pick one. */
function countNumbered(ctx: TextContext): Count {
  COUNTED.lastIndex = 0;
  for (let m = COUNTED.exec(ctx.text); m; m = COUNTED.exec(ctx.text)) {
    const word = m[1] ?? m[2] ?? '';
    const n = WORDS[word] ?? Number(word);
    if (n >= 2 && PICK.test(ctx.text.slice(m.index, m.index + 160))) return { n, evidence: [evidenceOf(ctx, 'alternatives', m.index, m.index + m[0].length)] };
  }
  return { n: 0, evidence: [] };
}

/** The best count of options offered without a link word between them. */
export function countOffers(ctx: TextContext, remedies: readonly Hit[]): Count {
  const a = countInstead(ctx, remedies);
  const b = countNumbered(ctx);
  return a.n >= b.n ? a : b;
}
