/** A path into the scenario document, e.g. ['nodes', 'opening', 'choices', 0, 'reply']. */
export type DocPath = ReadonlyArray<string | number>;

/** A lint warning before it is located in the file: the loader maps `path` to a line and column. */
export interface LintFinding {
  code: string;
  message: string;
  path: DocPath;
}
