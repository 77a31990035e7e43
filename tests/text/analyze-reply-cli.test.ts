import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runAnalyzeReply } from '../../engine/cli/commands/analyze-reply.ts';
import type { CliIO } from '../../engine/cli/io.ts';

function fakeIO(stdin = ''): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    cwd: '/',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    readStdin: async () => stdin,
    readFile: async () => new Uint8Array(),
  };
  return io;
}

describe('hardcall analyze-reply', () => {
  it('prints each positive feature with its quoted cue', async () => {
    const io = fakeIO();
    expect(await runAnalyzeReply(['我理解您的心情，但是这是公司规定。'], io)).toBe(0);
    expect(io.out).toContain('locale: zh-Hans (detected)');
    expect(io.out).toContain('contrast: "但是" [8-10)');
    expect(io.out).toContain('empathy: "我理解"');
    expect(io.out).not.toContain('apology');
  });

  it('says so when nothing is found, and honours --locale', async () => {
    const io = fakeIO();
    expect(await runAnalyzeReply(['--locale', 'en', 'Okay.'], io)).toBe(0);
    expect(io.out).toBe('locale: en\nno features found\n');
  });

  it('--json prints every feature by its rules.md name, with evidence', async () => {
    const io = fakeIO();
    expect(await runAnalyzeReply(['--json', 'Sorry for any inconvenience.'], io)).toBe(0);
    const o = JSON.parse(io.out) as Record<string, unknown>;
    expect(Object.keys(o)).toEqual(['locale', 'contrast', 'apology', 'empathy', 'solution', 'alternatives', 'refusal', 'paraphrase', 'question', 'blame', 'timeframe', 'willingness', 'policy', 'praise', 'guarantee', 'concession', 'evidence']);
    expect(o['apology']).toBe('vague');
    expect(o['evidence']).toEqual([{ feature: 'apology', start: 0, end: 5, cue: 'Sorry' }]);
  });

  it('--issue makes an apology specific only when it names the issue', async () => {
    const io = fakeIO();
    await runAnalyzeReply(['--json', '--issue', '配送,延迟', '非常抱歉，让您久等了。'], io);
    expect((JSON.parse(io.out) as { apology: string }).apology).toBe('vague');
  });

  it('--jsonl answers one line per input line in order, with an error line for a malformed one', async () => {
    const stdin = [
      '{"id": "a", "text": "对于配送延迟给您带来的不便，我们深感抱歉。"}',
      '{"id": "b", "lang": "en", "text": "We can either refund you or send a replacement."}',
      '{not json',
      '',
      '{"id": "d", "lang": "fr", "text": "x"}',
      '{"id": "e"}',
      '[1]',
      '{"id": 7, "lang": "zh-Hant", "text": "這不歸我們管"}',
    ].join('\n');
    const io = fakeIO(stdin);
    expect(await runAnalyzeReply(['--jsonl'], io)).toBe(0);
    const lines = io.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatchObject({ id: 'a', apology: 'specific' });
    expect(lines[1]).toMatchObject({ id: 'b', alternatives: 2, solution: true });
    expect(lines[2]).toMatchObject({ line: 3 });
    expect(String(lines[2]!['error'])).toMatch(/not valid JSON/);
    expect(lines[3]).toMatchObject({ line: 5, id: 'd' });
    expect(lines[4]).toMatchObject({ line: 6, error: '"text" must be a string' });
    expect(lines[5]).toMatchObject({ line: 7 });
    expect(lines[6]).toMatchObject({ id: 7, blame: true, refusal: true });
    expect(Array.isArray(lines[6]!['evidence'])).toBe(true);
  });

  it('rejects usage errors with exit code 2 and the usage text', async () => {
    for (const args of [[], ['--locale', 'fr', 'x'], ['--bogus', 'x'], ['--jsonl', 'x'], ['a', 'b'], ['--issue'], ['--json', '--jsonl']]) {
      const io = fakeIO();
      expect(await runAnalyzeReply(args, io)).toBe(2);
      expect(io.err).toMatch(/^hardcall analyze-reply: .+\nUsage:/);
      expect(io.out).toBe('');
    }
  });

  it('runs as a real process through bin/hardcall.mjs with the right exit codes', () => {
    const ok = spawnSync(process.execPath, ['bin/hardcall.mjs', 'analyze-reply', '--jsonl'], { input: '{"id":"x","text":"I understand, but we can\'t."}\nbad\n', encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const out = ok.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out[0]).toMatchObject({ id: 'x', contrast: true, empathy: true, refusal: true });
    expect(out[1]).toMatchObject({ line: 2 });
    const bad = spawnSync(process.execPath, ['bin/hardcall.mjs', 'analyze-reply'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('missing the reply TEXT');
  }, 60_000);
});
