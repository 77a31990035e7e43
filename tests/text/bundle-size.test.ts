import { describe, expect, it } from 'vitest';
import { measureAnalyzerSize, SIZE_BUDGET_GZIP } from './bundle-size.ts';

describe('analyzer bundle', () => {
  it('bundles for the browser (no node-only imports) within its lazy-load budget (64 KB gzipped)', async () => {
    const size = await measureAnalyzerSize();
    expect(size.minified).toBeGreaterThan(10_000);
    expect(size.gzipped).toBeLessThanOrEqual(SIZE_BUDGET_GZIP);
  }, 30_000);
});
