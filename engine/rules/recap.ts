import type { Turn } from './types.ts';

// A recap sums up what the call has agreed ("to recap…", "I'll email you all of this", 跟您确认一下刚才说的,
// 总结一下) — rules.md: "a recap or summary of the call is not" an alternative to what was refused. Read
// from the reply's words, since a recap lists remedies just as an offer does.
const RECAP = [
  /\b(?:to recap|to sum (?:it|this|that|everything)? ?up|to summari[sz]e|in summary|recap of|all of (?:this|that) (?:in|by) (?:writing|email)|email you all of (?:this|that)|just to confirm (?:everything|what we(?:'ve)? agreed|all of (?:this|that))|as (?:we )?agreed|as we discussed|here'?s what we'?ve agreed|so that'?s (?:everything|all) (?:set|sorted|arranged))\b/i,
  /总结一下|汇总一下|總結一下|彙總一下|我(?:再)?(?:跟|和|給|给)?您(?:重复|重複|确认|確認)一(?:下|遍)(?:刚才|剛才|今天|我们|我們|咱们|咱們)|(?:刚才|剛才)(?:说好|說好|约好|約好)的|按(?:刚才|剛才)(?:说|說)的|以上(?:这些|這些|几点|幾點)|我把(?:刚才|剛才|今天)(?:说|說|讲|講)的/,
];

/** Whether a reply sums up what the call has agreed instead of offering something new. */
export function isRecap(turn: Turn): boolean {
  return RECAP.some((re) => re.test(turn.text));
}
