// apology: none / vague / specific. Specific names the concrete problem (the issue's keywords when given).
import type { ApologyKind, Evidence } from '../../types.ts';
import { evidenceOf, type TextContext } from '../context.ts';
import { EN } from '../lexicon-en.ts';
import { ZH } from '../lexicon-zh.ts';
import { compileCues, scanBoth, type Hit } from '../scan.ts';
import { allIn, spanIndexAt, type Span } from '../segment.ts';

const CUES = { zh: compileCues(ZH.apology, false), en: compileCues(EN.apology, true) };
const FAILURE = { zh: compileCues(ZH.failure, false), en: compileCues(EN.failure, true) };
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

/** The text an apology can name its problem in: its sentence up to a "but", or its neighbours when it is bare. */
function scopeOf(ctx: TextContext, cue: Hit): Span[] {
  const i = spanIndexAt(ctx.sentences, cue.start);
  const s = ctx.sentences[i]!;
  const but = BUT_AFTER.exec(ctx.text.slice(cue.end, s.end));
  if (but) return [{ start: s.start, end: cue.end + but.index }];
  if (!bareAt(ctx, i)) return [s];
  const out = [s];
  if (i > 0) out.push(ctx.sentences[i - 1]!);
  if (i + 1 < ctx.sentences.length) out.push(ctx.sentences[i + 1]!);
  return out;
}

/** Find where a scope names the problem: an issue keyword, or (without an issue) a concrete failure. */
function problemIn(ctx: TextContext, scope: readonly Span[]): Hit | null {
  for (const s of scope) {
    if (ctx.issueHits) {
      const key = allIn(ctx.issueHits, s.start, s.end).find((k) => k.end <= s.end);
      if (key) return key;
      continue;
    }
    const hit = scanBoth(ctx, FAILURE, s.start, s.end)[0];
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
