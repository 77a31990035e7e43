/** What a CLI command may touch of the outside world, injected so commands are testable in-process. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Read all of standard input. */
  readStdin(): Promise<string>;
  /** Read a file as bytes. */
  readFile(path: string): Promise<Uint8Array>;
  /** The working directory, for relative paths in messages. */
  cwd: string;
}

/** A CLI command: arguments after the command name in, exit code out. */
export type Command = (args: string[], io: CliIO) => Promise<number>;
