// Records come back from IndexedDB as whatever was written, by this version of the app, an older one,
// another tab, or someone with the developer tools. Each is checked field by field before use; one that
// does not fit is reported as unreadable (and can be deleted) instead of breaking the screens.
// Hand-written rather than zod: these checks run on the first screen, whose JavaScript budget zod
// would eat a large part of, and the shapes are four flat records.
import type { Move } from '../../engine/index.ts';
import type { Attempt, CallRecord, StoredKey, UploadRecord } from './records.ts';

/** Why a stored record cannot be used. */
export type UnreadableReason = 'not-an-object' | 'bad-field';

export type ReadResult<T> = { ok: true; value: T } | { ok: false; reason: UnreadableReason; field?: string };

type Fields = Record<string, unknown>;

const isText = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
/** A move: a choice id, a timed-out silence, or a typed reply (own properties only). */
const isMove = (v: unknown): v is Move =>
  isText(v) ||
  (typeof v === 'object' && v !== null && ((Object.hasOwn(v, 'silence') && (v as Fields).silence === true) || (Object.hasOwn(v, 'typed') && isText((v as Fields).typed))));
const isMoveList = (v: unknown): v is Move[] => Array.isArray(v) && v.every(isMove);
const isCountList = (v: unknown): v is number[] => Array.isArray(v) && v.every(isCount);
const isKey = (v: unknown): v is StoredKey => isText(v) || (typeof v === 'number' && Number.isFinite(v));

/** The primary key of a stored value, read through its key path (own property only); null when absent. */
export function keyOf(value: unknown, keyPath: string): StoredKey | null {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, keyPath)) return null;
  const key = (value as Fields)[keyPath];
  return isKey(key) ? key : null;
}

function check<T>(value: unknown, checks: ReadonlyArray<readonly [string, (v: unknown) => boolean]>, build: (f: Fields) => T): ReadResult<T> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'not-an-object' };
  const f = value as Fields;
  for (const [field, ok] of checks) {
    if (!Object.hasOwn(f, field) || !ok(f[field])) return { ok: false, reason: 'bad-field', field };
  }
  return { ok: true, value: build(f) };
}

/** Check a stored call in progress. */
export function readCall(value: unknown): ReadResult<CallRecord> {
  return check(
    value,
    [['id', isText], ['key', isText], ['scenarioId', isText], ['version', isCount], ['transcript', isMoveList], ['updatedAt', Number.isFinite]],
    (f) => ({ id: f.id, key: f.key, scenarioId: f.scenarioId, version: f.version, transcript: f.transcript, deadAir: isCountList(f.deadAir) ? f.deadAir : [], updatedAt: f.updatedAt }) as CallRecord,
  );
}

/**
 * Check a stored attempt. Its date may be missing or unreadable (shown as unknown); the fields needed to
 * grade it again may not. Old records' numeric ids and missing hashes are accepted.
 */
export function readAttempt(value: unknown): ReadResult<Attempt> {
  return check(
    value,
    [['id', isKey], ['key', isText], ['scenarioId', isText], ['version', isCount], ['transcript', isMoveList]],
    (f) => {
      const finishedAt = f.finishedAt;
      const date = typeof finishedAt === 'number' && Number.isFinite(new Date(finishedAt).getTime()) ? finishedAt : null;
      return {
        id: String(f.id),
        storedId: f.id as StoredKey,
        key: f.key as string,
        scenarioId: f.scenarioId as string,
        version: f.version as number,
        hash: isText(f.hash) ? f.hash : null,
        transcript: f.transcript as Move[],
        deadAir: isCountList(f.deadAir) ? f.deadAir : [],
        finishedAt: date,
      };
    },
  );
}

/** Check a stored opened file. */
export function readUpload(value: unknown): ReadResult<UploadRecord> {
  return check(
    value,
    [['key', isText], ['file', isText], ['text', isText]],
    (f) => ({ key: f.key as string, file: f.file as string, text: f.text as string, addedAt: Number.isFinite(f.addedAt) ? (f.addedAt as number) : 0 }),
  );
}
