// Hostile files: every known one loads fast with short, located messages; random hostile text never
// throws, never reports an internal error, and every problem it gets points into the file; nesting in
// any form is a located too-deep, never a stack overflow.
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../engine/index.ts';
import { MAX_PROBLEMS } from '../../engine/load/problem-sink.ts';
import { checkLoad } from '../support/check-load.ts';
import { makeFuzzCase } from '../support/fuzz-yaml.ts';
import { createRand } from '../support/rand.ts';
import { HOSTILE_CASES, ordinaryScenario } from '../support/hostile-yaml.ts';

// Generous against a 2-core machine shared by several test runs: a linear loader takes ~0.15 s here.
const BUDGET_MS = 2000;

describe('known hostile files', () => {
  let ordinaryMs = 0;
  beforeAll(() => {
    checkLoad(ordinaryScenario(64 * 1024)); // warm up the JIT, as for the hostile files after it
    ordinaryMs = checkLoad(ordinaryScenario(64 * 1024)).cpuMs;
  });

  for (const c of HOSTILE_CASES) {
    it(`${c.name}: loads as fast as an ordinary file of its size, with located, short problems (${c.why})`, () => {
      const check = checkLoad(c.make(64 * 1024), BUDGET_MS);
      expect(check.violations).toEqual([]);
      expect(check.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
      // A quadratic step shows as 10-100x an ordinary file at this size; the margin absorbs a busy machine.
      expect(check.cpuMs).toBeLessThan(Math.max(6 * ordinaryMs, 300));
    });
  }

  it('caps the problems of a file with thousands of mistakes and says how many more there are', () => {
    const r = loadScenario(HOSTILE_CASES.find((c) => c.name === 'root keys')!.make(64 * 1024), 'keys.yaml');
    if (r.ok) throw new Error('expected problems');
    expect(r.problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(r.problems.at(-1)).toMatchObject({ code: 'more-problems', severity: 'error' });
    const more = r.problems.at(-1)!;
    expect(more.code === 'more-problems' && more.params.count).toBeGreaterThan(4000);
  });
});

describe('random hostile text', () => {
  it('never throws, never reports an internal error, locates every problem within the file', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const c = makeFuzzCase(createRand(seed), 8 * 1024);
        expect(checkLoad(c.text, BUDGET_MS).violations, `${c.kind}, seed ${seed}`).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('places a problem after a broken stream on its own line ("*,\\n9:\\nxt: }" has its } at 3:5)', () => {
    const r = loadScenario('*,\n9:\nxt: }', 'stream.yaml');
    expect(!r.ok && r.problems.map((p) => [p.code, p.line, p.column])).toContainEqual(['yaml-unexpected-token', 3, 5]);
  });
});

describe('nesting', () => {
  it('in any form and at any depth is a located too-deep or loads, never a stack overflow', () => {
    const forms = ['? ', '- ', '[', '{', '{a: ', '[a, ', "- '", "? '", '? - ', '- ? '];
    fc.assert(
      fc.property(fc.constantFrom(...forms), fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('', "a: b 'c\n", 'x: '), (form, depth, prefix) => {
        const check = checkLoad(`${prefix}${form.repeat(depth)}a\n`, BUDGET_MS);
        expect(check.violations).toEqual([]);
        // Flow forms nest anywhere; block forms only from a line's start ("x: ? ? a" is a syntax error, and
        // "- '- '…" is a list of strings): those must be too-deep once they are deep.
        const nests = /^[[{]/.test(form) || (prefix === '' && !form.includes("'"));
        if (depth > 300 && nests) expect(check.problems.map((p) => p.code)).toContain('too-deep');
      }),
      { numRuns: 200 },
    );
  });

  it('that overflows the parser anyway (a small stack) is a located too-deep, not "Maximum call stack size exceeded"', () => {
    const script = `import { loadScenario, formatProblemLine } from './engine/index.ts';
      const r = loadScenario('x: ' + '['.repeat(60) + ']'.repeat(60) + '\\n', 's.yaml');
      console.log(JSON.stringify(r.ok ? [] : r.problems.map((p) => [p.code, formatProblemLine(p, 'en')])));`;
    const r = spawnSync(process.execPath, ['--stack-size=120', '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const problems = JSON.parse(r.stdout) as Array<[string, string]>;
    for (const [code, line] of problems) {
      expect(line).not.toMatch(/call stack/i);
      expect(code).toBe('too-deep');
    }
  }, 60_000);
});
