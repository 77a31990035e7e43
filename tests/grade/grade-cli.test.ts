import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../engine/cli/main.ts';
import { captureCliIO, type CapturedIO } from '../support/capture-io.ts';

// Tags pin every feature the path relies on, so the verdicts do not depend on the text analyzer.
const YAML = `id: cli-case
version: 2
locale: zh-Hant
title: 包裹延遲
difficulty: 1
persona: { name: 陳先生, temperament: lively, mood: 80 }
brief: 包裹晚了一週。
issue: { summary: 配送延遲, keywords: [配送, 延遲, 包裹] }
solvableInCall: false
maxTurns: 4
passScore: 70
start: opening
nodes:
  opening:
    customer: 我的包裹呢？
    choices:
      - id: soothe
        reply: 對於包裹延遲一週的問題，我們深感抱歉，換作是我也會著急。請您放心，我一定盡力幫您解決。
        tags: { empathy: true, apology: specific, willingness: true, contrast: false, solution: false, refusal: false, blame: false, question: false, policy: false }
        mood: -30
        to: plan
      - id: blame
        reply: 這是您自己地址填錯了。
        tags: { blame: true, empathy: false, apology: none, contrast: false, solution: false, refusal: false, question: false, policy: false, willingness: false }
        mood: 20
        to: plan
  plan:
    customer: 那現在怎麼辦？
    choices:
      - id: options
        reply: 請問您方便收件的時間是？我們可以重新寄出，也可以全額退款，預計24小時內回覆您。
        tags: { question: true, solution: true, alternatives: 2, timeframe: true, contrast: false, refusal: false, blame: false, policy: false, empathy: false, apology: none, willingness: false }
        mood: -20
        to: done
      - id: wait
        reply: 請您再等等。
        tags: { solution: false, timeframe: false, question: false, contrast: false, refusal: false, blame: false, policy: false, empathy: false, apology: none, alternatives: 0, willingness: false }
        mood: 10
        to: plan
  done:
    customer: 好吧，謝謝。
    end: resolved
`;

function setup(): { dir: string; io: CapturedIO } {
  const dir = mkdtempSync(join(tmpdir(), 'hardcall-grade-'));
  writeFileSync(join(dir, 'case.yaml'), YAML);
  writeFileSync(join(dir, 'broken.yaml'), YAML.replace('to: done', 'to: dome'));
  const io = captureCliIO(dir);
  return { dir, io };
}

