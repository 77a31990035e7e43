import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../engine/cli/main.ts';
import { captureCliIO, type CapturedIO } from '../support/capture-io.ts';
import { loadScenario } from '../../engine/index.ts';

function captureIO(cwd: string): CapturedIO {
  return captureCliIO(cwd);
}

describe('hardcall import', () => {
  it('prints scenario YAML that loads, and its warnings located in the Twine file', async () => {
    const io = captureIO(process.cwd());
    expect(await runCli(['import', 'tests/fixtures/twine/delivery-published.html'], io)).toBe(0);
    expect(loadScenario(io.out, 'out.yaml').ok).toBe(true);
    expect(io.err).toContain('tests/fixtures/twine/delivery-published.html:11:1: warning: macro left out');
  });

  it('exits 1 on a broken link, writes --out anyway, and gives JSON with --json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardcall-import-'));
    const io = captureIO(process.cwd());
    expect(await runCli(['import', 'tests/fixtures/twine/refund.twee', '--out', join(dir, 'r.yaml')], io)).toBe(1);
    expect(readFileSync(join(dir, 'r.yaml'), 'utf8')).toContain('start: Opening');
    expect(io.err).toMatch(/refund\.twee:24:1: error: .*\[import-broken-link\]/);
    const json = captureIO(process.cwd());
    await runCli(['import', 'tests/fixtures/twine/archive.html', '--json', '--story', 'Second call'], json);
    expect(JSON.parse(json.out)).toMatchObject({ ok: true, format: 'twine2-archive' });
  });

  it('rejects usage errors with 2 and a non-Twine file with 1', async () => {
    expect(await runCli(['import'], captureIO(process.cwd()))).toBe(2);
    expect(await runCli(['import', 'a', 'b'], captureIO(process.cwd()))).toBe(2);
    expect(await runCli(['import', 'x', '--bogus'], captureIO(process.cwd()))).toBe(2);
    const io = captureIO(process.cwd());
    expect(await runCli(['import', 'tests/fixtures/valid/mini-delivery.yaml'], io)).toBe(1);
    expect(io.err).toContain('[import-unknown-format]');
  });
});
