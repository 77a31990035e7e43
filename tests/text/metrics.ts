// Precision / recall / F1 of the analyzer against corpus labels.
import { analyzeReply } from '../../engine/text/analyze-reply.ts';
import type { FeatureName, FeatureValues, ReplyFeatures } from '../../engine/types.ts';
import type { CorpusLine } from './corpus.ts';

export const BOOL_FEATURES = ['contrast', 'empathy', 'solution', 'refusal', 'paraphrase', 'question', 'blame', 'timeframe', 'willingness', 'policy'] as const;
export type BoolFeature = (typeof BOOL_FEATURES)[number];

/** Every feature name of the public contract. */
export const FEATURE_NAMES: readonly FeatureName[] = ['contrast', 'apology', 'empathy', 'solution', 'alternatives', 'refusal', 'paraphrase', 'question', 'blame', 'timeframe', 'willingness', 'policy'];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface Report {
  n: number;
  features: Record<BoolFeature | 'alternatives>=2' | 'apology-any', Scores>;
  apologyAccuracy: number;
}

export interface Scored {
  line: CorpusLine;
  got: ReplyFeatures;
}

/** Run the analyzer over corpus lines with each line's language and issue. */
export function scoreLines(lines: readonly CorpusLine[]): Scored[] {
  return lines.map((line) => ({ line, got: analyzeReply(line.text, line.issue ? { locale: line.lang, issue: line.issue } : { locale: line.lang }) }));
}

function toScores(c: Counts): Scores {
  // With no positives either way, precision/recall are vacuously perfect.
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

function binary(scored: readonly Scored[], pick: (v: FeatureValues) => boolean): Scores {
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const { line, got } of scored) {
    const want = pick(line.labels);
    const have = pick(got);
    if (want && have) c.tp++;
    else if (have) c.fp++;
    else if (want) c.fn++;
  }
  return toScores(c);
}

/** Compute the per-feature scores and apology accuracy for a set of scored lines. */
export function buildReport(scored: readonly Scored[]): Report {
  const features = {} as Report['features'];
  for (const f of BOOL_FEATURES) features[f] = binary(scored, (v) => v[f]);
  features['alternatives>=2'] = binary(scored, (v) => v.alternatives >= 2);
  features['apology-any'] = binary(scored, (v) => v.apology !== 'none');
  const right = scored.filter(({ line, got }) => line.labels.apology === got.apology).length;
  return { n: scored.length, features, apologyAccuracy: scored.length === 0 ? 1 : right / scored.length };
}

/** List the label disagreements of one scored line, e.g. ["contrast: want true got false"]. */
export function diffLine({ line, got }: Scored): string[] {
  const out: string[] = [];
  for (const f of [...BOOL_FEATURES, 'apology', 'alternatives'] as const) {
    if (line.labels[f] !== got[f]) out.push(`${f}: want ${String(line.labels[f])} got ${String(got[f])}`);
  }
  return out;
}
