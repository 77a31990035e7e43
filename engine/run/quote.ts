import type { FeatureName, ReplyFeatures } from '../types.ts';

// Clause boundaries in all three locales: a quote is the clause around the cue, not the whole reply.
const CLAUSE_END = new Set([...'，。！？；,.!?;…\n'].map((c) => c.charCodeAt(0)));

function clauseAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !CLAUSE_END.has(text.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < text.length && !CLAUSE_END.has(text.charCodeAt(e))) e++;
  return text.slice(s, e).trim();
}

/**
 * Quote the words of a reply that show some features: the clauses around the analyzer's evidence for
 * them; the whole reply when `names` is undefined or no evidence names them (a feature set by the author's
 * `tags` has no span); '' when `names` is empty (a finding about something missing).
 */
export function quoteFeatures(text: string, features: ReplyFeatures, names: readonly FeatureName[] | undefined): string {
  if (names && names.length === 0) return '';
  const clauses: string[] = [];
  if (names) {
    for (const ev of features.evidence) {
      if (!names.includes(ev.feature)) continue;
      const c = clauseAround(text, ev.start, ev.end);
      if (c && !clauses.includes(c)) clauses.push(c);
    }
  }
  return clauses.length > 0 ? clauses.join(' … ') : text;
}
