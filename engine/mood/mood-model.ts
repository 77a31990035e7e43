import type { FeatureValues, Temperament } from '../types.ts';

/** Compute the customer's change of anger for a reply without an authored `mood`. (Provisional.) */
export function moodDeltaFor(f: FeatureValues, _temperament: Temperament): number {
  let d = 0;
  if (f.empathy) d -= 10;
  if (f.apology === 'specific') d -= 10;
  if (f.contrast) d += 10;
  if (f.blame) d += 15;
  return d;
}
