// solution: a concrete action or remedy the agent offers or performs.
// Chinese replies are read by remedy words in their clause; English ones by the agent's own action
// ("I'll send…", "a new one has gone out"), since English remedy nouns mostly describe ("the refund window").
import type { Evidence } from '../../types.ts';
import { evidenceOf, type TextContext } from '../context.ts';
import { ACTION_EN, ACTION_ZH } from '../lexicon-action.ts';
import { EN } from '../lexicon-en.ts';
import { ZH } from '../lexicon-zh.ts';
import { MORE_EN } from '../lexicon-blame.ts';
import { compileCues, compilePair, hitsOf, scanBoth, type Hit } from '../scan.ts';
import { inSpans, spanAt, type Span } from '../segment.ts';
import { findDeclines } from './refusal.ts';

const NOUNS = compilePair(ZH.solution, EN.solution);
const ACTIONS = compileCues([...ACTION_EN.action, ...MORE_EN.solution], true);
const LEADS = compileCues(ACTION_EN.leads, true);
const VERB_AT = new RegExp(`(?:${ACTION_EN.verbs})\\b`, 'y');
const ACTIONS_ZH = compileCues(ACTION_ZH.action, false);
// A remedy word the clause then refuses (退货是不可能的, 加急这个我们做不到), or the customer's own task (您先把款付了, 麻烦您退回).
const REFUSED_AFTER_ZH = /^[^,。!?;]*?(?:不可能|做不到|办不了|不给办|没法|没办法|(?<!能)不能|不行|不予|不支持|做不了|不了)/;
const TROUBLESHOOT_ZH = /重启|重新启动|断电|恢复出厂|刷新|清除|重置|更新一下|操作一下|教您|一步一步/;
const CUSTOMER_DOES_ZH = /(?<![帮给为替跟和让向对请])(?:您|你)(?:先|可以|自己|放心|再|得|要|需要|就)?(?:把|去|拍|寄|跟|和|退|付|走|填|选)|(?:麻烦|请)(?:您|你)/;
// The action sits in a clause that only supposes it: "before we can refund it", "if you cancel, we can…".
const SUPPOSED_EN = /\b(?:if|unless|before|until|whenever|once|in case|as soon as|while|(?:tell|let) us(?: know)? and)\b/;
// "We do offer refunds if a product doesn't suit you" states a rule; "…if you'd like" still offers.
const IF_AFTER_EN = /^[^,.!?;]*\bif\b(?! you(?:'d)? (?:like|prefer|want|wish|rather))/;
// Taken back in the same sentence ("I'd love to credit you, but I can't"), or narrating the mistake ("we sent the wrong one by mistake").
const WITHDRAWN_EN = /^[^.!?;]*?(?:\b(?:but|however)\b[^.!?]{0,30}\b(?:can't|cannot|won't|unable|not able|isn't possible)\b|\b(?:by mistake|in error|by accident|for nothing)\b)/;

// A refusal cue that names the one remedy allowed rather than declining it.
const ONLY_ZH = /只能|只可以|只(?:针对|适用|认|接受|限)|最多|仅/;

function isAscii(ctx: TextContext, pos: number): boolean {
  return ctx.text.charCodeAt(pos) < 0x80;
}

/** An open question ("您希望我们怎么补偿？", "what would you like me to do?") asks; it offers nothing. */
function inOpenQuestion(ctx: TextContext, h: Hit): boolean {
  const lex = isAscii(ctx, h.start) ? EN : ZH;
  // The clause for Chinese: 「或者我先帮您申请部分预付，您比较想怎么做？」 offers before it asks.
  const sentence = lex === ZH ? spanAt(ctx.clauses, h.start) : spanAt(ctx.sentences, h.start);
  const seg = ctx.text.slice(sentence.start, sentence.end);
  return lex.questionOpen.test(seg) && lex.questionAsk.test(seg);
}

/** Tell whether a remedy word is really offered: not negated, not a noun about something else, not the customer's words. */
function isOffered(ctx: TextContext, h: Hit): boolean {
  if (inSpans(ctx.paraphrases, h.start) || inOpenQuestion(ctx, h)) return false;
  const clause = spanAt(ctx.clauses, h.start);
  const before = ctx.text.slice(clause.start, h.start);
  const after = ctx.text.slice(h.end, h.end + 12);
  const lex = isAscii(ctx, h.start) ? EN : ZH;
  // Troubleshooting the customer is walked through (您先把光猫断电重启一下) is still help from us.
  const customerTask = CUSTOMER_DOES_ZH.test(before) && !TROUBLESHOOT_ZH.test(ctx.text.slice(h.start, h.end));
  if (lex === ZH && (REFUSED_AFTER_ZH.test(ctx.text.slice(h.end, spanAt(ctx.sentences, h.start).end)) || customerTask)) return false;
  return !lex.negation.test(before) && !lex.solutionNoun.test(before) && !lex.solutionNounAfter.test(after);
}

/** Tell whether an English agent action is done or offered outright (not supposed, not the customer's words). */
function isDone(ctx: TextContext, h: Hit): boolean {
  if (inSpans(ctx.paraphrases, h.start) || inOpenQuestion(ctx, h)) return false;
  const clause = spanAt(ctx.clauses, h.start);
  const sentence = spanAt(ctx.sentences, h.start);
  return !SUPPOSED_EN.test(ctx.text.slice(clause.start, h.start)) && !IF_AFTER_EN.test(ctx.text.slice(h.end, clause.end)) && !WITHDRAWN_EN.test(ctx.text.slice(h.end, sentence.end));
}

/** Tell whether a Chinese agent action is done or offered outright (not supposed, asked or refused). */
function isDoneZh(ctx: TextContext, h: Hit): boolean {
  if (inSpans(ctx.paraphrases, h.start) || inOpenQuestion(ctx, h)) return false;
  const clause = spanAt(ctx.clauses, h.start);
  const before = ctx.text.slice(clause.start, h.start);
  if (ZH.conditional.test(before) || ZH.negation.test(before) || /不是|并非/.test(before)) return false;
  return !REFUSED_AFTER_ZH.test(ctx.text.slice(h.start, clause.end));
}

/** The agent's own actions: a verb right after a lead-in, after its last auxiliary or, failing that, an earlier one. */
function leadActions(ctx: TextContext): Hit[] {
  const out: Hit[] = [];
  for (const l of hitsOf(ctx, LEADS)) {
    const first = ctx.text.indexOf(' ', l.start) + 1;
    for (let pos = l.end; pos >= first && pos > l.start; pos = ctx.text.lastIndexOf(' ', pos - 2) + 1) {
      VERB_AT.lastIndex = pos;
      const m = VERB_AT.exec(ctx.text);
      if (m) {
        out.push({ start: l.start, end: pos + m[0].length });
        break;
      }
      if (pos === first) break;
    }
  }
  return out;
}

function actionsOf(ctx: TextContext): Hit[] {
  if (!ctx.en) return [];
  return [...leadActions(ctx), ...hitsOf(ctx, ACTIONS)].filter((h) => isDone(ctx, h)).sort((a, b) => a.start - b.start);
}

function actionsZh(ctx: TextContext): Hit[] {
  return ctx.zh ? hitsOf(ctx, ACTIONS_ZH).filter((h) => isDoneZh(ctx, h)) : [];
}

/** A Chinese remedy in a clause that declines (退款我们这边不同意, 换是不能给您换的) is not offered; a contrast in between (虽然不能退，我还是帮您换) keeps it. */
function inDecliningClause(ctx: TextContext, h: Hit, declines: readonly Hit[]): boolean {
  if (isAscii(ctx, h.start) || declines.length === 0) return false;
  const clause: Span = spanAt(ctx.clauses, h.start);
  return declines.some((d) => {
    if (d.start < clause.start || d.start >= clause.end) return false;
    // 只能/最多 introduce what is allowed (只能给您八折礼券作为补偿): the remedy is still offered.
    if (ONLY_ZH.test(ctx.text.slice(Math.max(clause.start, d.start - 2), d.end))) return false;
    if (d.start < h.end && d.end > h.start) return true;
    const between = ctx.text.slice(Math.min(d.end, h.end), Math.max(d.start, h.start));
    return !ZH.concessive.test(between) && !/但|不过|可是|还是|仍然|照样/.test(between);
  });
}

/** Find the remedies the reply offers: remedy words and agent actions (reused to count alternatives). */
export function findRemedies(ctx: TextContext): Hit[] {
  const declines = ctx.zh ? findDeclines(ctx) : [];
  const words = scanBoth(ctx, NOUNS).filter((h) => isOffered(ctx, h) && !inDecliningClause(ctx, h, declines));
  const actions = [...actionsOf(ctx), ...actionsZh(ctx).filter((h) => !inDecliningClause(ctx, h, declines))];
  return actions.length === 0 ? words : [...words, ...actions].sort((a, b) => a.start - b.start);
}

/** Report the solution feature: Chinese remedy words, English agent actions. */
export function detectSolution(ctx: TextContext, remedies: readonly Hit[]): { value: boolean; evidence: Evidence[] } {
  const zh = ctx.zh ? [...remedies.filter((h) => !isAscii(ctx, h.start))] : [];
  const hits = ctx.en ? [...zh, ...actionsOf(ctx)].sort((a, b) => a.start - b.start) : zh;
  const evidence = hits.map((h) => evidenceOf(ctx, 'solution', h.start, h.end));
  return { value: evidence.length > 0, evidence };
}
