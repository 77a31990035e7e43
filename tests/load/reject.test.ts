import { describe, expect, it } from 'vitest';
import { loadScenario, loadScenarioBytes } from '../../engine/load/load-scenario.ts';
import { MAX_FILE_BYTES } from '../../engine/load/read-text.ts';
import { BASE_YAML, edit } from './base-yaml.ts';
import { formatProblem } from '../../engine/index.ts';

function problemsOf(text: string) {
  const r = loadScenario(text, 'case.yaml');
  if (r.ok) throw new Error('expected the file to be rejected');
  return r.problems;
}

describe('loadScenario accepts the base fixture', () => {
  it('loads it with no warnings', () => {
    const r = loadScenario(BASE_YAML, 'case.yaml');
    expect(r.ok && r.warnings).toEqual([]);
  });
});

// Each rejection of the format contract: the file gets one located problem, with a plain message.
const cases: Array<{ name: string; text: string; code: string; line: number; column?: number; message: RegExp }> = [
  { name: 'YAML syntax error', text: edit('title: Base case', 'title: [Base case'), code: 'yaml-', line: 5, message: /flow|sequence|\]/i },
  { name: 'unknown top-level field with suggestion', text: edit('title: Base case', 'titel: Base case'), code: 'unknown-field', line: 4, column: 1, message: /unknown field "titel".*did you mean "title"/ },
  { name: 'unknown choice field', text: edit('        mood: -20', '        moood: -20'), code: 'unknown-field', line: 24, column: 9, message: /"moood".*did you mean "mood"/ },
  { name: 'missing required field', text: edit('passScore: 70\n', ''), code: 'missing-field', line: 1, message: /missing required field "passScore"/ },
  { name: 'missing enum field', text: edit('difficulty: 2\n', ''), code: 'missing-field', line: 1, message: /missing required field "difficulty"/ },
  { name: 'bad indentation', text: edit('version: 1', 'version: 1\n  extra: x'), code: 'yaml-', line: 2, message: /indent/ },
  { name: 'full-width colon after a key', text: edit('title: Base case', 'title：Base case'), code: 'yaml-', line: 4, message: /full-width colon/ },
  { name: 'unquoted ": " inside a value', text: edit('reply: But it is not our fault.', 'reply: Note: it is not our fault.'), code: 'yaml-', line: 27, column: 16, message: /put the whole value in quotes/ },
  { name: 'regional locale tag', text: edit('locale: en', 'locale: zh-TW'), code: 'invalid-value', line: 3, message: /did you mean "zh-Hant"/ },
  { name: 'fractional mood', text: edit('mood: -20', 'mood: -20.5'), code: 'wrong-type', line: 24, column: 15, message: /must be a whole number/ },
  { name: 'wrong type', text: edit('version: 1', 'version: one'), code: 'wrong-type', line: 2, column: 10, message: /"version" must be a number, not a string/ },
  { name: 'out-of-range mood', text: edit('  mood: 80', '  mood: 180'), code: 'too-big', line: 9, column: 9, message: /"persona.mood" must be at most 100 \(got 180\)/ },
  { name: 'out-of-range difficulty', text: edit('difficulty: 2', 'difficulty: 5'), code: 'invalid-value', line: 5, message: /"difficulty" must be one of 1, 2, 3/ },
  { name: 'locale outside the list', text: edit('locale: en', 'locale: en-US'), code: 'invalid-value', line: 3, column: 9, message: /"locale" must be one of zh-Hans, zh-Hant, en \(got "en-US"\) \(did you mean "en"\?\)/ },
  { name: 'target is not a node', text: edit('        to: done', '        to: dome'), code: 'unknown-target', line: 25, column: 13, message: /leads to "dome", which is not a node \(did you mean "done"\?\)/ },
  { name: 'missing start node', text: edit('start: opening', 'start: openin'), code: 'unknown-start', line: 17, column: 8, message: /start node "openin" is not defined.*did you mean "opening"/ },
  { name: 'node with neither choices nor end', text: edit('    end: resolved\n', ''), code: 'node-without-choices-or-end', line: 32, column: 3, message: /node "done" needs either choices/ },
  { name: 'node with both choices and end', text: edit('  done:\n    customer: Thanks.\n', '  done:\n    customer: Thanks.\n    choices:\n      - { id: x, reply: hi, to: done }\n'), code: 'node-choices-and-end', line: 36, message: /both choices and end/ },
  { name: 'duplicate choice ids', text: edit('      - id: argue', '      - id: soothe'), code: 'duplicate-choice-id', line: 26, message: /choice id "soothe" is used twice in node "opening"/ },
  { name: 'duplicate node ids', text: edit('  angry:\n    customer: Manager, now.\n    end: escalated\n', '  angry:\n    customer: Manager, now.\n    end: escalated\n  done:\n    customer: again\n    end: resolved\n'), code: 'yaml-duplicate-key', line: 38, message: /duplicate key/ },
  { name: 'next whose last entry has a when', text: edit('          - to: opening', '          - when: { moodBelow: 90 }\n            to: opening'), code: 'next-last-has-when', line: 31, message: /last entry of next.*must have no when/ },
  { name: 'guard with an unknown key', text: edit('when: { moodAtLeast: 90 }', 'when: { moodAbove: 90 }'), code: 'unknown-field', line: 29, column: 21, message: /unknown field "moodAbove" in nodes\.opening\.choices\[1\]\.next\[0\]\.when \(did you mean "moodAtLeast"\?\); a guard is either \{moodAtLeast: N\} or \{moodBelow: N\}/ },
  { name: 'guard with both forms', text: edit('when: { moodAtLeast: 90 }', 'when: { moodAtLeast: 90, moodBelow: 95 }'), code: 'invalid-union', line: 29, message: /has both moodAtLeast and moodBelow/ },
  { name: 'empty guard', text: edit('when: { moodAtLeast: 90 }', 'when: {}'), code: 'invalid-union', line: 29, message: /must be either \{moodAtLeast: N\} or \{moodBelow: N\}/ },
  { name: 'guard of the right form with a wrong value', text: edit('when: { moodAtLeast: 90 }', 'when: { moodAtLeast: high }'), code: 'wrong-type', line: 29, column: 34, message: /"nodes\.opening\.choices\[1\]\.next\[0\]\.when\.moodAtLeast" must be a number/ },
  { name: 'choice with both to and next', text: edit('        to: done', '        to: done\n        next: [{ to: done }]'), code: 'choice-to-and-next', line: 26, message: /both to and next/ },
  { name: 'scenario id not kebab-case', text: edit('id: base-case', 'id: Base_Case'), code: 'invalid-format', line: 1, column: 5, message: /kebab-case/ },
  { name: 'empty reply', text: edit("reply: But it is not our fault.", "reply: ''"), code: 'too-small', line: 27, message: /must not be empty/ },
  { name: 'unknown rule in rules:', text: `${BASE_YAML}rules:\n  no-bt: { weight: 2 }\n`, code: 'unknown-rule', line: 39, column: 3, message: /unknown rule "no-bt".*did you mean "no-but"/ },
  { name: 'unknown rule profile', text: `${BASE_YAML}profile: reasurance\n`, code: 'invalid-value', line: 38, column: 10, message: /"profile" must be one of default, reassurance.*did you mean "reassurance"/ },
  { name: 'a list instead of a mapping', text: '- id: x\n- id: y\n', code: 'not-a-mapping', line: 1, message: /must be a mapping/ },
  { name: 'tab indentation', text: edit('  name: Sam', '\tname: Sam'), code: 'yaml-', line: 7, message: /tab/i },
  { name: 'empty file', text: '\n  \n# just a comment\n', code: 'empty-file', line: 1, message: /file is empty/ },
  { name: 'deep nesting', text: `id: x\nnodes: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, code: 'too-deep', line: 2, message: /nesting deeper than 64/ },
  { name: 'alias bomb', text: aliasBomb(), code: 'yaml-aliases', line: 5, column: 8, message: /too many alias expansions/ },
];

function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 0; i < 8; i++) {
    const prev = String.fromCharCode(97 + i);
    const cur = String.fromCharCode(98 + i);
    lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

describe('loadScenario rejects what the format contract rejects', () => {
  for (const c of cases) {
    it(c.name, () => {
      const problems = problemsOf(c.text);
      const p = problems.find((x) => x.code.startsWith(c.code));
      expect(p, JSON.stringify(problems)).toBeDefined();
      expect(formatProblem(p!, 'en')).toMatch(c.message);
      expect(p!.line).toBe(c.line);
      if (c.column !== undefined) expect(p!.column).toBe(c.column);
      expect(p!.file).toBe('case.yaml');
      expect(p!.severity).toBe('error');
      expect(formatProblem(p!, 'en')).not.toMatch(/\n|at .*\.ts:\d+/);
    });
  }
});

describe('loadScenarioBytes', () => {
  it('rejects invalid UTF-8 with the line of the bad byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('id: x\ntitle: '), 0xff, 0xfe, 0x0a]);
    const r = loadScenarioBytes(bytes, 'bad.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ code: 'invalid-utf8', line: 2, column: 8 });
  });

  it('refuses files above the size limit and accepts one just under it', () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x20);
    const r = loadScenarioBytes(big, 'big.yaml');
    expect(!r.ok && r.problems[0]).toMatchObject({ code: 'file-too-large', line: 1, column: 1 });
    expect(formatProblem(!r.ok ? r.problems[0]! : (undefined as never), 'en')).toBe('file is 513 KB; scenario files may be at most 512 KB');
    const padded = `${BASE_YAML}${'#'.repeat(80).concat('\n').repeat(6460)}`;
    expect(padded.length).toBeGreaterThan(MAX_FILE_BYTES - 1000);
    expect(padded.length).toBeLessThan(MAX_FILE_BYTES);
    expect(loadScenarioBytes(new TextEncoder().encode(padded), 'ok.yaml').ok).toBe(true);
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${BASE_YAML}`);
    expect(loadScenarioBytes(bytes, 'bom.yaml').ok).toBe(true);
  });
});

