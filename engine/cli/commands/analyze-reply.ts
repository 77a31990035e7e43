import { analyzeReply, detectLocale } from '../../index.ts';
import { FEATURE_NAMES, LOCALES, type FeatureName, type IssueSpec, type Locale, type ReplyFeatures } from '../../index.ts';
import type { CliIO, Command } from '../io.ts';
import { defineCommand, EXIT } from '../command.ts';

interface Options {
  locale?: Locale;
  issue?: IssueSpec;
  json: boolean;
  jsonl: boolean;
  text?: string;
}

function isLocale(s: string | undefined): s is Locale {
  return s !== undefined && (LOCALES as readonly string[]).includes(s);
}

const NAMES: readonly FeatureName[] = FEATURE_NAMES;

function isPositive(f: ReplyFeatures, name: FeatureName): boolean {
  const v = f[name];
  return v === true || (typeof v === 'number' && v > 0) || (typeof v === 'string' && v !== 'none');
}

/** Human-readable report: each positive feature with its quoted cues. */
export function formatFeatures(f: ReplyFeatures, locale: Locale, detected: boolean): string {
  const lines = [`locale: ${locale}${detected ? ' (detected)' : ''}`];
  for (const name of NAMES) {
    if (!isPositive(f, name)) continue;
    const value = typeof f[name] === 'boolean' ? '' : ` ${String(f[name])}`;
    const cues = f.evidence.filter((e) => e.feature === name).map((e) => `"${e.cue}" [${e.start}-${e.end})`);
    lines.push(`${name}${value}: ${cues.join(', ')}`);
  }
  if (lines.length === 1) lines.push('no features found');
  return `${lines.join('\n')}\n`;
}

/** Analyse one stdin line of a batch; an error object for a malformed line. */
function analyzeLine(line: string, n: number, o: Options): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    return { line: n, error: `not valid JSON: ${(e as Error).message}` };
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { line: n, error: 'expected a JSON object {"id", "lang"?, "text"}' };
  const rec = v as Record<string, unknown>;
  const id = rec['id'];
  if (typeof id !== 'string' && typeof id !== 'number') return { line: n, error: '"id" must be a string or a number' };
  if (typeof rec['text'] !== 'string') return { line: n, id, error: '"text" must be a string' };
  const lang = rec['lang'];
  if (lang !== undefined && !isLocale(lang as string)) return { line: n, id, error: `"lang" must be one of ${LOCALES.join(', ')}` };
  const locale = (lang as Locale | undefined) ?? o.locale ?? detectLocale(rec['text']);
  return { id, ...analyzeReply(rec['text'], o.issue ? { locale, issue: o.issue } : { locale }) };
}

async function runBatch(io: CliIO, o: Options): Promise<number> {
  const input = await io.readStdin();
  const lines = input.split(/\r?\n/);
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() === '') continue;
    out += `${JSON.stringify(analyzeLine(lines[i]!, i + 1, o))}\n`;
    // Flush in chunks so a large batch streams instead of building one huge string.
    if (out.length > 1 << 16) {
      io.stdout(out);
      out = '';
    }
  }
  if (out) io.stdout(out);
  return 0;
}

