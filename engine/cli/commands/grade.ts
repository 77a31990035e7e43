import { LOCALES, type Locale, type Move, type Scenario } from '../../index.ts';
import { isSilence, isTyped } from '../../index.ts';
import { createGrader, type Grader } from '../../index.ts';
import { formatPathError, formatScorecard } from '../../index.ts';
import { createScorecardBytes } from '../../index.ts';
import type { Scorecard } from '../../index.ts';
import { PROFILE_IDS, resolveProfile, type Profile } from '../../index.ts';
import type { CliIO } from '../io.ts';
import { defineCommand, EXIT, type CommandContext } from '../command.ts';
import { loadScenarioFile } from '../load-file.ts';

interface GradeArgs {
  file: string;
  choices: Move[] | null;
  json: boolean;
  jsonl: boolean;
  locale: Locale | undefined;
}

/** Tell whether a parsed JSON value is a path: choice ids, `{"silence": true}` and `{"typed": "…"}` moves. */
export function isMoveList(v: unknown): v is Move[] {
  return Array.isArray(v) && v.every((m) => typeof m === 'string' || isSilence(m as Move) || isTyped(m as Move));
}

/** The moves of `--path`, or the key of the message saying why it is not a path. */
function parsePath(json: string): Move[] | 'pathNotJson' | 'pathNotMoves' {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return 'pathNotJson';
  }
  return isMoveList(v) ? v : 'pathNotMoves';
}

