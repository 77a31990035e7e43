/** Count the single-character edits between two strings (Levenshtein distance). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** Find the candidate closest to a misspelled name, or null when none is plausibly meant. */
export function closestMatch(name: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  const lower = name.toLowerCase();
  for (const c of candidates) {
    const d = c.toLowerCase() === lower ? 0 : editDistance(lower, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best === null) return null;
  // Allow about one typo per three characters (at least two in longer names), so "titel" finds "title"
  // but "x" finds nothing; a name that extends a candidate ("en-US" for "en") is also taken as meant.
  const allowed = Math.max(name.length >= 4 ? 2 : 1, Math.floor(name.length / 3));
  if (bestDistance <= allowed) return best;
  for (const c of candidates) if (c.length >= 2 && lower.startsWith(c.toLowerCase())) return c;
  return null;
}

/** Phrase a suggestion for a message: ' (did you mean "x"?)' or ''. */
export function didYouMean(name: string, candidates: readonly string[]): string {
  const m = closestMatch(name, candidates);
  return m ? ` (did you mean "${m}"?)` : '';
}
