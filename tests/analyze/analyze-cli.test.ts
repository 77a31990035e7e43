import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../engine/cli/main.ts';
import { captureCliIO, type CapturedIO } from '../support/capture-io.ts';
import { loadScenario } from '../../engine/index.ts';
import { analyzeScenario } from '../../engine/index.ts';
import { analysisToJson } from '../../engine/index.ts';
import { formatCount } from '../../engine/index.ts';
import { generateLayered } from '../support/generate-layered.ts';

const FILE = 'tests/fixtures/valid/mini-delivery.yaml';

function captureIO(cwd: string): CapturedIO {
  return captureCliIO(cwd);
}

function loaded() {
  const r = loadScenario(readFileSync(FILE, 'utf8'), FILE);
  if (!r.ok) throw new Error('fixture does not load');
  return r.value;
}

describe('hardcall analyze', () => {
  it('prints a readable summary with a histogram, best and worst paths', async () => {
    const io = captureIO(process.cwd());
    expect(await runCli(['analyze', FILE], io)).toBe(0);
    const a = analyzeScenario(loaded());
    expect(io.out).toContain(`mini-delivery v1: ${formatCount(a.paths)} paths`);
    expect(io.out).toContain('Score distribution:');
    expect(io.out).toMatch(/← pass/);
    expect(io.out).toContain(`Best: ${a.best.score}`);
    expect(io.out).toContain(a.best.choices.join(' → '));
    expect(io.out).toContain(`Worst: ${a.worst.score}`);
    expect(io.err).toBe('');
  });

  it('prints the summary in the language asked for (--lang), numbers grouped for it', async () => {
    const a = analyzeScenario(loaded());
    for (const [lang, words] of [['zh-Hans', ['条路径', '分数分布：', '最好：', '← 及格线']], ['zh-Hant', ['條路徑', '分數分布：', '最差：']]] as const) {
      const io = captureIO(process.cwd());
      expect(await runCli(['analyze', FILE, '--lang', lang], io)).toBe(0);
      expect(io.out).toContain(`mini-delivery v1: ${formatCount(a.paths, lang)}`);
      for (const w of words) expect(io.out).toContain(w);
      expect(io.out).not.toContain('Score distribution');
    }
  });

  it('--json gives counts as decimal strings, distribution and best/worst with choices', async () => {
    const io = captureIO(process.cwd());
    expect(await runCli(['analyze', FILE, '--json'], io)).toBe(0);
    const j = JSON.parse(io.out);
    const a = analyzeScenario(loaded());
    expect(j.paths).toBe(a.paths.toString());
    expect(j.passCount).toBe(a.passCount.toString());
    expect(j.outcomes.resolved).toBe(a.outcomes.resolved.toString());
    expect(j.distribution).toEqual(a.distribution.map((d) => ({ score: d.score, count: d.count.toString() })));
    expect(j.best).toMatchObject({ score: a.best.score, choices: a.best.choices });
    expect(j.worst).toMatchObject({ score: a.worst.score, choices: a.worst.choices });
    expect(typeof j.rules[0].violatingPaths).toBe('string');
  });

  it('reports a broken file with its located problems and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardcall-analyze-'));
    writeFileSync(join(dir, 'bad.yaml'), readFileSync(FILE, 'utf8').replace('to: offer', 'to: ofer'));
    const io = captureIO(dir);
    expect(await runCli(['analyze', 'bad.yaml'], io)).toBe(1);
    expect(io.err).toMatch(/^bad\.yaml:\d+:\d+: error: .*"ofer".*did you mean "offer"/m);
    expect(io.out).toBe('');
  });

  it('reports a missing file and exits 1', async () => {
    const io = captureIO(process.cwd());
    expect(await runCli(['analyze', 'no/such/file.yaml'], io)).toBe(1);
    expect(io.err).toMatch(/no\/such\/file\.yaml:1:1: error: cannot read file/);
  });

  it('rejects bad usage with exit 2', async () => {
    for (const args of [[], ['a.yaml', 'b.yaml'], [FILE, '--bogus'], [FILE, '--profile', 'nope']]) {
      const io = captureIO(process.cwd());
      expect(await runCli(['analyze', ...args], io)).toBe(2);
      expect(io.err).toMatch(/Usage: hardcall analyze/);
    }
  });

  it('keeps 20-digit counts exact in JSON', () => {
    const a = analyzeScenario(generateLayered({ width: 1, layers: 30, choices: 4 }));
    const j = analysisToJson(a);
    expect(BigInt(j.paths)).toBe(a.paths);
    expect(a.paths).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER));
    expect(j.distribution.reduce((s, d) => s + BigInt(d.count), 0n)).toBe(a.paths);
    expect(BigInt(j.outcomes.resolved) + BigInt(j.outcomes.escalated) + BigInt(j.outcomes.abandoned)).toBe(a.paths);
  });
});
