import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAll } from '../../src/build/scenario-plugin.ts';
import { firstDivergence, moodCurvePoints } from '../../src/debrief/divergence.ts';
import { hashText } from '../../src/state/hash-text.ts';
import { filterItems } from '../../src/state/library-filter.ts';
import type { LibraryItem } from '../../src/state/registry.ts';
import { formatRoute, parseRoute, type Route } from '../../src/state/routes.ts';
import { createStore } from '../../src/state/store.ts';
import { SMALL_YAML } from './fixtures.ts';

describe('createStore', () => {
  it('merges patches and notifies only on a real change', () => {
    const s = createStore({ a: 1, b: 'x' });
    let calls = 0;
    const off = s.subscribe(() => calls++);
    s.set({ a: 1 });
    expect(calls).toBe(0);
    s.set((st) => ({ a: st.a + 1 }));
    expect(s.get()).toEqual({ a: 2, b: 'x' });
    expect(calls).toBe(1);
    off();
    s.set({ b: 'y' });
    expect(calls).toBe(1);
  });
});

describe('routes', () => {
  it.each<Route>([
    { name: 'library' },
    { name: 'call', key: 'delivery-delay' },
    { name: 'call', key: 'upload:my file' },
    { name: 'debrief', key: 'x', attempt: '12' },
    { name: 'debrief', key: 'upload:a/b', attempt: '6f1c2a4e-9d0b-4c51-8e7a-1b2c3d4e5f60' },
  ])('round-trips %j', (route) => {
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it('sends unknown or malformed hashes to the library', () => {
    for (const h of ['', '#', '#/nope', '#/call', '#/debrief/x', '#/call/a/b', '#/debrief/x/1/2', '#/constructor', '#/__proto__/x']) {
      expect(parseRoute(h), h).toEqual({ name: 'library' });
    }
    expect(parseRoute('#/call/%E0%A4%A')).toEqual({ name: 'call', key: '%E0%A4%A' });
    expect(parseRoute('#/debrief/x/3')).toEqual({ name: 'debrief', key: 'x', attempt: '3' });
  });
});

describe('firstDivergence and the mood curve', () => {
  it('finds the first differing reply, or null for the same path', () => {
    expect(firstDivergence(['a', 'b', 'c'], ['a', 'b', 'c'])).toBeNull();
    expect(firstDivergence(['a', 'x', 'c'], ['a', 'b', 'c'])).toBe(1);
    expect(firstDivergence(['a'], ['a', 'b'])).toBe(1);
    expect(firstDivergence([], ['a'])).toBe(0);
  });

  it('maps anger 100 to the top and 0 to the bottom of the chart', () => {
    const pts = moodCurvePoints([100, 50, 0], 200, 100, 10);
    expect(pts).toEqual([
      { x: 10, y: 10 },
      { x: 100, y: 50 },
      { x: 190, y: 90 },
    ]);
    expect(moodCurvePoints([40], 200, 100, 10)).toEqual([{ x: 10, y: 58 }]);
  });
});

describe('hashText', () => {
  it('tells texts apart, is stable, and covers characters beyond Latin-1', () => {
    expect(hashText('id: a\nversion: 1\n')).toBe(hashText('id: a\nversion: 1\n'));
    expect(hashText('id: a\nversion: 1\n')).not.toBe(hashText('id: a\nversion: 2\n'));
    expect(hashText('王先生')).not.toBe(hashText('王先牛'));
    expect(hashText('')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('filterItems', () => {
  const item = (key: string, locale: 'en' | 'zh-Hans', difficulty: 1 | 2 | 3, title: string): LibraryItem => ({
    key, source: 'bundled', file: `${key}.yaml`,
    summary: { id: key, version: 1, locale, title, difficulty, persona: { name: 'n', temperament: 'lively', mood: 50 } },
  });
  const items = [item('a', 'en', 3, 'Zeta'), item('b', 'zh-Hans', 1, '甲'), item('c', 'en', 1, 'Alpha'), item('d', 'en', 1, 'Beta')];

  it('filters by language and difficulty, easiest first then by title', () => {
    expect(filterItems(items, { locale: 'all', difficulty: 'all' }).map((i) => i.key)).toEqual(['c', 'd', 'b', 'a']);
    expect(filterItems(items, { locale: 'en', difficulty: 'all' }).map((i) => i.key)).toEqual(['c', 'd', 'a']);
    expect(filterItems(items, { locale: 'en', difficulty: 1 }).map((i) => i.key)).toEqual(['c', 'd']);
    expect(filterItems(items, { locale: 'zh-Hant', difficulty: 'all' })).toEqual([]);
  });
});

describe('bundled scenario index (build-time loading)', () => {
  it('summarises valid files and keeps broken and duplicate ones with located problems', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardcall-plugin-'));
    writeFileSync(join(dir, 'a.yaml'), SMALL_YAML);
    writeFileSync(join(dir, 'b.yaml'), SMALL_YAML);
    writeFileSync(join(dir, 'c.yaml'), 'id: broken\nversion: one\n');
    writeFileSync(join(dir, 'scenario.schema.json'), '{}');
    writeFileSync(join(dir, 'notes.txt'), 'ignored');
    const all = loadAll(dir).map((l) => l.entry);
    expect(all.map((e) => e.file)).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
    const [a, b, c] = all;
    expect(a).toMatchObject({ ok: true, key: 'app-small', hash: hashText(SMALL_YAML), summary: { title: 'Small test call', difficulty: 1, locale: 'en', persona: { name: 'Pat' } } });
    expect(b).toMatchObject({ ok: false, problems: [{ code: 'duplicate-scenario-id', file: 'b.yaml' }] });
    expect(c?.ok).toBe(false);
    if (c && !c.ok) expect(c.problems[0]).toMatchObject({ file: 'c.yaml', severity: 'error' });
    if (c && !c.ok) expect(c.problems.every((p) => p.line >= 1 && p.column >= 1)).toBe(true);
  });
});
