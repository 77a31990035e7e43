import { analyzeReply, detectLocale } from '../../text/analyze-reply.ts';
import { LOCALES, type FeatureName, type IssueSpec, type Locale, type ReplyFeatures } from '../../types.ts';
import type { CliIO, Command } from '../io.ts';

const USAGE = `Usage: hardcall analyze-reply [--locale L] [--issue KW1,KW2] [--json] "TEXT"
       hardcall analyze-reply [--locale L] [--issue KW1,KW2] --jsonl < replies.jsonl
  TEXT            one agent reply; prints each feature found with the words that show it
  --locale L      zh-Hans | zh-Hant | en (default: detected from the text)
  --issue KWS     the scenario's problem keywords, comma-separated: a specific apology must name one
  --json          print the features as one JSON object
  --jsonl         batch: one {"id","lang"?,"text"} per input line, one JSON line out per input line
`;

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

/** Parse the command line, or say what is wrong with it. */
function parseArgs(args: readonly string[]): Options | string {
  const o: Options = { json: false, jsonl: false };
  const texts: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') o.json = true;
    else if (a === '--jsonl') o.jsonl = true;
    else if (a === '--locale') {
      const v = args[++i];
      if (!isLocale(v)) return `--locale needs one of ${LOCALES.join(', ')}${v === undefined ? '' : ` (got "${v}")`}`;
      o.locale = v;
    } else if (a === '--issue') {
      const v = args[++i];
      const keywords = (v ?? '').split(',').map((k) => k.trim()).filter(Boolean);
      if (keywords.length === 0) return '--issue needs comma-separated keywords';
      o.issue = { summary: keywords[0]!, keywords };
    } else if (a === '--') texts.push(...args.slice(i + 1)), (i = args.length);
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else texts.push(a);
  }
  if (o.jsonl && texts.length > 0) return '--jsonl reads the replies from standard input: give no TEXT';
  if (o.jsonl && o.json) return 'use either --json or --jsonl';
  if (!o.jsonl && texts.length !== 1) return texts.length === 0 ? 'missing the reply TEXT' : 'give the reply as one argument (quote it)';
  if (texts.length === 1) o.text = texts[0]!;
  return o;
}

const NAMES: FeatureName[] = ['contrast', 'apology', 'empathy', 'solution', 'alternatives', 'refusal', 'paraphrase', 'question', 'blame', 'timeframe', 'willingness', 'policy'];

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
export const runAnalyzeReply: Command = async (args, io) => {
  const o = parseArgs(args);
  if (typeof o === 'string') {
    io.stderr(`hardcall analyze-reply: ${o}\n${USAGE}`);
    return 2;
  }
  if (o.jsonl) return runBatch(io, o);
  const text = o.text!;
  const locale = o.locale ?? detectLocale(text);
  const f = analyzeReply(text, o.issue ? { locale, issue: o.issue } : { locale });
  io.stdout(o.json ? `${JSON.stringify({ locale, ...f }, null, 2)}\n` : formatFeatures(f, locale, o.locale === undefined));
  return 0;
};
