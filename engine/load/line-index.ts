/** Finds the line and column of a character offset in O(log lines), after one linear pass over the text. */
export interface LineIndex {
  /** 1-based line and column (in UTF-16 code units, as editors count) of an offset, clamped to the text. */
  at(offset: number): { line: number; column: number };
  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string;
  /** How many lines the text has. */
  readonly lines: number;
}

/**
 * Index the starts of a text's lines. Positions come from here rather than from the parser's own line
 * counter, which misses the line breaks it swallows while recovering from an error.
 */
export function createLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    lines: starts.length,
    at(offset) {
      const o = Math.max(0, Math.min(offset, text.length));
      const i = lineOf(o);
      return { line: i + 1, column: o - starts[i]! + 1 };
    },
    lineText(line) {
      const start = starts[line - 1] ?? text.length;
      const next = starts[line];
      return text.slice(start, next === undefined ? text.length : next - 1).replace(/\r$/, '');
    },
  };
}
