import type { Rule } from './types.ts';
import { NO_FINDINGS, cite, cuesOf, loc, messageCache, quoteFeature, turnFinding } from './helpers.ts';

// The message depends only on the contrast words found: one shared object per set of cues.
const contrastMessage = messageCache((cues: string[]) => {
  const shown = cues.length > 0 ? cues.map((c) => `「${c}」`).join('') : '';
  const enShown = cues.length > 0 ? cues.map((c) => `"${c}"`).join(', ') : 'a contrastive "but"';
  return loc(
    `这一句用了转折词${shown || '（转折）'}，前面的理解和道歉听起来就像客套话。`,
    `這一句用了轉折詞${shown || '（轉折）'}，前面的理解和道歉聽起來就像客套話。`,
    `This reply uses ${enShown}, which makes the understanding before it sound like a formality.`,
  );
});

/**
 * 不说「但是」: every reply with a contrastive "but" (但是/不过/可是/however …) is a violation; a reply
 * with several contrast words counts each one (the finding's factor). Stateless.
 */
export const noBut: Rule<number> = {
  id: 'no-but',
  severity: 'minor',
  title: loc('不说「但是」', '不說「但是」', 'No "but"'),
  advice: loc(
    '去掉「但是」「不过」这类转折词：先把理解说完，再用「同时」「我们可以」接上要做的事，客户才不会觉得前面的理解被一笔勾销。',
    '去掉「但是」「不過」這類轉折詞：先把理解說完，再用「同時」「我們可以」接上要做的事，客戶才不會覺得前面的理解被一筆勾銷。',
    'Drop "but" and "however": finish the acknowledgement, then go on with "and" or "what we can do is …", so the customer does not hear the first half being taken back.',
  ),
  source: [cite('001', '二.3', '避免使用「但是」或「不過」等轉折詞，這可能讓客戶覺得你在推卸責任')],
  init: () => 0,
  step(state, turn) {
    const f = turn.features;
    if (!f.contrast) return { state, findings: NO_FINDINGS };
    const cues = cuesOf(f, 'contrast');
    const message = contrastMessage(cues.join('\u0000'), cues);
    return { state, findings: [turnFinding('violation', turn, quoteFeature(turn.choice, f, 'contrast'), message, Math.max(1, cues.length))] };
  },
  finish: () => NO_FINDINGS,
};