function gradeOne(grader: Grader, scenario: Scenario, a: GradeArgs, io: CliIO): number {
  const res = grader.grade(a.choices ?? []);
  const locale = a.locale ?? scenario.locale;
  if (a.json) io.stdout(`${JSON.stringify(res.ok ? res.scorecard : { error: res.error }, null, 2)}\n`);
  else if (res.ok) io.stdout(formatScorecard(res.scorecard, locale));
  else io.stderr(`${a.file}: ${formatPathError(res.error, locale, scenario.locale)}\n`);
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
  if (!isMoveList(choices)) {
    const message = `line ${lineNo}: expected {"choices": [...]}, a list of choice ids, {"silence": true} and {"typed": "…"}`;
    return { ok: false, json: JSON.stringify({ line: lineNo, error: { code: 'bad-line', message } }) };
  }
  const res = grader.grade(choices);
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

async function gradeBatch(grader: Grader, io: CliIO, say: CommandContext['say']): Promise<number> {
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
  if (failed > 0) io.stderr(`${say('ungraded', { failed, graded })}\n`);
  return failed > 0 ? 1 : 0;
}

/** `hardcall grade FILE --choices a,b,c | --path JSON [--json]` or `--jsonl` on stdin: grade paths (typed replies included) with the documents' rules. */
export const command = defineCommand({
  name: 'grade',
  synopsis: [
    'grade FILE --choices a,b,c [--json] [--profile NAME] [--locale zh-Hans|zh-Hant|en]',
    'grade FILE --path \'["a", {"typed": "I am so sorry…"}, {"silence": true}]\' [--json] …',
    'grade FILE --jsonl [--profile NAME] < paths.jsonl   (each line {"choices": [...]}, moves as in --path)',
  ],
  options: {
    choices: { type: 'string' },
    path: { type: 'string' },
    json: { type: 'boolean' },
    jsonl: { type: 'boolean' },
    profile: { type: 'string', values: PROFILE_IDS },
    locale: { type: 'string', values: LOCALES },
  },
  args: { name: 'FILE', min: 1, max: 1 },
  texts: {
    en: {
      summary: 'grade one path (--path: typed replies too; --jsonl: a batch of paths on stdin)',
      help: `  --locale L   the scorecard's language (default: --lang when given, else the scenario's)
Exit code: 0 graded (see "passed"), 1 invalid path or scenario, 2 usage error.
Profiles: ${PROFILE_IDS.join(', ')}`,
      choicesOrJsonl: 'give --choices a,b,c, --path JSON or --jsonl',
      notBoth: 'give only one of --choices, --path and --jsonl',
      pathNotJson: '--path is not JSON',
      pathNotMoves: '--path must be a JSON list of choice ids, {"silence": true} and {"typed": "…"}',
      unknownProfile: 'warning: unknown profile "{profile}"; grading with "default" (profiles: {profiles})',
      ungraded: (p, f) => `${f.n(Number(p['failed']))} of ${f.plural(Number(p['graded']), { one: '# line', other: '# lines' })} could not be graded`,
    },
    'zh-Hans': {
      summary: '为一条路径评分（--path：可含自己输入的回复；--jsonl：从标准输入批量评分）',
      help: `  --locale L   评分卡的语言（默认：给了 --lang 就用它，否则用场景的语言）
退出码：0 已评分（看 "passed"），1 路径或场景无效，2 用法错误。
规则配置：${PROFILE_IDS.join('、')}`,
      choicesOrJsonl: '请给出 --choices a,b,c、--path JSON 或 --jsonl',
      notBoth: '--choices、--path 和 --jsonl 只能用一个',
      pathNotJson: '--path 不是 JSON',
      pathNotMoves: '--path 必须是 JSON 列表，元素为选项 id、{"silence": true} 或 {"typed": "…"}',
      unknownProfile: '警告：没有规则配置「{profile}」；按「default」评分（可用：{profiles}）',
      ungraded: (p, f) => `${f.n(Number(p['graded']))} 行中有 ${f.n(Number(p['failed']))} 行无法评分`,
    },
    'zh-Hant': {
      summary: '為一條路徑評分（--path：可含自己輸入的回覆；--jsonl：從標準輸入批次評分）',
      help: `  --locale L   評分卡的語言（預設：給了 --lang 就用它，否則用情境的語言）
結束碼：0 已評分（看 "passed"），1 路徑或情境無效，2 用法錯誤。
規則設定：${PROFILE_IDS.join('、')}`,
      choicesOrJsonl: '請給出 --choices a,b,c、--path JSON 或 --jsonl',
      notBoth: '--choices、--path 和 --jsonl 只能用一個',
      pathNotJson: '--path 不是 JSON',
      pathNotMoves: '--path 必須是 JSON 列表，元素為選項 id、{"silence": true} 或 {"typed": "…"}',
      unknownProfile: '警告：沒有規則設定「{profile}」；依「default」評分（可用：{profiles}）',
      ungraded: (p, f) => `${f.n(Number(p['graded']))} 行中有 ${f.n(Number(p['failed']))} 行無法評分`,
    },
  },
  async run({ values, positionals }, ctx) {
    const { io } = ctx;
    const given = [values.choices !== undefined, values.path !== undefined, values.jsonl === true].filter(Boolean).length;
    if (given > 1) return ctx.usageError(ctx.say('notBoth'));
    if (given === 0) return ctx.usageError(ctx.say('choicesOrJsonl'));
    const path = values.path === undefined ? null : parsePath(values.path);
    if (typeof path === 'string') return ctx.usageError(ctx.say(path));
    const a: GradeArgs = {
      file: positionals[0]!,
      choices: path ?? (values.choices === undefined ? null : values.choices.split(',').map((c) => c.trim()).filter((c) => c !== '')),
      json: values.json === true,
      jsonl: values.jsonl === true,
      // The scorecard speaks --locale, else an explicit --lang, else the scenario's own language (a trainer's
      // environment says little about the language a scenario's scorecard is read in).
      locale: (values.locale as Locale | undefined) ?? (ctx.langGiven ? ctx.lang : undefined),
    };
    const scenario = await loadScenarioFile(a.file, io, ctx.lang);
    if (!scenario) return EXIT.findings;
    const profile: Profile | undefined = values.profile === undefined ? undefined : resolveProfile(values.profile);
    if (!profile && scenario.profile !== undefined && !PROFILE_IDS.includes(scenario.profile)) {
      io.stderr(`${a.file}: ${ctx.say('unknownProfile', { profile: scenario.profile, profiles: PROFILE_IDS.join(', ') })}\n`);
    }
    const grader = createGrader(scenario, profile);
    return a.jsonl ? gradeBatch(grader, io, ctx.say) : gradeOne(grader, scenario, a, io);
  },
});
