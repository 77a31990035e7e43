import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../engine/cli/main.ts';
import { captureCliIO, type CapturedIO } from '../support/capture-io.ts';
import { loadScenario } from '../../engine/index.ts';
import { TYPED_YAML } from '../support/typed-small.ts';

const SORRY = "I'm really sorry your parcel is so late, I understand how frustrating that is.";
const WEATHER = 'The weather is lovely today.';

function setup(files: Record<string, string> = {}): { dir: string; io: CapturedIO } {
  const dir = mkdtempSync(join(tmpdir(), 'hardcall-typed-'));
  writeFileSync(join(dir, 'call.yaml'), TYPED_YAML);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const io = captureCliIO(dir);
  return { dir, io };
}

describe('hardcall grade with typed replies', () => {
  it('grades a --path mixing typed replies and choice ids, quoting the typed words in the path line', async () => {
    const { io } = setup();
    expect(await runCli(['grade', 'call.yaml', '--path', JSON.stringify([{ typed: SORRY }, 'reship'])], io)).toBe(0);
    expect(io.out).toContain(`Path: “${SORRY}” → reship`);
    expect(io.out).toMatch(/passed · resolved/);
  });

  it('writes typed moves into the JSON scorecard and reads them from JSONL', async () => {
    const { io } = setup();
    io.stdin = [JSON.stringify({ choices: [{ typed: WEATHER }, 'sorry-again', 'reship'] }), JSON.stringify({ choices: [{ typed: 42 }] })].join('\n');
    expect(await runCli(['grade', 'call.yaml', '--jsonl'], io)).toBe(1);
    const [first, second] = io.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(first).toMatchObject({ choices: [{ typed: WEATHER }, 'sorry-again', 'reship'], outcome: 'resolved' });
    expect(second).toMatchObject({ line: 2, error: { code: 'bad-line' } });
  });

  it('says why a typed reply was refused, in the chosen language, and exits 1', async () => {
    const { io } = setup();
    expect(await runCli(['grade', 'call.yaml', '--path', JSON.stringify(['sorry', { typed: 'Send it today.' }])], io)).toBe(1);
    expect(io.err).toBe('call.yaml: turn 2: a typed reply cannot be read at node "verify": At this point of the call, pick one of the replies.\n');
    const zh = setup().io;
    expect(await runCli(['grade', 'call.yaml', '--locale', 'zh-Hans', '--path', JSON.stringify([{ typed: '<script>x</script>' }])], zh)).toBe(1);
    expect(zh.err).toContain('HTML 或代码');
    const json = setup().io;
    expect(await runCli(['grade', 'call.yaml', '--json', '--path', JSON.stringify([{ typed: '  ' }])], json)).toBe(1);
    expect(JSON.parse(json.out).error).toMatchObject({ code: 'typed-unreadable', problem: 'empty', turn: 1 });
  });

  it('rejects a --path that is not a list of moves, or given with --choices, as usage errors', async () => {
    for (const args of [['--path', '{oops'], ['--path', '[1, 2]'], ['--path', '["sorry"]', '--choices', 'sorry'], ['--path', '[{"typed": 3}]']]) {
      const { io } = setup();
      expect(await runCli(['grade', 'call.yaml', ...args], io), args.join(' ')).toBe(2);
      expect(io.err).toContain('Usage: hardcall grade');
    }
  });
});

describe('hardcall typed-replies', () => {
  const progress = { key: 'typed-small', scenarioId: 'typed-small', version: 1, transcript: [{ typed: SORRY }], deadAir: [], updatedAt: 1 };
  const attempt = (id: number, transcript: unknown[], version = 1) => ({ id, key: 'typed-small', scenarioId: 'typed-small', version, transcript, deadAir: [], score: 80, passed: true, outcome: 'resolved', finishedAt: 2 });
  const exam = {
    format: 'hardcall-exam-record', exam: { id: 'e', version: 1 },
    scenarios: [{ id: 'typed-small', version: 1, sha256: 'x', moves: [{ move: { typed: `  ${SORRY}\n` }, ms: 10 }, { move: 'reship', ms: 20 }] }],
  };
  const files = {
    'records/export.json': JSON.stringify({ progress: [progress], attempts: [attempt(1, [{ typed: WEATHER }, 'sorry-again', 'reship']), attempt(2, [{ typed: 'old words' }], 0)] }),
    'records/exam.json': JSON.stringify(exam),
    'more.jsonl': `${JSON.stringify(attempt(3, [{ typed: WEATHER }, { silence: true }, 'sorry-again']))}\nnot json\n`,
  };

  it('lists what learners typed at each node, most given first, from progress, attempt and exam records', async () => {
    const { io } = setup(files);
    expect(await runCli(['typed-replies', 'call.yaml', 'records', 'more.jsonl', '--json'], io)).toBe(1);
    expect(io.err).toContain('more.jsonl:2:1: error: not JSON');
    const set = JSON.parse(io.out);
    expect(set).toMatchObject({ scenario: { id: 'typed-small', version: 1 }, transcripts: 4, otherVersions: 1, typed: 4 });
    expect(set.nodes.map((n: { nodeId: string }) => n.nodeId)).toEqual(['opening']);
    expect(set.nodes[0].candidates).toEqual([
      expect.objectContaining({ reply: SORRY, count: 2, takenAs: 'sorry', to: 'verify' }),
      expect.objectContaining({ reply: WEATHER, count: 2, takenAs: '@fallback', to: 'confused' }),
    ]);
  });

  it('prints YAML whose candidates paste into the scenario as valid choices', async () => {
    const { io } = setup(files);
    await runCli(['typed-replies', 'call.yaml', 'records'], io);
    expect(io.out).toMatch(/^# Replies learners typed or spoke in "Typed reply test call" \(typed-small v1\)/);
    expect(io.out).toContain("taken as none of the replies (the node's fallback)");
    const doc = parse(io.out) as { nodes: Record<string, { choices: unknown[] }> };
    const pasted = parse(TYPED_YAML) as { nodes: Record<string, { choices: unknown[] }> };
    pasted.nodes.opening!.choices.push(...doc.nodes.opening!.choices);
    const r = loadScenario(JSON.stringify(pasted), 'pasted.json');
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.nodes.opening!.choices.map((c) => c.id)).toEqual(['sorry', 'blame', 'ask', 'typed-opening-1', 'typed-opening-2']);
  });

  it('reads other versions only when asked, and says when nothing was typed', async () => {
    const { io } = setup(files);
    await runCli(['typed-replies', 'call.yaml', 'records/export.json', '--all-versions', '--json'], io);
    expect(JSON.parse(io.out)).toMatchObject({ transcripts: 3, otherVersions: 0 });
    const none = setup({ 'r.json': JSON.stringify([attempt(1, ['sorry', 'reship'])]) }).io;
    expect(await runCli(['typed-replies', 'call.yaml', 'r.json'], none)).toBe(0);
    expect(none.out).toContain('# No typed replies found.');
  });

  it('rejects bad usage with exit 2 and missing files with exit 1', async () => {
    for (const args of [[], ['call.yaml'], ['call.yaml', 'r.json', '--csv']]) {
      const { io } = setup();
      expect(await runCli(['typed-replies', ...args], io)).toBe(2);
      expect(io.err).toContain('Usage: hardcall typed-replies');
    }
    const { io } = setup();
    expect(await runCli(['typed-replies', 'call.yaml', 'nope.json'], io)).toBe(1);
    expect(io.err).toContain('nope.json:1:1: error: cannot read file');
  });
});
