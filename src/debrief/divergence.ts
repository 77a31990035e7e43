import { isSilence, isTyped, type Move } from '../../engine/index.ts';

/** The index of the first turn where two paths differ, or null when they are the same path. */
export function firstDivergence(mine: readonly Move[], best: readonly Move[]): number | null {
  const n = Math.max(mine.length, best.length);
  for (let i = 0; i < n; i++) if (!sameMove(mine[i], best[i])) return i;
  return null;
}

function sameMove(a: Move | undefined, b: Move | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (isSilence(a) || isSilence(b)) return isSilence(a) && isSilence(b);
  return isTyped(a) && isTyped(b) && a.typed === b.typed;
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
