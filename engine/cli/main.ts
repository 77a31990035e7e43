import { readFile } from 'node:fs/promises';
import process from 'node:process';
import type { CliIO, Command } from './io.ts';

const USAGE = `Usage: hardcall <command> [options]

Commands:
  lint <files or folders…> [--json]        check scenario files; exit 1 on any error
  analyze-reply [--locale L] [--json] TEXT  find the rule features in one reply (--jsonl: batch on stdin)
  grade FILE --choices a,b,c [--json]       grade one path (--jsonl: batch of paths on stdin)
  analyze FILE [--json]                     grade every path of a scenario at once
  schema [--write FILE]                     print (or write) the scenario JSON Schema
`;

// Commands load lazily so a quick `lint` does not pay for the analysis code.
const COMMANDS: Record<string, () => Promise<Command>> = {
  lint: async () => (await import('./commands/lint.ts')).runLint,
  schema: async () => (await import('./commands/schema.ts')).runSchema,
  'analyze-reply': async () => (await import('./commands/analyze-reply.ts')).runAnalyzeReply,
  grade: async () => (await import('./commands/grade.ts')).runGrade,
  analyze: async () => (await import('./commands/analyze.ts')).runAnalyze,
};

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
    cwd: process.cwd(),
  };
}

/** Run the CLI with the given arguments and return its exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`hardcall: unknown command "${name}"\n${USAGE}`);
    return 2;
  }
  return (await load())(rest, io);
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) {
  runCli(process.argv.slice(2), createNodeIO()).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      process.stderr.write(`hardcall: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 70;
    },
  );
}
