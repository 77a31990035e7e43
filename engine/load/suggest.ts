/** Finds the candidate a misspelled name most likely meant, or null when none is plausibly meant. */
export type Suggester = (name: string) => string | null;

/**
 * Character comparisons one suggester may spend over all its calls. A file with thousands of misspelled
 * targets among thousands of nodes would otherwise cost (targets × nodes × length²); past this budget
 * only the cheap exact-case and prefix checks run, so a hostile file costs a bounded ~0.1 s here.
 */
export const SUGGEST_BUDGET = 20_000_000;

// Allow about one typo per three characters (at least two in longer names), so "titel" finds "title"
// but "x" finds nothing.
function allowedDistance(length: number): number {
  return Math.max(length >= 4 ? 2 : 1, Math.floor(length / 3));
}

/**
 * Levenshtein distance of a and b if it is at most `max`, else max + 1; only the diagonal band of width
 * 2·max+1 is filled, so a call costs O(|a|·max).
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const big = max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j <= max ? j : big;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(b.length, i + max);
    cur[0] = i <= max ? i : big;
    if (lo > 1) cur[lo - 1] = big;
    let rowMin = cur[0]!;
    for (let j = lo; j <= hi; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v > big ? big : v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < b.length) cur[hi + 1] = big;
    if (rowMin > max) return big;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length]!, big);
}

/** Make a suggester over a fixed set of valid names; repeated names are answered from a memo. */
export function createSuggester(candidates: readonly string[], budget = SUGGEST_BUDGET): Suggester {
  const lowered = candidates.map((c) => c.toLowerCase());
  const exact = new Map<string, string>();
  lowered.forEach((l, i) => exact.has(l) || exact.set(l, candidates[i]!));
  const lengths = [...new Set(lowered.map((l) => l.length))].filter((n) => n >= 2).sort((a, b) => b - a);
  const memo = new Map<string, string | null>();
  let spent = 0;
  const closest = (name: string): string | null => {
    const lower = name.toLowerCase();
    const hit = exact.get(lower);
    if (hit !== undefined) return hit;
    const allowed = allowedDistance(name.length);
    let best: string | null = null;
    let bestDistance = allowed + 1;
    for (let i = 0; i < lowered.length && spent < budget; i++) {
      const c = lowered[i]!;
      spent += 1 + (Math.abs(c.length - lower.length) > allowed ? 0 : lower.length * (2 * Math.min(allowed, bestDistance) + 1));
      const d = boundedDistance(lower, c, Math.min(allowed, bestDistance - 1));
      if (d < bestDistance) [best, bestDistance] = [candidates[i]!, d];
    }
    return best ?? prefixMatch(lower, exact, lengths);
  };
  return (name) => {
    let s = memo.get(name);
    if (s === undefined) memo.set(name, (s = closest(name)));
    return s;
  };
}

// A name that extends a candidate ("en-US" for "en") is also taken as meant; one lookup per candidate length.
function prefixMatch(lower: string, exact: ReadonlyMap<string, string>, lengths: readonly number[]): string | null {
  for (const n of lengths) {
    const hit = n < lower.length ? exact.get(lower.slice(0, n)) : undefined;
    if (hit !== undefined) return hit;
  }
  return null;
}

/** Find the candidate closest to a misspelled name, or null when none is plausibly meant. */
export function closestMatch(name: string, candidates: readonly string[]): string | null {
  return createSuggester(candidates)(name);
}