describe('hardcall grade', () => {
  it('prints a readable scorecard in the scenario language', async () => {
    const { io } = setup();
    expect(await runCli(['grade', 'case.yaml', '--choices', 'soothe,options'], io)).toBe(0);
    expect(io.out).toContain('包裹延遲 (cli-case v2, default)');
    expect(io.out).toContain('得分 100/100（及格線 70） · 通過 · 已解決');
    expect(io.out).toContain('怒氣：80 → 50 → 30');
  });

  it('explains a lost point with rule, turn, words, advice and a better reply', async () => {
    const { io } = setup();
    expect(await runCli(['grade', 'case.yaml', '--choices', 'blame,options'], io)).toBe(0);
    expect(io.out).toContain('未通過 · 違反了關鍵規則：不爭辯、不推諉');
    expect(io.out).toContain('  第 1 輪\n    -20  [關鍵] 不爭辯、不推諉');
    expect(io.out).toContain('「這是您自己地址填錯了');
    expect(io.out).toMatch(/可以改說：「對於包裹延遲一週的問題[^\n]*（守住：[^\n]*不爭辯、不推諉/);
  });

  it('speaks an explicit --lang (the scenario\'s language otherwise)', async () => {
    const { io } = setup();
    expect(await runCli(['grade', 'case.yaml', '--choices', 'blame,options', '--lang', 'en'], io)).toBe(0);
    expect(io.out).toContain('broke a critical rule: No arguing, no blame-shifting');
    // The customer's and the agent's words stay in the scenario's language.
    expect(io.out).toContain('“這是您自己地址填錯了');
  });

  it('writes the scorecard contract as JSON', async () => {
    const { io } = setup();
    expect(await runCli(['grade', 'case.yaml', '--choices', 'blame,options', '--json'], io)).toBe(0);
    const card = JSON.parse(io.out);
    expect(card).toMatchObject({ score: 60, passed: false, outcome: 'resolved', finalMood: 80, moodTrace: [80, 100, 80] });
    const v = card.violations.find((x: { rule: string }) => x.rule === 'no-blame');
    expect(Object.keys(v)).toEqual(expect.arrayContaining(['rule', 'severity', 'turn', 'nodeId', 'choiceId', 'quote', 'message', 'advice', 'source']));
    expect(v).toMatchObject({ severity: 'critical', turn: 1, nodeId: 'opening', choiceId: 'blame' });
    expect(v.quote).toMatch(/^這是您自己地址填錯了。?$/);
    expect(v.source[0]).toMatchObject({ doc: '000', section: '二(一)1' });
  });

  it('names the turn and the available replies for an invalid path, and exits 1', async () => {
    const { io } = setup();
    expect(await runCli(['grade', 'case.yaml', '--choices', 'soothe,refund'], io)).toBe(1);
    expect(io.err).toBe('case.yaml: 第 2 輪：節點「plan」沒有選項「refund」；可選：options、wait\n');
    const j = setup().io;
    expect(await runCli(['grade', 'case.yaml', '--choices', 'soothe,wait,wait,wait,wait', '--json'], j)).toBe(1);
    expect(JSON.parse(j.out).error).toMatchObject({ code: 'too-long', turn: 5 });
  });

  it('grades a JSONL batch in order, with an error line per bad line, and goes on', async () => {
    const { io } = setup();
    io.stdin = ['{"choices":["soothe","options"]}', '{"choices":["soothe","nope"]}', '', 'oops', '{"choices":"soothe"}', '{"choices":["blame","options"]}'].join('\n');
    expect(await runCli(['grade', 'case.yaml', '--jsonl'], io)).toBe(1);
    const lines = io.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ score: 100, choices: ['soothe', 'options'] });
    expect(lines[1]).toMatchObject({ line: 2, error: { code: 'unknown-choice', turn: 2, available: ['options', 'wait'] } });
    expect(lines[2]).toMatchObject({ line: 4, error: { code: 'bad-json' } });
    expect(lines[3]).toMatchObject({ line: 5, error: { code: 'bad-line' } });
    expect(lines[4]).toMatchObject({ score: 60, passed: false });
    expect(io.err).toContain('3 of 5 lines could not be graded');
  });

  it('grades with a named profile', async () => {
    const { io } = setup();
    expect(await runCli(['grade', 'case.yaml', '--choices', 'soothe,wait,wait,options', '--json', '--profile', 'reassurance'], io)).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({ profile: 'reassurance' });
  });

  it('rejects bad usage with exit 2 and a bad file with located problems', async () => {
    for (const args of [['case.yaml'], ['case.yaml', '--choices', 'a', '--jsonl'], ['case.yaml', '--choices', 'a', '--profile', 'lenient'], ['--choices', 'a'], ['case.yaml', '--choices', 'a', '--locale', 'fr']]) {
      const { io } = setup();
      expect(await runCli(['grade', ...args], io), args.join(' ')).toBe(2);
      expect(io.err).toContain('Usage: hardcall grade');
    }
    const { io } = setup();
    expect(await runCli(['grade', 'broken.yaml', '--choices', 'soothe'], io)).toBe(1);
    expect(io.err).toMatch(/^broken\.yaml:\d+:\d+: error: .*dome/);
    const missing = setup().io;
    expect(await runCli(['grade', 'nope.yaml', '--choices', 'soothe'], missing)).toBe(1);
    expect(missing.err).toContain('nope.yaml:1:1: error: cannot read file');
  });

  it('works as a real process with stdin', () => {
    const { dir } = setup();
    const bin = join(process.cwd(), 'bin/hardcall.mjs');
    const r = spawnSync(process.execPath, [bin, 'grade', 'case.yaml', '--jsonl'], { cwd: dir, input: '{"choices":["soothe","options"]}\n', encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ score: 100, passed: true });
  }, 60_000);
});
