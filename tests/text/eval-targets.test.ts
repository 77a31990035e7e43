import { describe, expect, it } from 'vitest';
import { loadCorpus } from './corpus.ts';
import { buildReport, scoreLines } from './metrics.ts';

const corpus = loadCorpus();
const heldBack = buildReport(scoreLines(corpus.filter((l) => l.heldBack)));

describe('reply corpus', () => {
  it('has at least 400 labelled replies in all three locales, about a third held back', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(400);
    for (const lang of ['zh-Hans', 'zh-Hant', 'en']) expect(corpus.filter((l) => l.lang === lang).length).toBeGreaterThanOrEqual(100);
    const share = corpus.filter((l) => l.heldBack).length / corpus.length;
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.42);
    expect(new Set(corpus.map((l) => l.id)).size).toBe(corpus.length);
  });
});

describe('analyzer quality on the held-back part (issue 3 targets)', () => {
  it('contrast F1 ≥ 0.95', () => expect(heldBack.features.contrast!.f1).toBeGreaterThanOrEqual(0.95));
  it('apology 3-way accuracy ≥ 0.85', () => expect(heldBack.apologyAccuracy).toBeGreaterThanOrEqual(0.85));
  for (const f of ['empathy', 'solution', 'refusal', 'blame', 'timeframe'] as const) {
    it(`${f} F1 ≥ 0.85`, () => expect(heldBack.features[f]!.f1).toBeGreaterThanOrEqual(0.85));
  }
  it('paraphrase F1 ≥ 0.8', () => expect(heldBack.features.paraphrase!.f1).toBeGreaterThanOrEqual(0.8));
  it('alternatives ≥ 2 F1 ≥ 0.8', () => expect(heldBack.features['alternatives>=2']!.f1).toBeGreaterThanOrEqual(0.8));
});

describe('no regression on the blind sets (each used for tuning after its recorded first run)', () => {
  const blind = buildReport(scoreLines([...loadCorpus('blind'), ...loadCorpus('blind-2'), ...loadCorpus('blind-3')]));
  it('meets the same targets', () => {
    expect(blind.n).toBe(330);
    expect(blind.features.contrast!.f1).toBeGreaterThanOrEqual(0.95);
    expect(blind.apologyAccuracy).toBeGreaterThanOrEqual(0.85);
    for (const f of ['empathy', 'solution', 'refusal', 'blame', 'timeframe'] as const) expect(blind.features[f]!.f1).toBeGreaterThanOrEqual(0.85);
    expect(blind.features.paraphrase!.f1).toBeGreaterThanOrEqual(0.8);
    expect(blind.features['alternatives>=2']!.f1).toBeGreaterThanOrEqual(0.8);
  });
});
