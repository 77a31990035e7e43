/** What a CLI command may touch of the outside world, injected so commands are testable in-process. */
export interface CliIO {
  stdout(text: string): void;
  /**
   * Write bytes to standard output, if the IO can; a returned promise settles when the sink can take more
   * (backpressure). Batch commands prefer it to `stdout`, which then is only their fallback.
   */
  stdoutBytes?: (chunk: Uint8Array) => Promise<void> | undefined;
  stderr(text: string): void;
  /** Read all of standard input. */
  readStdin(): Promise<string>;
  /** Read a file as bytes. */
  readFile(path: string): Promise<Uint8Array>;
  /** Write a file (commands that produce reports or packages); absent in IOs that only read. */
  writeFile?: (path: string, data: string | Uint8Array) => Promise<void>;
  /** The current time (the CLI is where the engine's clock is injected). */
  now?: () => Date;
  /** Fetch over HTTP (commands that read an LRS); absent: `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** The working directory, for relative paths in messages. */
  cwd: string;
  /** The environment, for the default language (LC_ALL, LC_MESSAGES, LANG); absent means English. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** A CLI command: arguments after the command name in, exit code out. */
export type Command = (args: string[], io: CliIO) => Promise<number>;
