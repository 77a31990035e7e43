import { FEATURE_NAMES, type FeatureValues } from '../types.ts';
import { normalizeText } from '../text/normalize.ts';

// How far apart two readings are, and how alike two wordings are: the two keys the typed-reply reader
// ranks a node's replies by (features first, then wording).

type BooleanFeature = Exclude<keyof FeatureValues, 'apology' | 'alternatives'>;

// Every yes/no feature the analyzer reports (a feature added to the contract counts here without an edit).
const BOOLEAN_FEATURES: readonly BooleanFeature[] = FEATURE_NAMES.filter((f): f is BooleanFeature => f !== 'apology' && f !== 'alternatives');

// Blame, refusal and contrast carry the mood table's largest rows and most rules' violations: a typed reply
// with blame in it must not be taken as the authored reply without, so a mismatch there counts double.
const DOUBLE: ReadonlySet<BooleanFeature> = new Set(['contrast', 'refusal', 'blame']);
const WEIGHT = (f: BooleanFeature) => (DOUBLE.has(f) ? 2 : 1);

const APOLOGY_RANK = { none: 0, vague: 1, specific: 2 } as const;

/** 0, 1, or 2 for "two or more": what the rules and the mood model distinguish. */
function optionBucket(n: number): number {
  return n >= 2 ? 2 : n;
}

/** Weighted count of the features two readings disagree on (0: they read the same). */
export function featureDistance(a: FeatureValues, b: FeatureValues): number {
  let d = 0;
  for (const f of BOOLEAN_FEATURES) if (a[f] !== b[f]) d += WEIGHT(f);
  d += Math.abs(APOLOGY_RANK[a.apology] - APOLOGY_RANK[b.apology]);
  d += Math.abs(optionBucket(a.alternatives) - optionBucket(b.alternatives));
  return d;
}

/** How many features both readings have (an apology of either kind, one or more options count as one each). */
export function sharedFeatures(a: FeatureValues, b: FeatureValues): number {
  let n = 0;
  for (const f of BOOLEAN_FEATURES) if (a[f] && b[f]) n++;
  if (a.apology !== 'none' && b.apology !== 'none') n++;
  if (a.alternatives > 0 && b.alternatives > 0) n++;
  return n;
}

/** A string that two readings share exactly when their feature distance is 0. */
export function readingKey(f: FeatureValues): string {
  const bits = BOOLEAN_FEATURES.map((k) => (f[k] ? '1' : '0')).join('');
  return `${bits}${APOLOGY_RANK[f.apology]}${optionBucket(f.alternatives)}`;
}

/** The features a reading has, by name, for messages (what two replies both say). */
export function presentFeatures(f: FeatureValues): string[] {
  const out: string[] = BOOLEAN_FEATURES.filter((k) => f[k]);
  if (f.apology !== 'none') out.push(`${f.apology} apology`);
  if (f.alternatives >= 2) out.push('options');
  return out;
}

/**
 * The units wording is compared by: Latin words and digit runs as they are, Chinese as overlapping
 * character pairs (most Chinese words are two characters; a lone character counts as itself), all after
 * the analyzer's folding (case, full-width forms, Traditional to Simplified).
 */
export function wordingUnits(text: string): Map<string, number> {
  const units = new Map<string, number>();
  const add = (u: string) => units.set(u, (units.get(u) ?? 0) + 1);
  const folded = normalizeText(text);
  const re = /([a-z0-9']+)|(\p{Script=Han}+)/gu;
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    if (m[1]) add(m[1]);
    else if (m[2]!.length === 1) add(m[2]!);
    else for (let i = 0; i + 1 < m[2]!.length; i++) add(m[2]!.slice(i, i + 2));
  }
  return units;
}

/** Dice coefficient of two wordings' units: 1 for the same words, 0 for none in common. */
export function wordingSimilarity(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let sizeA = 0;
  let sizeB = 0;
  let common = 0;
  for (const n of b.values()) sizeB += n;
  for (const [u, n] of a) {
    sizeA += n;
    const m = b.get(u);
    if (m !== undefined) common += Math.min(n, m);
  }
  return sizeA + sizeB === 0 ? 0 : (2 * common) / (sizeA + sizeB);
}
