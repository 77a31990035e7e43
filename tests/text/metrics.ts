// Precision / recall / F1 of the analyzer against corpus labels, for the old sets and the real-world one.
import { analyzeReply } from '../../engine/index.ts';
import { FEATURE_NAMES as ENGINE_FEATURES, type FeatureName, type IssueSpec, type Locale, type ReplyFeatures } from '../../engine/index.ts';

/** Every boolean feature the analyzer reports. */
export const BOOL_FEATURES = [
  'contrast', 'empathy', 'solution', 'refusal', 'paraphrase', 'question', 'blame', 'timeframe', 'willingness', 'policy', 'praise', 'guarantee', 'concession',
] as const;
export type BoolFeature = (typeof BOOL_FEATURES)[number];

/** A figure computed as a binary decision: a boolean feature, ≥ 2 alternatives, or an apology kind. */
export type Metric = BoolFeature | 'alternatives>=2' | 'apology-any' | 'apology-specific';

/** The metrics of the real-world corpus (all fifteen labels) and of the older sets (labelled before praise, guarantee, concession). */
export const REAL_METRICS: readonly Metric[] = [...BOOL_FEATURES, 'alternatives>=2', 'apology-any', 'apology-specific'];
export const OLD_METRICS: readonly Metric[] = REAL_METRICS.filter((m) => m !== 'praise' && m !== 'guarantee' && m !== 'concession');

/** Every feature name of the public contract. */
export const FEATURE_NAMES: readonly FeatureName[] = ENGINE_FEATURES;

/** A labelled reply of any of the corpora. */
export interface LabelledLine {
  id: string;
  lang: Locale;
  text: string;
  issue?: IssueSpec;
  labels: Partial<Record<FeatureName, boolean | number | string>>;
}

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
  features: Partial<Record<Metric, Scores>>;
  apologyAccuracy: number;
}

export interface Scored<L extends LabelledLine = LabelledLine> {
  line: L;
  got: ReplyFeatures;
}

/** Run the analyzer over corpus lines with each line's language and issue. */
export function scoreLines<L extends LabelledLine>(lines: readonly L[]): Scored<L>[] {
  return lines.map((line) => ({ line, got: analyzeReply(line.text, line.issue ? { locale: line.lang, issue: line.issue } : { locale: line.lang }) }));
}

/** The binary value of a metric in labels or analyzer output. */
export function valueOf(v: LabelledLine['labels'] | ReplyFeatures, m: Metric): boolean {
  if (m === 'alternatives>=2') return Number(v.alternatives ?? 0) >= 2;
  if (m === 'apology-any') return (v.apology ?? 'none') !== 'none';
  if (m === 'apology-specific') return v.apology === 'specific';
  return v[m] === true;
}

function toScores(c: Counts): Scores {
  // With no positives either way, precision/recall are vacuously perfect.
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

function binary(scored: readonly Scored[], m: Metric): Scores {
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const { line, got } of scored) {
    const want = valueOf(line.labels, m);
    const have = valueOf(got, m);
    if (want && have) c.tp++;
    else if (have) c.fp++;
    else if (want) c.fn++;
  }
  return toScores(c);
}

/** Compute the per-metric scores and the apology 3-way accuracy for a set of scored lines. */
export function buildReport(scored: readonly Scored[], metrics: readonly Metric[] = OLD_METRICS): Report {
  const features: Report['features'] = {};
  for (const m of metrics) features[m] = binary(scored, m);
  const right = scored.filter(({ line, got }) => (line.labels.apology ?? 'none') === got.apology).length;
  return { n: scored.length, features, apologyAccuracy: scored.length === 0 ? 1 : right / scored.length };
}

/** List the label disagreements of one scored line, e.g. ["contrast: want true got false"]. */
export function diffLine({ line, got }: Scored): string[] {
  const out: string[] = [];
  for (const f of FEATURE_NAMES) {
    if (!Object.hasOwn(line.labels, f)) continue;
    const want = line.labels[f];
    const have = got[f];
    // Alternatives are graded as "two or more": 0 and 1 are the same answer.
    if (f === 'alternatives' ? Number(want) >= 2 !== Number(have) >= 2 : want !== have) out.push(`${f}: want ${String(want)} got ${String(have)}`);
  }
  return out;
}
