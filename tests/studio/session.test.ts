import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDraftStore, type Draft } from '../../src/studio/draft-store.ts';
import { openSession, type StudioState } from '../../src/studio/studio-session.ts';
import { handleRequest } from '../../src/studio/worker-handler.ts';
import type { WorkerRequest } from '../../src/studio/worker-protocol.ts';
import { BASE_YAML, edit } from '../load/base-yaml.ts';

// The worker's real request handler behind the postMessage interface, answering on a later task as a
// worker does; the browser's own Worker is exercised by the e2e tests.
function inProcessWorker(): Worker {
  const w = {
    onmessage: null as ((e: MessageEvent) => void) | null,
    onerror: null,
    terminated: false,
    postMessage(req: WorkerRequest) {
      setTimeout(() => !w.terminated && w.onmessage?.({ data: handleRequest(req) } as MessageEvent), 0);
    },
    terminate() {
      w.terminated = true;
    },
  };
  return w as unknown as Worker;
}

async function until(read: () => StudioState, ok: (s: StudioState) => boolean): Promise<StudioState> {
  for (let i = 0; i < 600; i++) {
    const s = read();
    if (ok(s)) return s;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('timed out');
}

const draft: Draft = { id: 'd1', name: 'Base', text: BASE_YAML, updatedAt: 0, fileName: null, handle: null };

describe('studio session', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });

  it('checks, analyses and lays out the draft, marks a trap, and autosaves each edit', async () => {
    const drafts = await openDraftStore();
    let clock = 1;
    const s = openSession(draft, { drafts, now: () => clock++, spawn: inProcessWorker });
    const first = await until(s.store.get, (st) => st.analysis !== null && st.layout !== null);
    expect(first.loads).toBe(true);
    expect(first.layout!.nodes.has('opening')).toBe(true);
    // "argue" blames nothing critical here; a blaming reply added beside a passing one becomes a trap.
    const blame = edit("      - id: argue", "      - id: blame\n        reply: That's your fault, you gave the wrong address.\n        to: done\n      - id: argue");
    s.apply(blame, 'add-choice');
    const after = await until(s.store.get, (st) => !st.analysing && st.analysis !== null);
    expect(after.analysis!.choices.get('opening/blame')!.trap).toBe(true);
    expect(after.analysis!.choices.get('opening/soothe')!.trap).toBe(false);
    await until(s.store.get, (st) => st.save === 'saved');
    expect((await drafts.get('d1'))!.text).toBe(blame);
    s.undo();
    await until(s.store.get, (st) => st.save === 'saved' && !st.analysing);
    expect((await drafts.get('d1'))!.text).toBe(BASE_YAML);
    expect(s.store.get().analysis!.choices.has('opening/blame')).toBe(false);
    s.redo();
    expect(s.text()).toBe(blame);
    s.dispose();
  });

  it('keeps the graph of a file the loader refuses, with the broken link drawn to a missing node', async () => {
    const drafts = await openDraftStore();
    const broken = { ...draft, text: edit('to: done', 'to: nowhere') };
    const s = openSession(broken, { drafts, now: () => 1, spawn: inProcessWorker });
    const st = await until(s.store.get, (x) => x.model !== null && !x.analysing);
    expect(st.loads).toBe(false);
    expect(st.problems.some((p) => p.code === 'unknown-target')).toBe(true);
    expect(st.model!.nodes.find((n) => n.id === 'nowhere')!.missing).toBe(true);
    expect(st.model!.edges.find((e) => e.to === 'nowhere')!.broken).toBe(true);
    expect(st.analysis).toBeNull();
    s.dispose();
  });

  it('figures the pass rate of each teaching variant added beside its reply', async () => {
    const drafts = await openDraftStore();
    const s = openSession(draft, { drafts, now: () => 1, spawn: inProcessWorker });
    const r = await s.workers.variants(BASE_YAML, 'opening', 0, ["It's your own fault.", "I'm sorry your delivery is late."]);
    expect(r.baseline).toBeGreaterThan(0);
    expect(r.figures[0]!.trap).toBe(true);
    expect(r.figures[0]!.passRate).toBeLessThan(1);
    s.dispose();
  });
});
