import { describe, expect, it } from 'vitest';
import { claimCall, rememberedCallId, type ClaimDeps } from '../../src/state/call-claims.ts';
import type { CallRecord } from '../../src/storage/records.ts';

/** sessionStorage of one tab. */
function session(): NonNullable<ClaimDeps['session']> {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
}

/** Web Locks as the browser shares them between the tabs of one origin (exclusive, `ifAvailable` only). */
function lockManager(): Pick<LockManager, 'request'> {
  const held = new Set<string>();
  const request = (async (name: string, _options: LockOptions, callback: (lock: Lock | null) => unknown) => {
    if (held.has(name)) return callback(null);
    held.add(name);
    try {
      return await callback({ name, mode: 'exclusive' });
    } finally {
      held.delete(name);
    }
  }) as LockManager['request'];
  return { request };
}

const call = (id: string, updatedAt: number): CallRecord => ({ id, key: 'x', scenarioId: 'x', version: 1, transcript: [id], deadAir: [], updatedAt });
let n = 0;
const settle = () => new Promise((r) => setTimeout(r, 0));
const deps = (s: ClaimDeps['session'], locks: ClaimDeps['locks']): ClaimDeps => ({ session: s, locks, newId: () => `new-${++n}` });

describe('claimCall', () => {
  it('resumes this tab’s own call after a reload, even when another saved call is newer', async () => {
    const locks = lockManager();
    const tabA = session();
    const first = await claimCall('x', [], deps(tabA, locks));
    first.release(); // the page unloads
    await settle();
    const again = await claimCall('x', [call('other', 9), call(first.id, 1)], deps(tabA, locks));
    expect(again.id).toBe(first.id);
    expect(again.resume?.transcript).toEqual([first.id]);
  });

  it('never resumes a call another open tab holds; a call left by a closed tab is taken over', async () => {
    const locks = lockManager();
    const a = await claimCall('x', [], deps(session(), locks));
    const b = await claimCall('x', [call(a.id, 5)], deps(session(), locks));
    expect(b.id).not.toBe(a.id);
    expect(b.resume).toBeNull();
    a.release();
    await settle();
    const c = await claimCall('x', [call(a.id, 5)], deps(session(), locks));
    expect(c.id).toBe(a.id);
  });

  it('goes on as a copy when its own call is held by a duplicate of the tab', async () => {
    const locks = lockManager();
    const original = session();
    const a = await claimCall('x', [], deps(original, locks));
    const duplicate = session();
    duplicate.setItem(`hardcall.call:x`, a.id);
    const b = await claimCall('x', [call(a.id, 5)], deps(duplicate, locks));
    expect(b.id).not.toBe(a.id);
    expect(b.resume).toMatchObject({ id: b.id, transcript: [a.id] });
    expect(rememberedCallId(duplicate, 'x')).toBe(b.id);
    expect(rememberedCallId(original, 'x')).toBe(a.id);
  });

  it('works without Web Locks or session storage', async () => {
    const c = await claimCall('x', [call('old', 1)], deps(null, null));
    expect(c.id).toBe('old');
  });
});
