import type { Locale } from '../types.ts';
import type { FindingParams, Rule, RuleTexts } from './types.ts';
import { NO_FINDINGS, cite, cuesOf } from './helpers.ts';

/**
 * 不说「但是」: every reply with a contrastive "but" (但是/不过/可是/however …) is a violation; a reply
 * with several contrast words counts each one (the finding's factor). Stateless.
 */
export const noBut: Rule<number> = {
  id: 'no-but',
  severity: 'minor',
  source: [cite('001', '二.3', '避免使用「但是」或「不過」等轉折詞，這可能讓客戶覺得你在推卸責任')],
  init: () => 0,
  step(state, turn) {
    const f = turn.features;
    if (!f.contrast) return { state, findings: NO_FINDINGS };
    const cues = cuesOf(f, 'contrast');
    return { state, findings: [{ kind: 'violation', code: 'contrast', params: { cues }, quote: ['contrast'], factor: Math.max(1, cues.length) }] };
  },
  finish: () => NO_FINDINGS,
  texts: {
    'zh-Hans': {
      title: '不说「但是」',
      advice: () => '去掉「但是」「不过」这类转折词：先把理解说完，再用「同时」「我们可以」接上要做的事，客户才不会觉得前面的理解被一笔勾销。',
      messages: { contrast: (p) => `这一句用了转折词${zhCues(p) || '（转折）'}，前面的理解和道歉听起来就像客套话。` },
    },
    'zh-Hant': {
      title: '不說「但是」',
      advice: () => '去掉「但是」「不過」這類轉折詞：先把理解說完，再用「同時」「我們可以」接上要做的事，客戶才不會覺得前面的理解被一筆勾銷。',
      messages: { contrast: (p) => `這一句用了轉折詞${zhCues(p) || '（轉折）'}，前面的理解和道歉聽起來就像客套話。` },
    },
    en: {
      title: 'No "but"',
      advice: () => 'Drop "but" and "however": finish the acknowledgement, then go on with "and" or "what we can do is …", so the customer does not hear the first half being taken back.',
      messages: {
        contrast: (p) => `This reply uses ${cueList(p).length > 0 ? cueList(p).map((c) => `"${c}"`).join(', ') : 'a contrastive "but"'}, which makes the understanding before it sound like a formality.`,
      },
    },
  } satisfies Record<Locale, RuleTexts>,
};

function cueList(p: FindingParams): readonly string[] {
  return Array.isArray(p.cues) ? (p.cues as readonly string[]) : [];
}

function zhCues(p: FindingParams): string {
  return cueList(p).map((c) => `「${c}」`).join('');
}
