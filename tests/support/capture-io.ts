// A CLI IO for tests: the Node IO with standard output and error (text and bytes) captured into strings
// and standard input read from a string, so a test runs `runCli` and reads what it printed.
import { createNodeIO } from '../../engine/cli/main.ts';
import type { CliIO } from '../../engine/cli/io.ts';

/** The captured IO: what the command printed, and the text it will read as standard input. */
export type CapturedIO = CliIO & { out: string; err: string; stdin: string };

/** Make a capturing IO working in `cwd`; `overrides` replace Node IO fields (env, clock, …). */
export function captureCliIO(cwd: string, overrides: Partial<CliIO> = {}): CapturedIO {
  const io: CapturedIO = { ...createNodeIO(), cwd, ...overrides, out: '', err: '', stdin: '' };
  const decoder = new TextDecoder();
  io.stdout = (t: string) => void (io.out += t);
  io.stderr = (t: string) => void (io.err += t);
  io.stdoutBytes = (b: Uint8Array) => void (io.out += decoder.decode(b));
  io.readStdin = async () => io.stdin;
  return io;
}
