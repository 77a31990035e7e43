import type { Evidence, FeatureName } from '../../engine/index.ts';

/** A run of reply text and the features whose evidence covers it (empty: plain text). */
export interface Segment {
  text: string;
  features: FeatureName[];
}

/**
 * Split a reply into runs at every evidence boundary, so each run can be marked with the features
 * found there. Spans may overlap or fall outside the text; those are clipped, never thrown on.
 */
export function segmentReply(text: string, evidence: readonly Evidence[]): Segment[] {
  const spans = evidence
    .map((e) => ({ feature: e.feature, start: Math.max(0, e.start), end: Math.min(text.length, e.end) }))
    .filter((e) => e.end > e.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const features: FeatureName[] = [];
    for (const s of spans) if (s.start <= a && s.end >= b && !features.includes(s.feature)) features.push(s.feature);
    const prev = out[out.length - 1];
    if (prev && sameFeatures(prev.features, features)) prev.text += text.slice(a, b);
    else out.push({ text: text.slice(a, b), features });
  }
  return out;
}

function sameFeatures(a: readonly FeatureName[], b: readonly FeatureName[]): boolean {
  return a.length === b.length && a.every((f) => b.includes(f));
}
