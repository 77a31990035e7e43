// Loads the labelled reply corpus (tests/text/corpus/*.jsonl) for the eval script and the tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeatureValues, IssueSpec, Locale } from '../../engine/index.ts';
import { isHeldBack } from './split.ts';

export interface CorpusLine {
  id: string;
  lang: Locale;
  text: string;
  /** The older sets were labelled before praise, guarantee and concession existed. */
  labels: Omit<FeatureValues, 'praise' | 'guarantee' | 'concession'>;
  issue?: IssueSpec;
  heldBack: boolean;
}

const FILES = ['zh-hans.jsonl', 'zh-hant.jsonl', 'en.jsonl'];

/**
 * Read every corpus line, marking the held-back ones. The `blind` sets were written after the analyzer
 * was built (tests/text/corpus-blind*): wholly held back; see corpus/README.md for how each was used.
 */
export function loadCorpus(set: 'main' | 'blind' | 'blind-2' | 'blind-3' | 'blind-4' = 'main'): CorpusLine[] {
  const out: CorpusLine[] = [];
  for (const f of FILES) {
    const path = fileURLToPath(new URL(`./${set === 'main' ? 'corpus' : `corpus-${set}`}/${f}`, import.meta.url));
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const o = JSON.parse(line) as Omit<CorpusLine, 'heldBack'>;
      out.push({ ...o, heldBack: set !== 'main' || isHeldBack(o.id) });
    }
  }
  return out;
}
