import { digestOf } from './canonical.ts';
import type { ExamRecord, Review } from './record-types.ts';
import { effectiveVerdict } from './record-types.ts';

/** The digest of a record: SHA-256 of its canonical JSON without `digest` and `reviews`. */
export function recordDigest(record: Omit<ExamRecord, 'digest' | 'reviews'> & Partial<Pick<ExamRecord, 'digest' | 'reviews'>>): string {
  const { digest: _d, reviews: _r, ...content } = record;
  return digestOf(content);
}

/** Seal a finished attempt: compute its digest; reviews start empty. */
export function sealRecord(draft: Omit<ExamRecord, 'digest' | 'reviews'>): ExamRecord {
  return { ...draft, digest: recordDigest(draft), reviews: [] };
}

/** The digest of one review, chained to the digest before it. */
export function reviewDigest(review: Omit<Review, 'digest'>, prior: string): string {
  const { by, at, from, verdict, reason } = review;
  return digestOf({ by, at, from, verdict, reason, prior });
}

/**
 * Add a trainer's override with a written reason: the record keeps its own verdict and every earlier
 * review; the new one is chained to the last digest, so removing or editing one is detected.
 */
export function addReview(
  record: ExamRecord,
  input: { by: string; at: string; verdict: 'passed' | 'failed'; reason: string },
): { ok: true; record: ExamRecord } | { ok: false; missing: 'by' | 'reason' } {
  const by = input.by.trim();
  const reason = input.reason.trim();
  if (by === '') return { ok: false, missing: 'by' };
  if (reason === '') return { ok: false, missing: 'reason' };
  const prior = record.reviews[record.reviews.length - 1]?.digest ?? record.digest;
  const base = { by, at: input.at, from: effectiveVerdict(record), verdict: input.verdict, reason };
  return { ok: true, record: { ...record, reviews: [...record.reviews, { ...base, digest: reviewDigest(base, prior) }] } };
}
