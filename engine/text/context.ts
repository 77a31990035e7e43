import type { Evidence, FeatureName, IssueSpec } from '../types.ts';
import { normalizeText } from './normalize.ts';
import type { Hit, Scannable } from './scan.ts';
import { splitClauses, splitSentences, type Span } from './segment.ts';

/** What every feature detector reads: the original and folded text, its segments, shared findings. */
export interface TextContext extends Scannable {
  raw: string;
  /** Folded text: same length as `raw`. */
  text: string;
  sentences: Span[];
  clauses: Span[];
  /** Whether to run the Chinese and English lexicons (both for a mixed reply). */
  zh: boolean;
  en: boolean;
  /** Spans where the agent restates the customer's words (in order): their "but"s and "can't"s are the customer's. */
  paraphrases: Span[];
  /** Where the scenario issue's keywords occur (in order), or null when analysed without an issue. */
  issueHits: Hit[] | null;
}

/** Every occurrence of each key in the text, in order (linear in the text per key). */
function keyHits(text: string, keys: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  for (const k of keys) {
    for (let at = text.indexOf(k); at >= 0; at = text.indexOf(k, at + k.length)) hits.push({ start: at, end: at + k.length });
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Build the shared context for one reply. */
export function buildContext(raw: string, issue: IssueSpec | undefined): TextContext {
  const text = normalizeText(raw);
  let zh = false;
  let en = false;
  for (let i = 0; i < text.length && !(zh && en); i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) zh = true;
    else if (c >= 0x61 && c <= 0x7a) en = true;
  }
  const keys = issue ? [issue.summary, ...issue.keywords].map((k) => normalizeText(k.trim())).filter((k) => k.length > 0) : [];
  return {
    raw,
    text,
    sentences: splitSentences(text),
    clauses: splitClauses(text),
    zh,
    en,
    paraphrases: [],
    issueHits: keys.length > 0 ? keyHits(text, keys) : null,
    hits: new Map(),
  };
}

/** Make an evidence record whose cue is the original text of the span. */
export function evidenceOf(ctx: TextContext, feature: FeatureName, start: number, end: number): Evidence {
  return { feature, start, end, cue: ctx.raw.slice(start, end) };
}
