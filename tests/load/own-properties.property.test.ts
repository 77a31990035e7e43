// Names from Object.prototype are ordinary names in a scenario file: node ids and choice ids called
// "constructor" or "toString" work like any other, a reference to one that is not defined is a located
// error, and "__proto__" is refused where it is written.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { analyzeScenario, formatProblem, gradePath, loadScenario, type Problem, type Scenario } from '../../engine/index.ts';
import { createNodeIO, runCli } from '../../engine/cli/main.ts';
import { BASE_YAML } from './base-yaml.ts';
import { arbScenarioDoc } from '../support/random-yaml.ts';

const NODE_NAMES = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'toLocaleString', '__defineGetter__', 'propertyIsEnumerable', '__lookupSetter__'];

// Renames every node id (and every reference to it) by a bijection, in the document before it is written.
function renameNodes(doc: Record<string, unknown>, rename: (id: string) => string): Record<string, unknown> {
  const nodes = doc['nodes'] as Record<string, { choices?: Array<Record<string, unknown>> }>;
  const renamed: Record<string, unknown> = {};
  for (const [id, node] of Object.entries(nodes)) {
    for (const c of node.choices ?? []) {
      if (typeof c['to'] === 'string') c['to'] = rename(c['to']);
      for (const t of (c['next'] as Array<{ to: string }> | undefined) ?? []) t.to = rename(t.to);
      if (c['id'] === 'c0') c['id'] = 'constructor';
    }
    renamed[rename(id)] = node;
  }
  return { ...doc, nodes: renamed, start: rename(doc['start'] as string) };
}

const warnings = new WeakMap<Scenario, string[]>();

function load(text: string): Scenario {
  const r = loadScenario(text, 'case.yaml');
  if (!r.ok) throw new Error(r.problems.map((p) => formatProblem(p, 'en')).join('\n'));
  warnings.set(r.value, r.warnings.map((w) => `${w.line}:${w.code}`));
  return r.value;
}

describe('names from Object.prototype', () => {
  it('work as node and choice ids exactly as ordinary names do: same warnings, grades and path counts', () => {
    fc.assert(
      fc.property(arbScenarioDoc(), fc.array(fc.nat(), { maxLength: 8 }), (doc, picks) => {
        const plain = load(stringify(doc));
        const ids = Object.keys(doc.nodes);
        const rename = (id: string) => NODE_NAMES[ids.indexOf(id)]!;
        const named = load(stringify(renameNodes(structuredClone(doc), rename)));
        expect(warnings.get(named)).toEqual(warnings.get(plain));
        expect(analyzeScenario(named).paths).toBe(analyzeScenario(plain).paths);
        const path: string[] = [];
        let node = plain.nodes[plain.start]!;
        for (const k of picks) {
          if (node.choices.length === 0) break;
          const c = node.choices[k % node.choices.length]!;
          path.push(c.id);
          node = plain.nodes[c.next.at(-1)!.to]!;
        }
        const a = gradePath(plain, path);
        const b = gradePath(named, path.map((id) => (id === 'c0' ? 'constructor' : id)));
        expect(b.ok).toBe(a.ok);
        if (a.ok && b.ok) expect([b.scorecard.score, b.scorecard.outcome]).toEqual([a.scorecard.score, a.scorecard.outcome]);
      }),
      { numRuns: 100 },
    );
  });

  it('that are not defined are located errors when referenced, and __proto__ is refused where written', () => {
    const cases: Array<[string, Problem['code'], number, number]> = [
      [BASE_YAML.replace('start: opening', 'start: constructor'), 'unknown-start', 17, 8],
      [BASE_YAML.replace('start: opening', 'start: toString'), 'unknown-start', 17, 8],
      [BASE_YAML.replace('        to: done', '        to: valueOf'), 'unknown-target', 25, 13],
      [BASE_YAML.replace('        to: done', '        to: __proto__'), 'unknown-target', 25, 13],
      [BASE_YAML.replace('  angry:', '  __proto__:'), 'reserved-key', 35, 3],
      [`${BASE_YAML}rules:\n  constructor: { weight: 2 }\n`, 'unknown-rule', 39, 3],
      [BASE_YAML.replace('persona:', 'persona:\n  __proto__: { name: x }'), 'reserved-key', 7, 3],
    ];
    for (const [text, code, line, column] of cases) {
      const r = loadScenario(text, 'case.yaml');
      expect(!r.ok && r.problems[0], code).toMatchObject({ code, line, column });
    }
    expect(({} as Record<string, unknown>)['name']).toBeUndefined();
  });

  it('work through the CLI: lint passes, grade walks a path through them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardcall-proto-'));
    const text = BASE_YAML.replaceAll('opening', 'constructor').replaceAll('done', 'toString').replace('id: soothe', 'id: constructor');
    writeFileSync(join(dir, 'p.yaml'), text);
    const io = { ...createNodeIO(), cwd: dir, env: {}, out: '', err: '' };
    io.stdout = (t: string) => void (io.out += t);
    io.stderr = (t: string) => void (io.err += t);
    expect(await runCli(['lint', 'p.yaml'], io)).toBe(0);
    expect(io.out).toContain('1 file checked: 0 errors, 0 warnings');
    expect(await runCli(['grade', 'p.yaml', '--choices', 'constructor', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out.slice(io.out.indexOf('{')))).toMatchObject({ outcome: 'resolved', choices: ['constructor'] });
  });
});
