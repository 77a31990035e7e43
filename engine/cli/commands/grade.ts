import { LOCALES, type Locale, type Scenario } from '../../types.ts';
import { createGrader, type Grader } from '../../grade/grade-path.ts';
import { formatPathError, formatScorecard } from '../../grade/format-scorecard.ts';
import { createScorecardBytes } from '../../grade/scorecard-json.ts';
import type { Scorecard } from '../../grade/scorecard.ts';
import { PROFILE_IDS, resolveProfile, type Profile } from '../../rules/profiles.ts';
import type { CliIO, Command } from '../io.ts';
import { loadScenarioFile } from '../load-file.ts';

const USAGE = `Usage: hardcall grade FILE --choices a,b,c [--json] [--profile NAME] [--locale zh-Hans|zh-Hant|en]
       hardcall grade FILE --jsonl [--profile NAME] < paths.jsonl   (each line {"choices": [...]})
Exit code: 0 graded (see "passed"), 1 invalid path or scenario, 2 usage error.
Profiles: ${PROFILE_IDS.join(', ')}
`;

interface GradeArgs {
  file: string;
  choices: string[] | null;
  json: boolean;
  jsonl: boolean;
  profile: Profile | undefined;
  locale: Locale | undefined;
}

const VALUE_FLAGS = ['--choices', '--profile', '--locale'];

function parseArgs(args: string[]): GradeArgs | string {
  const values = new Map<string, string>();
  const positional: string[] = [];
  let json = false;
  let jsonl = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--jsonl') jsonl = true;
    else if (VALUE_FLAGS.includes(a)) {
      const v = args[++i];
      if (v === undefined) return `${a} needs a value`;
      values.set(a, v);
    } else if (a.startsWith('-')) return `unknown option ${a}`;
    else positional.push(a);
  }
  if (positional.length !== 1) return positional.length === 0 ? 'missing FILE' : `one FILE at a time (got ${positional.join(', ')})`;
  const choices = values.get('--choices');
  if ((choices === undefined) === !jsonl) return jsonl ? '--choices and --jsonl do not go together' : 'give --choices a,b,c or --jsonl';
  const profileId = values.get('--profile');
  if (profileId !== undefined && !PROFILE_IDS.includes(profileId)) return `unknown profile "${profileId}" (profiles: ${PROFILE_IDS.join(', ')})`;
  const locale = values.get('--locale');
  if (locale !== undefined && !(LOCALES as readonly string[]).includes(locale)) return `unknown locale "${locale}" (locales: ${LOCALES.join(', ')})`;
  return {
    file: positional[0]!,
    choices: choices === undefined ? null : choices.split(',').map((c) => c.trim()).filter((c) => c !== ''),
    json,
    jsonl,
    profile: profileId === undefined ? undefined : resolveProfile(profileId),
    locale: locale as Locale | undefined,
  };
}

function gradeOne(grader: Grader, scenario: Scenario, a: GradeArgs, io: CliIO): number {
  const res = grader.grade(a.choices ?? []);
  const locale = a.locale ?? scenario.locale;
  if (a.json) io.stdout(`${JSON.stringify(res.ok ? res.scorecard : { error: res.error }, null, 2)}\n`);
  else if (res.ok) io.stdout(formatScorecard(res.scorecard, locale));
  else io.stderr(`${a.file}: ${formatPathError(res.error, locale)}\n`);
  return res.ok ? 0 : 1;
}

type LineResult = { ok: true; scorecard: Scorecard } | { ok: false; json: string };

/** Parse and grade one JSONL line: its scorecard, or the JSON of an error object naming the line. */
export function gradeLineResult(grader: Grader, line: string, lineNo: number): LineResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (e) {
    return { ok: false, json: JSON.stringify({ line: lineNo, error: { code: 'bad-json', message: `line ${lineNo}: not JSON (${(e as Error).message})` } }) };
  }
  const choices = (parsed as { choices?: unknown } | null)?.choices;
  if (!Array.isArray(choices) || !choices.every((c) => typeof c === 'string')) {
    const message = `line ${lineNo}: expected {"choices": ["id", …]}, a list of choice ids`;
    return { ok: false, json: JSON.stringify({ line: lineNo, error: { code: 'bad-line', message } }) };
  }
  const res = grader.grade(choices as string[]);
  if (res.ok) return res;
  return { ok: false, json: JSON.stringify({ line: lineNo, error: { ...res.error, message: `line ${lineNo}: ${formatPathError(res.error, 'en')}` } }) };
}

/** Grade one JSONL line: a scorecard, or an error object naming the line. */
export function gradeLine(grader: Grader, line: string, lineNo: number, write: (card: Scorecard) => string = JSON.stringify): { ok: boolean; json: string } {
  const r = gradeLineResult(grader, line, lineNo);
  return r.ok ? { ok: true, json: write(r.scorecard) } : r;
}

// Output leaves in byte chunks of about this size: big enough that write calls are few, small enough to stay
// in cache. Strings written to a pipe measured ~10x the CPU of the same bytes written as buffers.
const CHUNK_BYTES = 1 << 16;

/** Where batch output goes: the IO's byte sink if it has one, else its text sink (whole lines, so decoding is safe). */
function byteSink(io: CliIO): (chunk: Uint8Array) => Promise<void> | undefined {
  if (io.stdoutBytes) return io.stdoutBytes;
  const decoder = new TextDecoder();
  return (chunk) => void io.stdout(decoder.decode(chunk));
}

async function gradeBatch(grader: Grader, io: CliIO): Promise<number> {
  const lines = (await io.readStdin()).split('\n');
  const out = createScorecardBytes();
  const sink = byteSink(io);
  let failed = 0;
  let graded = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const r = gradeLineResult(grader, line, i + 1);
    graded++;
    if (r.ok) out.card(r.scorecard);
    else {
      failed++;
      out.text(r.json);
    }
    out.text('\n');
    // Awaiting only when the sink asks for it (backpressure) keeps the loop synchronous in the common case.
    if (out.size() >= CHUNK_BYTES) await sink(out.take());
  }
  if (out.size() > 0) await sink(out.take());
  if (failed > 0) io.stderr(`${failed} of ${graded} line${graded === 1 ? '' : 's'} could not be graded\n`);
  return failed > 0 ? 1 : 0;
}

/** `hardcall grade FILE --choices a,b,c [--json]` or `--jsonl` on stdin: grade paths with the documents' rules. */
export const runGrade: Command = async (args, io) => {
  const a = parseArgs(args);
  if (typeof a === 'string') {
    io.stderr(`hardcall grade: ${a}\n${USAGE}`);
    return 2;
  }
  const scenario = await loadScenarioFile(a.file, io);
  if (!scenario) return 1;
  if (!a.profile && scenario.profile !== undefined && !PROFILE_IDS.includes(scenario.profile)) {
    io.stderr(`${a.file}: warning: unknown profile "${scenario.profile}"; grading with "default" (profiles: ${PROFILE_IDS.join(', ')})\n`);
  }
  const grader = createGrader(scenario, a.profile);
  return a.jsonl ? gradeBatch(grader, io) : gradeOne(grader, scenario, a, io);
};
