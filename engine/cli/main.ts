import { readFile, writeFile } from 'node:fs/promises';
import process from 'node:process';
import { LOCALES, type Locale } from '../types.ts';
import { createSuggester } from '../load/suggest.ts';
import { CLI_TEXTS } from './cli-texts.ts';
import { EXIT, parseCommandArgs } from './command.ts';
import { langFromEnv } from './lang.ts';
import { COMMANDS } from './registry.ts';
import type { CliIO } from './io.ts';
import pkg from '../../package.json' with { type: 'json' };

// A reader that stops early (`| head`) closes the pipe: stop quietly, as Unix tools do, not with a stack trace.
function exitOnClosedPipe(err: NodeJS.ErrnoException): void {
  if (err.code !== 'EPIPE') throw err;
  process.exit(process.exitCode ?? 0);
}

/** Build the real process-backed IO for the CLI. */
export function createNodeIO(): CliIO {
  if (!process.stdout.listeners('error').includes(exitOnClosedPipe)) process.stdout.on('error', exitOnClosedPipe);
  return {
    stdout: (t) => void process.stdout.write(t),
    stdoutBytes: (chunk) => (process.stdout.write(chunk) ? undefined : new Promise((resolve) => process.stdout.once('drain', resolve))),
    stderr: (t) => void process.stderr.write(t),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    readFile: async (p) => new Uint8Array(await readFile(p)),
    writeFile: (p, data) => writeFile(p, data),
    now: () => new Date(),
    cwd: process.cwd(),
    env: process.env,
  };
}

const GLOBAL_OPTIONS = { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' }, lang: { type: 'string', values: LOCALES } } as const;

/** The top-level help: every command with its one-line summary. */
async function renderTopHelp(lang: Locale): Promise<string> {
  const t = CLI_TEXTS[lang];
  const defs = await Promise.all([...COMMANDS.values()].map(async (load) => (await load()).command));
  const width = Math.max(...defs.map((d) => d.name.length));
  const rows = defs.map((d) => `  ${d.name.padEnd(width)}  ${d.summary(lang)}`);
  return `${t.usage} hardcall COMMAND [options]\n\n${t.commands}\n${rows.join('\n')}\n\n${t.topHelp}\n${t.commonOptions}\n${t.exitCodes}\n`;
}

// Options before the command name (`hardcall --lang zh-Hans lint …`) apply to it as if written after it.
function splitGlobal(argv: string[]): { global: string[]; name: string | undefined; rest: string[] } {
  let i = 0;
  while (i < argv.length && argv[i]!.startsWith('-')) i += argv[i] === '--lang' ? 2 : 1;
  return { global: argv.slice(0, i), name: argv[i], rest: argv.slice(i + 1) };
}

/** Run the CLI with the given arguments and return its exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const { global, name, rest } = splitGlobal(argv);
  const parsed = parseCommandArgs(GLOBAL_OPTIONS, { name: 'COMMAND', min: 0, max: 0 }, global, langFromEnv(io.env));
  const lang = parsed.values['lang'] as Locale;
  const t = CLI_TEXTS[lang];
  if (parsed.error) {
    io.stderr(`hardcall: ${parsed.error(lang)}\n${await renderTopHelp(lang)}`);
    return EXIT.usage;
  }
  if (parsed.values['version']) {
    io.stdout(`hardcall ${pkg.version}\n`);
    return EXIT.ok;
  }
  if (name === undefined || name === 'help') {
    if (name === 'help' && rest[0] !== undefined && COMMANDS.has(rest[0])) return runCli([rest[0], '--help', ...global], io);
    io.stdout(await renderTopHelp(lang));
    return name !== undefined || parsed.values['help'] ? EXIT.ok : EXIT.usage;
  }
  const load = COMMANDS.get(name);
  if (!load) {
    io.stderr(`hardcall: ${t.unknownCommand(name, createSuggester([...COMMANDS.keys()])(name))}\n${await renderTopHelp(lang)}`);
    return EXIT.usage;
  }
  return (await load()).command.run([...rest, ...global.filter((g) => g !== '--version' && g !== '-v')], io);
}

/** Run the CLI as the process: a bug in HardCall is one line on stderr, never a stack trace. */
export async function main(argv: string[]): Promise<void> {
  const io = createNodeIO();
  try {
    process.exitCode = await runCli(argv, io);
  } catch (err) {
    const t = CLI_TEXTS[langFromEnv(io.env)];
    process.stderr.write(`hardcall: ${t.internalError(err instanceof Error ? err.message : String(err))}\n`);
    process.exitCode = EXIT.internal;
  }
}


const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) void main(process.argv.slice(2));
