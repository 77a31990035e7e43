// apology: none / vague / specific. Specific names the concrete problem (the issue's keywords when given).
import type { ApologyKind, Evidence } from '../../types.ts';
import { evidenceOf, type TextContext } from '../context.ts';
import { EN } from '../lexicon-en.ts';
import { ZH } from '../lexicon-zh.ts';
import { compileCues, scanBoth, type Hit } from '../scan.ts';
import { allIn, spanIndexAt, type Span } from '../segment.ts';

const CUES = { zh: compileCues(ZH.apology, false), en: compileCues(EN.apology, true) };
const FAILURE = { zh: compileCues(ZH.failure, false), en: compileCues(EN.failure, true) };
const OBJECT_AFTER = /^\s*(?:that|for|about)\b/;
const GENERIC = { zh: compileCues(ZH.failureGeneric, false), en: compileCues(EN.failureGeneric, true) };
// What follows "sorry, but" is what a bare apology is for, unless it refuses or turns on the customer.
const TURN_AFTER_BUT = /\b(?:you|nothing|can't|cannot|unable|won't|not able|policy)\b|您|你|不能|无法|没办法|规定/;
const CUE_ONLY = new RegExp(`${CUES.zh.source}|${CUES.en.source}`, 'g');
const IF_AFTER = /^\s*(?:\w+\s+)?if\b/;

/** Tell whether a sentence says nothing but the apology ("非常抱歉！", "I'm so sorry."). */
function isBare(sentence: string): boolean {
  const rest = sentence.replace(CUE_ONLY, '').replace(EN.apologyFiller, ' ').replace(ZH.apologyFiller, '');
  return rest.replace(/[^a-z\u3400-\u9fff]/g, '').length <= 1;
}

// Whether each sentence is a bare apology, remembered per reply: a sentence may hold many cues.
const BARE = new WeakMap<TextContext, Map<number, boolean>>();

function bareAt(ctx: TextContext, i: number): boolean {
  let memo = BARE.get(ctx);
  if (!memo) BARE.set(ctx, (memo = new Map()));
  let v = memo.get(i);
  if (v === undefined) {
    const s = ctx.sentences[i]!;
    memo.set(i, (v = isBare(ctx.text.slice(s.start, s.end))));
  }
  return v;
}

function isConditional(ctx: TextContext, s: Span, cue: Hit): boolean {
  const before = ctx.text.slice(s.start, cue.start);
  if (ctx.zh && ZH.conditional.test(before)) return true;
  if (!ctx.en) return false;
  return EN.conditional.test(before) || IF_AFTER.test(ctx.text.slice(cue.end, cue.end + 16));
}

// What follows a "but" is a justification ("sorry for any inconvenience, but upgrades…"), not what the apology is for.
const BUT_AFTER = /\b(?:but|however)\b|但是|(?<![不非])但(?![愿凡])|不过|可是/;

/** A part of the reply an apology may name its problem in: near (its own words) or far (a neighbouring sentence). */
interface Scope extends Span {
  near: boolean;
}

/** The clauses right after a bare "非常抱歉，" / "I'm so sorry, sir," up to the first that says something. */
function followingClause(ctx: TextContext, ci: number, sentenceEnd: number): Span | null {
  for (let k = ci + 1; k < ctx.clauses.length && ctx.clauses[k]!.start < sentenceEnd; k++) {
    const c = ctx.clauses[k]!;
    const text = ctx.text.slice(c.start, c.end);
    if (BUT_AFTER.test(text.slice(0, 12)) && TURN_AFTER_BUT.test(text)) return null;
    if ((text.match(/[a-z]+|[\u3400-\u9fff]/g)?.length ?? 0) >= 3) return c;
  }
  return null;
}

/**
 * Where an apology can name its problem: its sentence up to the end of its clause (对于配送延误…，我们深表
 * 歉意 / sorry your parcel is late), cut at a "but" that justifies; after a bare apology, the clause that
 * follows (抱歉，给您寄错了尺码 — but not 抱歉，这几天单量太大, an excuse); after a bare sentence, its neighbours.
 */
function scopeOf(ctx: TextContext, cue: Hit): Scope[] {
  const i = spanIndexAt(ctx.sentences, cue.start);
  const s = ctx.sentences[i]!;
  const ci = spanIndexAt(ctx.clauses, cue.start);
  // "I'm sorry that, on top of a week like that, a fee landed on your bill": "sorry that/for/about" carries its object past a comma.
  const carries = OBJECT_AFTER.test(ctx.text.slice(cue.end, cue.end + 12));
  const own = { start: s.start, end: carries ? Math.min(s.end, cue.end + 90) : Math.min(s.end, ctx.clauses[ci]?.end ?? s.end), near: true };
  const but = BUT_AFTER.exec(ctx.text.slice(cue.end, own.end));
  if (but) return [{ ...own, end: cue.end + but.index }];
  const out: Scope[] = [own];
  if (!isBare(ctx.text.slice(ctx.clauses[ci]?.start ?? s.start, own.end))) return out;
  const next = followingClause(ctx, ci, s.end);
  if (next) out.push({ ...next, near: true });
  if (bareAt(ctx, i)) {
    if (i > 0) out.push({ ...ctx.sentences[i - 1]!, near: false });
    if (i + 1 < ctx.sentences.length) out.push({ ...ctx.sentences[i + 1]!, near: false });
  }
  return out;
}

/**
 * Find where a scope names the problem: near the apology, the issue's keywords or a concrete failure;
 * in a neighbouring sentence, a concrete failure only (a keyword there may sit in an excuse). A generic
 * failure (waiting) counts only when the reply is analysed without an issue.
 */
function problemIn(ctx: TextContext, scope: readonly Scope[]): Hit | null {
  for (const s of scope) {
    const key = ctx.issueHits && s.near ? allIn(ctx.issueHits, s.start, s.end).find((k) => k.end <= s.end) : undefined;
    if (key) return key;
    const hit = scanBoth(ctx, FAILURE, s.start, s.end)[0] ?? (ctx.issueHits ? undefined : scanBoth(ctx, GENERIC, s.start, s.end)[0]);
    if (hit) return hit;
  }
  return null;
}

/** Classify the reply's apology (the best of its apologies) with the words that show it. */
export function detectApology(ctx: TextContext): { value: ApologyKind; evidence: Evidence[] } {
  const cues = scanBoth(ctx, CUES);
  if (cues.length === 0) return { value: 'none', evidence: [] };
  for (const cue of cues) {
    const s = ctx.sentences[spanIndexAt(ctx.sentences, cue.start)]!;
    if (isConditional(ctx, s, cue)) continue;
    const problem = problemIn(ctx, scopeOf(ctx, cue));
    if (problem) {
      return { value: 'specific', evidence: [evidenceOf(ctx, 'apology', cue.start, cue.end), evidenceOf(ctx, 'apology', problem.start, problem.end)] };
    }
  }
  return { value: 'vague', evidence: cues.map((c) => evidenceOf(ctx, 'apology', c.start, c.end)) };
}
