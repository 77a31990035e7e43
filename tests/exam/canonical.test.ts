import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson, digestOf, loadScenario, scenarioHash, sha256Hex, ENGINE_VERSION, replyOrder } from '../../engine/index.ts';
import { ROOT } from './fixtures.ts';

describe('canonical JSON and SHA-256', () => {
  it('serialises per RFC 8785: sorted keys, no whitespace, ECMAScript numbers', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], é: 1e21, c: { z: 0.5, y: -0 } })).toBe('{"a":[true,null,"x"],"b":1,"c":{"y":0,"z":0.5},"é":1e+21}');
    expect(canonicalJson({ '\u20ac': 1, '\r': 2, '1': 3 })).toBe('{"\\r":2,"1":3,"€":1}');
  });

  it('hashes with SHA-256 (FIPS 180-2 test vectors)', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('digests equal values equally whatever their key order, and different values differently', () => {
    expect(digestOf({ a: 1, b: [1, 2] })).toBe(digestOf({ b: [1, 2], a: 1 }));
    expect(digestOf({ a: 1, b: [1, 2] })).not.toBe(digestOf({ a: 1, b: [2, 1] }));
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow();
    expect(() => canonicalJson('\ud800')).toThrow();
  });
});

describe('scenario hash', () => {
  const text = readFileSync(join(ROOT, 'scenarios/double-charge.yaml'), 'utf8');
  const base = loadScenario(text, 'x.yaml');
  if (!base.ok) throw new Error('double-charge does not load');
  const hash = scenarioHash(base.value);

  it('ignores comments and formatting, which do not change what the scenario says', () => {
    const reformatted = loadScenario(`# a new comment\n\n${text.replace(/^(version: \d+)$/m, '$1   # pinned by exams\n')}`, 'y.yaml');
    expect(reformatted.ok && scenarioHash(reformatted.value)).toBe(hash);
  });

  it('changes with any authored content: a reply, a pass mark', () => {
    const firstReply = /reply: (.+)/.exec(text)![1]!;
    const edited = loadScenario(text.replace(firstReply, `${firstReply.replace(/\.$/, '')} Truly.`), 'z.yaml');
    expect(edited.ok && scenarioHash(edited.value)).not.toBe(hash);
    const pass = loadScenario(text.replace(/^passScore: \d+/m, 'passScore: 71'), 'p.yaml');
    expect(pass.ok && scenarioHash(pass.value)).not.toBe(hash);
  });
});

describe('seeded reply order', () => {
  it('is a permutation, the same for the same seed and turn, and varies with seed and turn', () => {
    const a = replyOrder('00ff00ff', 'double-charge', 1, 5);
    expect([...a].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(replyOrder('00ff00ff', 'double-charge', 1, 5)).toEqual(a);
    const seen = new Set<string>();
    for (let i = 0; i < 30; i++) seen.add(replyOrder(`seed${i}`, 'double-charge', 1, 5).join());
    expect(seen.size).toBeGreaterThan(10);
    expect(replyOrder('x', 's', 1, 1)).toEqual([0]);
  });
});

describe('engine version', () => {
  it('matches package.json', () => {
    expect(ENGINE_VERSION).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });
});
