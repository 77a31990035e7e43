import { mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../engine/cli/main.ts';
import { captureCliIO, type CapturedIO } from '../support/capture-io.ts';
import { COMMANDS } from '../../engine/cli/registry.ts';
import { langFromEnv } from '../../engine/cli/lang.ts';
import { BASE_YAML, edit } from '../load/base-yaml.ts';

function captureIO(cwd: string, env: Record<string, string> = {}): CapturedIO {
  return captureCliIO(cwd, { env });
}

const names = [...COMMANDS.keys()];

describe('every command', () => {
  it('answers --help with its usage on stdout and exit 0, in each language', async () => {
    for (const name of names) {
      const io = captureIO(process.cwd());
      expect(await runCli([name, '--help'], io), name).toBe(0);
      expect(io.out, name).toMatch(new RegExp(`^Usage: hardcall ${name}`));
      expect(io.err).toBe('');
      const zh = captureIO(process.cwd());
      expect(await runCli([name, '-h', '--lang', 'zh-Hant'], zh)).toBe(0);
      expect(zh.out, name).toMatch(new RegExp(`^用法： hardcall ${name}`));
    }
  });

  it('rejects an unknown option with one wording, the usage and exit 2', async () => {
    for (const name of names) {
      const io = captureIO(process.cwd());
      expect(await runCli([name, '--bogus'], io), name).toBe(2);
      expect(io.err, name).toMatch(new RegExp(`^hardcall ${name}: unknown option --bogus\\nUsage: hardcall ${name}`));
      expect(io.out).toBe('');
    }
  });

  it('words usage errors in the language of the environment or of --lang', async () => {
    const hans = captureIO(process.cwd(), { LANG: 'zh_CN.UTF-8' });
    expect(await runCli(['lint', '--jsn', 'x'], hans)).toBe(2);
    expect(hans.err).toMatch(/^hardcall lint: 没有选项 --jsn（是不是想写 --json？）\n用法：/);
    const hant = captureIO(process.cwd(), { LANG: 'zh_CN.UTF-8' });
    expect(await runCli(['grade', 'x.yaml', '--choices', 'a', '--lang', 'zh-Hant', '--profile', 'lenient'], hant)).toBe(2);
    expect(hant.err).toMatch(/^hardcall grade: --profile 只能是 default、reassurance 其中之一（現在是「lenient」）/);
  });
});

describe('hardcall', () => {
  it('prints the version and the list of commands', async () => {
    const v = captureIO(process.cwd());
    expect(await runCli(['--version'], v)).toBe(0);
    expect(v.out).toBe(`hardcall ${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`);
    const h = captureIO(process.cwd());
    expect(await runCli(['--help'], h)).toBe(0);
    for (const name of names) expect(h.out).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    expect(await runCli([], captureIO(process.cwd()))).toBe(2);
  });

  it('suggests the nearest command and never runs a name from Object.prototype', async () => {
    const io = captureIO(process.cwd());
    expect(await runCli(['lnt'], io)).toBe(2);
    expect(io.err).toMatch(/^hardcall: unknown command "lnt" \(did you mean "lint"\?\)/);
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const p = captureIO(process.cwd());
      expect(await runCli([name], p), name).toBe(2);
      expect(p.err).toContain(`unknown command "${name}"`);
    }
  });

  it('gives lint --json problems with their params and the message in the chosen language', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardcall-json-'));
    writeFileSync(join(dir, 'a.yaml'), edit('to: done', 'to: dome'));
    const io = captureIO(dir);
    expect(await runCli(['lint', 'a.yaml', '--json', '--lang', 'zh-Hans'], io)).toBe(1);
    const report = JSON.parse(io.out);
    expect(report.problems[0]).toMatchObject({
      code: 'unknown-target',
      line: 25,
      params: { choice: 'soothe', target: 'dome', suggestion: 'done' },
      message: '选项 「soothe」 指向 「dome」，但没有这个节点（是不是想写 「done」？）',
    });
  });

  it('takes --lang before the command too', async () => {
    const io = captureIO(process.cwd());
    expect(await runCli(['--lang', 'zh-Hans', 'lint', 'no/such.yaml'], io)).toBe(1);
    expect(io.out).toContain('no/such.yaml:1:1: error: 没有这个文件或文件夹 [file-not-found]');
  });

  it('chooses the language from LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(langFromEnv({})).toBe('en');
    expect(langFromEnv({ LANG: 'zh_CN.UTF-8' })).toBe('zh-Hans');
    expect(langFromEnv({ LANG: 'zh_TW.UTF-8' })).toBe('zh-Hant');
    expect(langFromEnv({ LANG: 'zh_HK' })).toBe('zh-Hant');
    expect(langFromEnv({ LANG: 'zh_SG.UTF-8' })).toBe('zh-Hans');
    expect(langFromEnv({ LANG: 'zh_CN.UTF-8', LC_MESSAGES: 'en_US.UTF-8' })).toBe('en');
    expect(langFromEnv({ LC_ALL: 'zh_TW', LC_MESSAGES: 'en_US', LANG: 'zh_CN' })).toBe('zh-Hant');
    expect(langFromEnv({ LANG: 'C.UTF-8' })).toBe('en');
    expect(langFromEnv({ LANG: 'fr_FR.UTF-8' })).toBe('en');
  });
});

describe('hardcall schema --write', () => {
  it('says in one line that it cannot write, with exit 2 and no stack', () => {
    const r = spawnSync(process.execPath, ['bin/hardcall.mjs', 'schema', '--write', '/no/such/dir/s.json'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('hardcall schema: cannot write /no/such/dir/s.json: ENOENT: no such file or directory\n');
    expect(r.stdout).toBe('');
  }, 60_000);

  it('writes the schema relative to the working directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardcall-schema-'));
    const io = captureIO(dir);
    expect(await runCli(['schema', '--write', 's.json'], io)).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 's.json'), 'utf8')).$schema).toMatch(/json-schema/);
    expect(io.out).toBe('wrote s.json\n');
  });
});

describe('hardcall lint on a folder with symbolic links', () => {
  it('follows links to files and folders once each, and says which links lead nowhere', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardcall-links-'));
    const real = join(dir, 'real');
    mkdirSync(real);
    writeFileSync(join(real, 'a.yaml'), BASE_YAML);
    writeFileSync(join(dir, 'outside.yaml'), edit('id: base-case', 'id: outside-case', edit('to: done', 'to: dome')));
    const scan = join(dir, 'scan');
    mkdirSync(scan);
    symlinkSync(join(real, 'a.yaml'), join(scan, 'linked.yaml'));
    symlinkSync(join(dir, 'outside.yaml'), join(scan, 'outside.yaml'));
    symlinkSync(real, join(scan, 'folder'));
    symlinkSync(scan, join(scan, 'loop'));
    symlinkSync(join(dir, 'gone.yaml'), join(scan, 'broken.yaml'));
    const io = captureIO(dir);
    expect(await runCli(['lint', 'scan'], io)).toBe(1);
    expect(io.out).toContain('scan/broken.yaml:1:1: warning: this symbolic link points to');
    expect(io.out).toMatch(/scan\/outside\.yaml:\d+:\d+: error: choice "soothe" leads to "dome"/);
    expect(io.err).toMatch(/^2 files checked: 1 error, 1 warning/);
  });
});