/** `hardcall analyze-reply`: find the rule features in one reply, or in a JSONL batch on stdin. */
export const command = defineCommand({
  name: 'analyze-reply',
  synopsis: ['analyze-reply [--locale L] [--issue KW1,KW2] [--json] "TEXT"', 'analyze-reply [--locale L] [--issue KW1,KW2] --jsonl < replies.jsonl'],
  options: { locale: { type: 'string', values: LOCALES }, issue: { type: 'string' }, json: { type: 'boolean' }, jsonl: { type: 'boolean' } },
  args: { name: 'TEXT', min: 0, max: Infinity },
  texts: {
    en: {
      summary: 'find the rule features in one reply (--jsonl: a batch on stdin)',
      help: `  TEXT            one agent reply; prints each feature found with the words that show it
  --locale L      zh-Hans | zh-Hant | en (default: detected from the text)
  --issue KWS     the scenario's problem keywords, comma-separated: a specific apology must name one
  --json          print the features as one JSON object
  --jsonl         batch: one {"id","lang"?,"text"} per input line, one JSON line out per input line
Exit code: 0 analysed, 2 usage error.`,
      noText: '--jsonl reads the replies from standard input: give no TEXT',
      eitherJson: 'use either --json or --jsonl',
      noKeywords: '--issue needs comma-separated keywords',
      missingText: 'missing the reply TEXT',
      oneText: 'give the reply as one argument (quote it)',
    },
    'zh-Hans': {
      summary: '找出一句回复里的规则特征（--jsonl：从标准输入批量处理）',
      help: `  TEXT            一句客服回复；打印找到的每个特征和触发它的词
  --locale L      zh-Hans | zh-Hant | en（默认：从文字判断）
  --issue KWS     场景的问题关键词，用逗号分隔：具体道歉必须提到其中一个
  --json          以一个 JSON 对象打印特征
  --jsonl         批量：每行输入一个 {"id","lang"?,"text"}，每行输出一行 JSON
退出码：0 已分析，2 用法错误。`,
      noText: '--jsonl 从标准输入读取回复：不要再给 TEXT',
      eitherJson: '--json 和 --jsonl 只能用一个',
      noKeywords: '--issue 需要用逗号分隔的关键词',
      missingText: '缺少回复文字 TEXT',
      oneText: '请把回复作为一个参数给出（加上引号）',
    },
    'zh-Hant': {
      summary: '找出一句回覆裡的規則特徵（--jsonl：從標準輸入批次處理）',
      help: `  TEXT            一句客服回覆；印出找到的每個特徵和觸發它的詞
  --locale L      zh-Hans | zh-Hant | en（預設：從文字判斷）
  --issue KWS     情境的問題關鍵詞，用逗號分隔：具體道歉必須提到其中一個
  --json          以一個 JSON 物件印出特徵
  --jsonl         批次：每行輸入一個 {"id","lang"?,"text"}，每行輸出一行 JSON
結束碼：0 已分析，2 用法錯誤。`,
      noText: '--jsonl 從標準輸入讀取回覆：不要再給 TEXT',
      eitherJson: '--json 和 --jsonl 只能用一個',
      noKeywords: '--issue 需要用逗號分隔的關鍵詞',
      missingText: '缺少回覆文字 TEXT',
      oneText: '請把回覆當作一個參數給出（加上引號）',
    },
  },
  async run({ values, positionals }, ctx) {
    const o: Options = { json: values.json === true, jsonl: values.jsonl === true };
    if (isLocale(values.locale)) o.locale = values.locale;
    if (values.issue !== undefined) {
      const keywords = values.issue.split(',').map((k) => k.trim()).filter(Boolean);
      if (keywords.length === 0) return ctx.usageError(ctx.say('noKeywords'));
      o.issue = { summary: keywords[0]!, keywords };
    }
    if (o.jsonl && positionals.length > 0) return ctx.usageError(ctx.say('noText'));
    if (o.jsonl && o.json) return ctx.usageError(ctx.say('eitherJson'));
    if (o.jsonl) return runBatch(ctx.io, o);
    if (positionals.length !== 1) return ctx.usageError(ctx.say(positionals.length === 0 ? 'missingText' : 'oneText'));
    const text = positionals[0]!;
    const locale = o.locale ?? detectLocale(text);
    const f = analyzeReply(text, o.issue ? { locale, issue: o.issue } : { locale });
    ctx.io.stdout(o.json ? `${JSON.stringify({ locale, ...f }, null, 2)}\n` : formatFeatures(f, locale, o.locale === undefined));
    return EXIT.ok;
  },
});

/** Run `analyze-reply` with its arguments (as the CLI does after the command name). */
export const runAnalyzeReply: Command = command.run;
