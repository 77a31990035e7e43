/** The index of the first reply where two paths differ, or null when they are the same path. */
export function firstDivergence(mine: readonly string[], best: readonly string[]): number | null {
  const n = Math.max(mine.length, best.length);
  for (let i = 0; i < n; i++) if (mine[i] !== best[i]) return i;
  return null;
}

/** Points of a polyline for a mood trace in a chart box, mood 100 at the top. */
export function moodCurvePoints(trace: readonly number[], width: number, height: number, pad: number): Array<{ x: number; y: number }> {
  const steps = Math.max(1, trace.length - 1);
  return trace.map((m, i) => ({
    x: round(pad + (i / steps) * (width - 2 * pad)),
    y: round(pad + (1 - m / 100) * (height - 2 * pad)),
  }));
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
