/** Offsets to 1-based lines and columns in one text, by binary search over line starts (linear to build). */
export interface LineIndex {
  at(offset: number): { line: number; column: number };
}

/** Index the line starts of a text once so each location costs a logarithmic lookup. */
export function indexLines(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    at(offset) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: offset - starts[lo]! + 1 };
    },
  };
}
