import { z } from 'zod';
import { ENDINGS } from '../types.ts';
import { RECORD_FORMAT } from './record-types.ts';

// What `verify` accepts as a record before it re-grades anything: the shape of ExamRecord, strictly.

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits');
const nonNegative = z.number().finite().min(0);
const verdict = z.enum(['passed', 'failed']);
const iso = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/, 'must be an ISO 8601 UTC time');

const moveSchema = z.union([
  z.string().min(1).max(200),
  z.strictObject({ silence: z.literal(true) }),
  z.strictObject({ typed: z.string().max(2000) }),
]);

const runSchema = z.strictObject({
  id: z.string().min(1).max(200),
  version: z.number().int().min(1),
  sha256: hex64,
  moves: z.array(z.strictObject({ move: moveSchema, ms: nonNegative })).max(1000),
  score: nonNegative.max(100),
  passScore: nonNegative.max(100),
  passed: z.boolean(),
  outcome: z.enum(ENDINGS),
  criticalFailures: z.array(z.string().max(100)).max(50),
  brokenRules: z.array(z.string().max(100)).max(50),
});

const reviewSchema = z.strictObject({
  by: z.string().min(1).max(200),
  at: iso,
  from: verdict,
  verdict,
  reason: z.string().min(1).max(5000),
  digest: hex64,
});

export const recordSchema = z.strictObject({
  format: z.literal(RECORD_FORMAT),
  formatVersion: z.number().int(),
  engineVersion: z.string().max(50),
  exam: z.strictObject({ id: z.string().max(200), version: z.number().int(), sha256: hex64, title: z.string().max(500) }),
  candidate: z.strictObject({ name: z.string().min(1).max(200), id: z.string().min(1).max(200) }),
  attempt: z.number().int().min(1),
  seed: z.string().regex(/^[0-9a-f]{8,64}$/, 'must be 8 to 64 lowercase hex digits'),
  profile: z.string().max(300),
  startedAt: iso,
  finishedAt: iso,
  scenarios: z.array(runSchema).max(50),
  result: z.strictObject({ score: nonNegative.max(100), passScore: nonNegative.max(100), passed: z.boolean(), criticalFailures: z.array(z.string().max(100)).max(50) }),
  digest: hex64,
  reviews: z.array(reviewSchema).max(100),
});
