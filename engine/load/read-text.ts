import type { Problem } from '../types.ts';
import { makeProblem } from '../messages/make-problem.ts';

/**
 * Largest scenario file accepted. Real scenarios are under 20 KB and a very large one (100 nodes of long
 * Chinese replies) about 350 KB; the YAML parser reads the worst text of this size in about 1.5 s of CPU on
 * the project's shared 2-core machine, so this cap keeps every file within the 2 s budget (`npm run bench -- load`).
 */
export const MAX_FILE_BYTES = 512 * 1024;

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

/**
 * Refuse texts a parser should never see: empty, oversize, or nested deeper than any scenario needs.
 * Otherwise give the offset of the deepest nesting, where a parser overflow would be reported.
 */
export function precheckText(text: string, file: string): { ok: true; deepest: number } | { ok: false; problem: Problem } {
  const at = { file, line: 1, column: 1 };
  if (text.length > MAX_FILE_BYTES) return { ok: false, problem: makeProblem('file-too-large', { bytes: text.length, maxBytes: MAX_FILE_BYTES }, at) };
  if (isBlank(text)) return { ok: false, problem: makeProblem('empty-file', {}, at) };
  const { over, deepest } = findDeepNesting(text);
  return over < 0 ? { ok: true, deepest } : { ok: false, problem: nestingProblem(text, over, file) };
}

// Only blank lines and comments; a scan, since a regex with nested quantifiers here backtracked
// exponentially (a 54-byte file of comment lines and one letter took 20 s).
function isBlank(text: string): boolean {
  let inComment = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) inComment = false;
    else if (inComment || c === 32 || c === 9 || c === 13 || c === 0xfeff) continue;
    else if (c === 35) inComment = true;
    else return false;
  }
  return true;
}

/** Deepest nesting a scenario file may have; real ones nest about 8 levels. */
export const MAX_NESTING = 64;

/**
 * Find where a text nests deeper than any scenario needs, with a cheap scan before parsing (the yaml
 * package recurses per level): flow brackets that open a node, counted outside quoted text, and block
 * indentation, counting the compact indicators "- ", "? " and ": " at a line's start as levels too
 * ("? ? ? …" nests without indenting). Returns where it first goes too deep (or -1) and its deepest point.
 */
export function findDeepNesting(text: string): { over: number; deepest: number } {
  let [deepest, most] = [0, 0];
  let flow = 0;
  let quote = '';
  let indent = 0;
  let lineStart = true;
  let nodeStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      [lineStart, nodeStart, indent] = [true, true, 0];
      continue;
    }
    if (quote) {
      if (quote === '"' && ch === '\\') i++;
      else if (quote === "'" && ch === "'" && text[i + 1] === "'") i++;
      else if (ch === quote) [quote, nodeStart] = ['', false];
      continue;
    }
    if (lineStart && (ch === ' ' || ch === '\t' || ((ch === '-' || ch === '?' || ch === ':') && isBlankAt(text, i + 1)))) {
      if (++indent > MAX_NESTING * 4) return { over: i, deepest: i };
      if (indent + flow > most) [most, deepest] = [indent + flow, i];
      continue;
    }
    lineStart = false;
    if (ch === ' ' || ch === '\t' || ch === '\r') continue;
    if (ch === '#' && isBlankAt(text, i - 1)) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl - 1;
    } else if ((ch === '"' || ch === "'") && nodeStart) quote = ch;
    else if ((ch === '[' || ch === '{') && (nodeStart || flow > 0)) {
      if (++flow > MAX_NESTING) return { over: i, deepest: i };
      if (indent + flow > most) [most, deepest] = [indent + flow, i];
    } else if ((ch === ']' || ch === '}') && flow > 0) flow--;
    // A node starts after an indicator followed by a blank, and anywhere after a flow separator.
    nodeStart = ch === '[' || ch === '{' || (flow > 0 && (ch === ',' || ch === ':')) || ((ch === ':' || ch === '-' || ch === '?') && isBlankAt(text, i + 1));
  }
  return { over: -1, deepest };
}

function isBlankAt(text: string, i: number): boolean {
  const c = text[i];
  return c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

function nestingProblem(text: string, offset: number, file: string): Problem {
  const { line, column } = lineColumnOf(text, offset);
  return makeProblem('too-deep', { max: MAX_NESTING }, { file, line, column });
}
