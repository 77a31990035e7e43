import type { Problem } from '../types.ts';
import { makeProblem } from '../messages/make-problem.ts';

/** Largest scenario file accepted; real scenarios are tens of kilobytes. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** Find the 1-based line and column of a character offset in a text. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Decode a file's bytes as UTF-8 text, refusing oversize files and invalid UTF-8 with located problems. */
export function decodeScenarioBytes(bytes: Uint8Array, file: string): { ok: true; text: string } | { ok: false; problem: Problem } {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return { ok: false, problem: makeProblem('file-too-large', { bytes: bytes.byteLength, maxBytes: MAX_FILE_BYTES }, { file, line: 1, column: 1 }) };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    const { line, column } = lineColumnOf(prefix, prefix.length);
    return {
      ok: false,
      problem: makeProblem('invalid-utf8', { byte: offset }, { file, line, column }),
    };
  }
}

// Walks the bytes by hand because TextDecoder only says *that* the input is invalid, not where.
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return i;
}

/** Refuse texts a parser should never see: empty, oversize, or nested deeper than any scenario needs. */
export function precheckText(text: string, file: string): Problem | null {
  if (text.length > MAX_FILE_BYTES) {
    return makeProblem('file-too-large', { bytes: text.length, maxBytes: MAX_FILE_BYTES }, { file, line: 1, column: 1 });
  }
  if (text.replace(/^\uFEFF/, '').trim() === '' || /^(\s*#[^\n]*\n?)*\s*$/.test(text)) {
    return makeProblem('empty-file', {}, { file, line: 1, column: 1 });
  }
  return checkNesting(text, file);
}

/** Deepest nesting a scenario file may have; real ones nest about 8 levels. */
export const MAX_NESTING = 64;

// The yaml package recurses per level and can overflow the stack on pathological nesting, so depth is
// bounded with a cheap scan before parsing: flow brackets outside quotes, and block indentation.
function checkNesting(text: string, file: string): Problem | null {
  let flow = 0;
  let quote: string | null = null;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart && (ch === ' ' || ch === '-')) {
      indent++;
      if (indent > MAX_NESTING * 4) return nestingProblem(text, i, file);
      continue;
    }
    lineStart = false;
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl - 1;
    } else if ((ch === '"' || ch === "'") && (i === 0 || /[\s:,[{]/.test(text[i - 1]!))) quote = ch;
    else if (ch === '[' || ch === '{') {
      if (++flow > MAX_NESTING) return nestingProblem(text, i, file);
    } else if ((ch === ']' || ch === '}') && flow > 0) flow--;
  }
  return null;
}

function nestingProblem(text: string, offset: number, file: string): Problem {
  const { line, column } = lineColumnOf(text, offset);
  return makeProblem('too-deep', { max: MAX_NESTING }, { file, line, column });
}