describe('untrusted input safety', () => {
  it('never pollutes Object.prototype through __proto__ keys', () => {
    const r = loadScenario(`${BASE_YAML}__proto__: { polluted: true }\n`, 'proto.yaml');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(!r.ok && r.problems[0]).toMatchObject({ code: 'reserved-key', line: 38, column: 1 });
    expect(!r.ok && formatProblem(r.problems[0]!, 'en')).toMatch(/"__proto__" cannot be used as a name/);
  });

  it('accepts the same scenario written as JSON', () => {
    const json = JSON.stringify({
      id: 'json-case', version: 1, locale: 'en', title: 'J', difficulty: 1,
      persona: { name: 'A', temperament: 'lively', mood: 50 }, brief: 'b',
      issue: { summary: 's', keywords: ['late'] }, solvableInCall: true, maxTurns: 3, passScore: 70,
      start: 'a', nodes: { a: { customer: 'hi', choices: [{ id: 'x', reply: 'ok', to: 'b' }] }, b: { customer: 'bye', end: 'resolved' } },
    }, null, 2);
    expect(loadScenario(json, 'case.json').ok).toBe(true);
    const broken = json.replace('"maxTurns": 3', '"maxTurns": "3"');
    const r = loadScenario(broken, 'case.json');
    const line = broken.split('\n').findIndex((l) => l.includes('"maxTurns"')) + 1;
    expect(!r.ok && r.problems[0]).toMatchObject({ code: 'wrong-type', line, column: 15 });
  });
});
