import { readFile, writeFile } from 'node:fs/promises';
import process from 'node:process';
import type { CliIO, Command } from './io.ts';

const USAGE = `Usage: hardcall <command> [options]

Commands:
  lint <files or folders…> [--json]        check scenario files; exit 1 on any error
  analyze-reply [--locale L] [--json] TEXT  find the rule features in one reply (--jsonl: batch on stdin)
  grade FILE --choices a,b,c [--json]       grade one path (--jsonl: batch of paths on stdin)
  analyze FILE [--json]                     grade every path of a scenario at once
  schema [--write FILE]                     print (or write) the scenario JSON Schema
  exam-pin SCENARIO…                        print the pins (id, version, sha256) an exam file lists
  verify --exam FILE RECORD…|--lrs URL      re-grade exam records; exit 1 on any mismatch
  certify --exam FILE RECORD…|--lrs URL     roster of an exam as CSV and self-contained HTML
  review --exam FILE RECORD --by NAME --verdict passed|failed --reason TEXT   override a verdict (audit trail kept)
  package --exam FILE (--cmi5|--scorm) OUT.zip   publish an exam as a cmi5 or SCORM 2004 package
`;

// Commands load lazily so a quick `lint` does not pay for the analysis code.
const COMMANDS: Record<string, () => Promise<Command>> = {
  lint: async () => (await import('./commands/lint.ts')).runLint,
  schema: async () => (await import('./commands/schema.ts')).runSchema,
  'analyze-reply': async () => (await import('./commands/analyze-reply.ts')).runAnalyzeReply,
  grade: async () => (await import('./commands/grade.ts')).runGrade,
  analyze: async () => (await import('./commands/analyze.ts')).runAnalyze,
  'exam-pin': async () => (await import('./commands/exam-pin.ts')).runExamPin,
  verify: async () => (await import('./commands/verify.ts')).runVerify,
  certify: async () => (await import('./commands/certify.ts')).runCertify,
  review: async () => (await import('./commands/review.ts')).runReview,
  package: async () => (await import('./commands/package.ts')).runPackage,
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
    writeFile: (p, data) => writeFile(p, data),
    now: () => new Date(),
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
