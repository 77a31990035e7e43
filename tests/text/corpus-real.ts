// Loads the real-world reply corpus (tests/text/corpus-real/): lines modelled on replies from public pages.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { IssueSpec, Locale } from '../../engine/index.ts';
import { fnv1a32 } from './split.ts';

export const REAL_SPLITS = ['tune', 'heldback', 'blind'] as const;
export type RealSplit = (typeof REAL_SPLITS)[number];

export const REAL_FILES: Record<Locale, string> = { 'zh-Hans': 'zh-hans.jsonl', 'zh-Hant': 'zh-hant.jsonl', en: 'en.jsonl' };

/** The fifteen labels of a real-corpus line (rules.md's features plus willingness, policy, praise, guarantee, concession). */
export const REAL_LABELS = [
  'contrast', 'apology', 'empathy', 'solution', 'alternatives', 'refusal', 'paraphrase', 'question', 'blame', 'timeframe',
  'willingness', 'policy', 'praise', 'guarantee', 'concession',
] as const;

export interface RealLine {
  id: string;
  lang: Locale;
  url: string;
  text: string;
  issue?: IssueSpec;
  labels: Record<(typeof REAL_LABELS)[number], boolean | number | string>;
  split: RealSplit;
  /** 1-based line number in its file, for messages. */
  line: number;
}

/** The split a page's lines belong to when it was found in the tune/held-back pass (decided per page before writing). */
export function pageSplit(url: string): 'tune' | 'heldback' {
  return fnv1a32(url) % 3 === 0 ? 'heldback' : 'tune';
}

/** Read every line of one split (all locales when `locale` is omitted); missing files read as empty. */
export function loadRealCorpus(split: RealSplit, locale?: Locale): RealLine[] {
  const out: RealLine[] = [];
  for (const [lang, file] of Object.entries(REAL_FILES) as Array<[Locale, string]>) {
    if (locale && lang !== locale) continue;
    const path = fileURLToPath(new URL(`./corpus-real/${split}/${file}`, import.meta.url));
    if (!existsSync(path)) continue;
    readFileSync(path, 'utf8').split('\n').forEach((text, i) => {
      if (!text.trim()) return;
      out.push({ ...(JSON.parse(text) as Omit<RealLine, 'split' | 'line'>), split, line: i + 1 });
    });
  }
  return out;
}
