// willingness (states the will to solve it) and policy (cites a rule or the reasons for a decision).
import type { Evidence } from '../../types.ts';
import { evidenceOf, type TextContext } from '../context.ts';
import { EN } from '../lexicon-en.ts';
import { ZH } from '../lexicon-zh.ts';
import { MORE_EN, MORE_ZH, POLICY_EN, POLICY_ZH } from '../lexicon-blame.ts';
import { COMMIT_EN, COMMIT_ZH } from '../lexicon-commit.ts';
import { compileCues, scanBoth } from '../scan.ts';
import { inSpans, spanAt } from '../segment.ts';

const WILL = { zh: compileCues([...ZH.willingness, ...MORE_ZH.willingness, ...COMMIT_ZH.willingness], false), en: compileCues([...EN.willingness, ...MORE_EN.willingness, ...COMMIT_EN.willingness], true) };
// What follows a statement of willingness and withdraws it.
const TAKEN_BACK = /^[^.!?。]*?(?:\b(?:but|however)\b[^.!?]{0,40}\b(?:can't|cannot|won't|unable|not able|nothing)\b|(?:可是|但是|但|不过)[^。!?]{0,16}(?:不能|无法|没办法|不允许|做不了|办不了|不行))/;
// A Chinese will stated only under a condition: 如果想退…我们帮您处理, 需要先储值才能帮您处理.
const SUPPOSED_ZH = /如果|要是|假如|才能|不然|否则/;
const POLICY = { zh: compileCues([...ZH.policy, ...POLICY_ZH, ...MORE_ZH.policy, ...COMMIT_ZH.policy], false), en: compileCues([...EN.policy, ...POLICY_EN, ...MORE_EN.policy, ...COMMIT_EN.policy], true) };

/** Find where the agent states the will to solve the problem (not inside a question to the customer). */
export function detectWillingness(ctx: TextContext): { value: boolean; evidence: Evidence[] } {
  const evidence = scanBoth(ctx, WILL)
    .filter((h) => {
      // Not a question, not the customer's wish restated (…再给您一个说法，对吗？), not taken back ("I'd love to help, but…").
      const c = spanAt(ctx.clauses, h.start);
      const s = spanAt(ctx.sentences, h.start);
      if (inSpans(ctx.paraphrases, h.start) || /\?\s*$/.test(ctx.text.slice(c.start, c.end))) return false;
      // 不是我不愿意帮您 denies a will; 如果…/…才能帮您处理 sets a condition on it.
      if (ctx.text[h.start - 1] === '不' || SUPPOSED_ZH.test(ctx.text.slice(c.start, h.start))) return false;
      return !TAKEN_BACK.test(ctx.text.slice(h.end, s.end));
    })
    .map((h) => evidenceOf(ctx, 'willingness', h.start, h.end));
  return { value: evidence.length > 0, evidence };
}

/** Find where the reply cites a policy, rule or the terms, or explains the reason for what happened. */
export function detectPolicy(ctx: TextContext): { value: boolean; evidence: Evidence[] } {
  // A reason inside the agent's paraphrase ("您是因为物流太慢才…对吗？") is the customer's, not an explanation.
  const evidence = scanBoth(ctx, POLICY)
    .filter((h) => !inSpans(ctx.paraphrases, h.start))
    .map((h) => evidenceOf(ctx, 'policy', h.start, h.end));
  return { value: evidence.length > 0, evidence };
}
