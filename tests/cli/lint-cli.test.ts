import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../engine/cli/main.ts';
import { captureCliIO, type CapturedIO } from '../support/capture-io.ts';
import { renderSchema } from '../../engine/cli/commands/schema.ts';
import { BASE_YAML, edit } from '../load/base-yaml.ts';

function captureIO(cwd: string): CapturedIO {
  return captureCliIO(cwd);
}

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hardcall-lint-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('hardcall lint', () => {
  it('passes valid files with exit code 0', async () => {
    const io = captureIO(process.cwd());
    expect(await runCli(['lint', 'tests/fixtures/valid'], io)).toBe(0);
    expect(io.out).toMatch(/2 files checked: 0 errors/);
  });

  it('prints path:line:col: error: message [code] and exits 1, checking every file', async () => {
    const dir = tempDir({
      'a.yaml': edit('to: done', 'to: dome'),
      'b.yaml': edit('version: 1', 'version: x', edit('id: base-case', 'id: other-case')),
      'c.yaml': edit('id: base-case', 'id: third-case'),
    });
    const io = captureIO(dir);
    expect(await runCli(['lint', '.'], io)).toBe(1);
    expect(io.out).toContain('a.yaml:25:13: error: choice "soothe" leads to "dome", which is not a node (did you mean "done"?) [unknown-target]');
    expect(io.out).toContain('b.yaml:2:10: error: "version" must be a number, not a string');
    expect(io.err).toMatch(/3 files checked: 2 errors/);
  });

  it('reports a scenario id used by two files at the id line', async () => {
    const dir = tempDir({ 'a.yaml': BASE_YAML, 'b.yaml': BASE_YAML });
    const io = captureIO(dir);
    expect(await runCli(['lint', 'a.yaml', 'b.yaml', '--json'], io)).toBe(1);
    const report = JSON.parse(io.out);
    expect(report.problems).toEqual([
      expect.objectContaining({ code: 'duplicate-scenario-id', file: 'b.yaml', line: 1, message: expect.stringContaining('already used by a.yaml') }),
    ]);
  });

  it('reports lint warnings without failing', async () => {
    const text = `${BASE_YAML}  orphan:\n    customer: nobody comes here\n    end: resolved\n`;
    const io = captureIO(tempDir({ 'w.yaml': text }));
    expect(await runCli(['lint', 'w.yaml'], io)).toBe(0);
    expect(io.out).toContain('w.yaml:38:3: warning: node "orphan" is never reached');
  });

  it('fails on a missing path and on usage errors', async () => {
    const io = captureIO(process.cwd());
    expect(await runCli(['lint', 'no/such/dir'], io)).toBe(1);
    expect(io.out).toContain('no/such/dir:1:1: error: no such file or folder [file-not-found]');
    expect(await runCli(['lint'], captureIO(process.cwd()))).toBe(2);
    expect(await runCli(['lint', '--bogus', 'x'], captureIO(process.cwd()))).toBe(2);
  });

  it('runs as `hardcall` from the shell with no stack trace', () => {
    const dir = tempDir({ 'bad.yaml': 'id: [unclosed\n' });
    const r = spawnSync(process.execPath, [join(process.cwd(), 'bin/hardcall.mjs'), 'lint', dir], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/bad\.yaml:\d+:\d+: error: /);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('scenario JSON Schema', () => {
  it('matches the committed scenarios/scenario.schema.json (run `npm run schema` after changing the zod schema)', () => {
    expect(readFileSync('scenarios/scenario.schema.json', 'utf8')).toBe(renderSchema());
  });

  it('documents fields for editor hover', () => {
    const schema = JSON.parse(renderSchema());
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.properties.maxTurns.description).toMatch(/abandoned/);
    expect(schema.additionalProperties).toBe(false);
  });
});
