// `hardcall lint --readings FILE`: what the analyzer reads in every reply, in the chosen language and as JSON.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../engine/cli/main.ts';
import { captureCliIO, type CapturedIO } from '../support/capture-io.ts';

function captureIO(): CapturedIO {
  return captureCliIO(process.cwd());
}

describe('hardcall lint --readings', () => {
  it('prints each reply with the features it reads, their words and the doubts, then the usual summary', async () => {
    const io = captureIO();
    expect(await runCli(['lint', '--readings', 'scenarios/third-call.yaml'], io)).toBe(0);
    expect(io.out).toContain('scenarios/third-call.yaml opening/not-my-call: 前两次是其他同事接的');
    expect(io.out).toMatch(/opening\/not-my-call: .*\n {2}reads: refusal "不是我们负责"; blame "不是我们负责"/);
    expect(io.out).toMatch(/\n {2}unsure: /);
    expect(io.out).toMatch(/1 file checked: 0 errors/);
  });

  it('speaks the --lang language and adds the readings to --json', async () => {
    const zh = captureIO();
    expect(await runCli(['lint', '--readings', '--lang', 'zh-Hant', 'scenarios/third-call.yaml'], zh)).toBe(0);
    expect(zh.out).toContain('  讀到: ');
    const json = captureIO();
    expect(await runCli(['lint', '--readings', '--json', 'scenarios/third-call.yaml'], json)).toBe(0);
    const o = JSON.parse(json.out) as { readings: Array<{ file: string; replies: Array<{ choice: string; features: Record<string, unknown>; doubts: unknown[] }> }> };
    expect(o.readings[0]!.file).toBe('scenarios/third-call.yaml');
    expect(o.readings[0]!.replies.find((r) => r.choice === 'not-my-call')!.features).toMatchObject({ blame: true, refusal: true });
  });

  it('prints no readings without the flag', async () => {
    const io = captureIO();
    expect(await runCli(['lint', 'scenarios/third-call.yaml'], io)).toBe(0);
    expect(io.out).not.toContain('reads:');
  });
});
