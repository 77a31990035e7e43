import type { CallRecord } from '../storage/records.ts';
import type { KeyValue } from '../storage/settings.ts';

/**
 * Which call a tab plays. Each call has its own id; the tab remembers the id of the call it plays per
 * scenario in sessionStorage (per tab, kept across a reload) and holds a Web Lock named after it while the
 * call is open, so no other tab resumes — and overwrites — the same call.
 */
export interface CallClaim {
  id: string;
  /** The saved call this tab goes on with, if any. */
  resume: CallRecord | null;
  /** Let other tabs take the call (when the screen closes). */
  release(): void;
}

export interface ClaimDeps {
  /** This tab's session storage (null where blocked). */
  session: KeyValue | null;
  locks: Pick<LockManager, 'request'> | null;
  newId: () => string;
}

const SESSION_PREFIX = 'hardcall.call:';

/** The id of the call this tab last played for a scenario key, if it remembers one. */
export function rememberedCallId(session: ClaimDeps['session'], key: string): string | null {
  try {
    return session?.getItem(SESSION_PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

/** Make `id` the call this tab resumes for a scenario key. */
export function rememberCall(session: ClaimDeps['session'], key: string, id: string): void {
  safely(() => session?.setItem(SESSION_PREFIX + key, id));
}

/**
 * Claim a call for `key`: this tab's own saved call if no other tab holds it, else the most recent saved
 * call that no open tab holds (a call left in a closed tab), else a new one. A call another tab holds is
 * never resumed here; when this tab's own is held elsewhere (a duplicated tab) it goes on as a copy.
 */
export async function claimCall(key: string, saved: readonly CallRecord[], deps: ClaimDeps): Promise<CallClaim> {
  const own = rememberedCallId(deps.session, key);
  const ordered = [...saved].sort((a, b) => Number(b.id === own) - Number(a.id === own));
  for (const call of ordered) {
    const release = await tryLock(deps.locks, call.id);
    if (release) return makeClaim(key, call.id, call, release, deps);
    if (call.id === own) {
      const id = deps.newId();
      return makeClaim(key, id, { ...call, id }, (await tryLock(deps.locks, id)) ?? (() => {}), deps);
    }
  }
  // A new id is held by no one: the call starts at once and its lock is taken meanwhile.
  const id = deps.newId();
  const locked = tryLock(deps.locks, id);
  return makeClaim(key, id, null, () => void locked.then((release) => release?.()), deps);
}

function makeClaim(key: string, id: string, resume: CallRecord | null, release: () => void, deps: ClaimDeps): CallClaim {
  rememberCall(deps.session, key, id);
  return { id, resume, release };
}

/** Take the lock named after a call if no other tab holds it; resolves to its release, or null. Without Web Locks, always granted. */
function tryLock(locks: ClaimDeps['locks'], id: string): Promise<(() => void) | null> {
  if (!locks) return Promise.resolve(() => {});
  return new Promise((resolve) => {
    locks
      .request(`hardcall-call:${id}`, { ifAvailable: true }, (lock) => {
        if (!lock) return resolve(null);
        return new Promise<void>((release) => resolve(() => release()));
      })
      .catch(() => resolve(null));
  });
}

function safely(f: () => unknown): void {
  try {
    f();
  } catch {
    // Session storage blocked: the tab simply does not remember its call across a reload.
  }
}
