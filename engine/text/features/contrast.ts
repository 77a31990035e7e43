// contrast: a "but" that undercuts what came before (not 不但…而且, not 只是 = "just", not the customer's own "but").
import type { Evidence } from '../../types.ts';
import { evidenceOf, type TextContext } from '../context.ts';
import { EN } from '../lexicon-en.ts';
import { ZH } from '../lexicon-zh.ts';
import { compileCues, scanBoth, type Hit } from '../scan.ts';
import { inSpans, spanAt } from '../segment.ts';

const CUES = { zh: compileCues(ZH.contrast, false), en: compileCues(EN.contrast, true) };
const DEGREE_AFTER = /^\s+(?:long|much|many|often|soon|hard|little|far|late|big|small|you (?:like|want|prefer|choose|wish))\b/;
const YET_NOT_AFTER = /^\s+(?:another|again|to|received|arrived|done|finished)\b/;

function prevNonSpace(text: string, pos: number): string {
  for (let i = pos - 1; i >= 0; i--) if (text[i] !== ' ') return text[i]!;
  return '';
}

function prevWord(text: string, pos: number): string {
  const m = /([a-z']+)\s*$/.exec(text.slice(Math.max(0, pos - 20), pos));
  return m ? m[1]! : '';
}

const PERSON = /我们|我|咱们|您|你/g;
const FIRST_PERSON = /我们|我|咱们|您|你/;
const NARRATION = /说好|本来|原本|明明|约好|答应|承诺|结果|竟然|居然/;
const APOLOGY_ZH = new RegExp(ZH.apology.join('|'));

function lastPerson(text: string): string {
  let who = '';
  for (const m of text.matchAll(PERSON)) who = m[0];
  return who;
}

/** 却 is the agent's own "but" (我们却无能为力), not narration of what went wrong (说好三天送达却延误了). */
function isAgentQue(ctx: TextContext, h: Hit): boolean {
  const t = ctx.text;
  const s = spanAt(ctx.sentences, h.start);
  const c = spanAt(ctx.clauses, h.start);
  const who = lastPerson(t.slice(c.start, h.start)) || (FIRST_PERSON.exec(t.slice(s.start, h.start))?.[0] ?? '');
  if (who) return who.startsWith('我') || who === '咱们';
  return !NARRATION.test(t.slice(s.start, h.start)) && !APOLOGY_ZH.test(t.slice(s.start, s.end));
}

/** Tell whether a cue hit is a real contrast in its sentence. */
function isContrast(ctx: TextContext, h: Hit): boolean {
  const t = ctx.text;
  const cue = t.slice(h.start, h.end);
  const after = t.slice(h.end, h.end + 24);
  if (cue === '只是') {
    // 只是 opening a later clause is "it's just that" (a but); elsewhere it means "only / just".
    const p = prevNonSpace(t, h.start);
    return (p === ',' || p === '、' || p === ':') && !after.startsWith('想');
  }
  if (cue === '却') return isAgentQue(ctx, h);
  if (cue === 'but') {
    const sent = spanAt(ctx.sentences, h.start);
    if (t.slice(sent.start, h.start).includes('not only')) return false;
    return !['nothing', 'anything', 'all', 'help', 'choice', 'none'].includes(prevWord(t, h.start));
  }
  if (cue === 'however') return !DEGREE_AFTER.test(after);
  if (cue === 'though') return prevWord(t, h.start) !== 'as';
  if (cue === 'yet') {
    const p = prevNonSpace(t, h.start);
    const clauseStart = p === ',' || p === ';' || prevWord(t, h.start) === 'and' || after.startsWith(',');
    return clauseStart && !YET_NOT_AFTER.test(after);
  }
  return true;
}

/** Find every contrastive "but" in the reply (each occurrence is evidence). */
export function detectContrast(ctx: TextContext): { value: boolean; evidence: Evidence[] } {
  const evidence: Evidence[] = [];
  for (const h of scanBoth(ctx, CUES)) {
    if (inSpans(ctx.paraphrases, h.start) || !isContrast(ctx, h)) continue;
    evidence.push(evidenceOf(ctx, 'contrast', h.start, h.end));
  }
  return { value: evidence.length > 0, evidence };
}
