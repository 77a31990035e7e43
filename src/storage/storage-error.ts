/** Why storage failed, as data: the UI words it in its own language. */
export type StorageProblem =
  | { code: 'quota' }
  | { code: 'blocked' }
  | { code: 'unavailable' }
  | { code: 'timeout'; seconds: number }
  | { code: 'other'; detail: string };

/** A storage call that did not answer in time: treated like a failure (IndexedDB can hang on open). */
export class StorageTimeoutError extends Error {
  override readonly name = 'StorageTimeoutError';
  constructor(readonly ms: number) {
    super(`storage did not answer within ${ms} ms`);
  }
}

/** Say why storage failed in terms a user can act on. */
export function describeStorageError(error: unknown): StorageProblem {
  if (error instanceof StorageTimeoutError) return { code: 'timeout', seconds: Math.round(error.ms / 1000) };
  const name = typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string' ? (error as { name: string }).name : '';
  if (name === 'QuotaExceededError') return { code: 'quota' };
  if (name === 'SecurityError' || name === 'InvalidStateError') return { code: 'blocked' };
  const message = error instanceof Error ? error.message : String(error);
  if (/IndexedDB is not available/.test(message)) return { code: 'unavailable' };
  return { code: 'other', detail: (message || name || 'unknown error').slice(0, 200) };
}

/** Settle like `promise`, or reject with a StorageTimeoutError after `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new StorageTimeoutError(ms)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}
