import type { Evidence, FeatureName, IssueSpec } from '../types.ts';
import { normalizeText } from './normalize.ts';
import { splitClauses, splitSentences, type Span } from './segment.ts';

/** What every feature detector reads: the original and folded text, its segments, shared findings. */
export interface TextContext {
  raw: string;
  /** Folded text: same length as `raw`. */
  text: string;
  sentences: Span[];
  clauses: Span[];
  /** Whether to run the Chinese and English lexicons (both for a mixed reply). */
  zh: boolean;
  en: boolean;
  /** Spans where the agent restates the customer's words: their "but"s and "can't"s are the customer's. */
  paraphrases: Span[];
  /** Folded issue keywords, or null when the reply is analysed without a scenario issue. */
  issueKeys: string[] | null;
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
    issueKeys: keys.length > 0 ? keys : null,
  };
}

/** Make an evidence record whose cue is the original text of the span. */
export function evidenceOf(ctx: TextContext, feature: FeatureName, start: number, end: number): Evidence {
  return { feature, start, end, cue: ctx.raw.slice(start, end) };
}
