import { parseArgs } from 'node:util';
import { LOCALES, type Locale, type Problem } from '../types.ts';
import { formatProblemLine } from '../format-problem.ts';
import { createFmt, type Fmt } from '../messages/format.ts';
import { PROBLEM_TABLES } from '../problem-tables.ts';
import { createSuggester } from '../load/suggest.ts';
import { CLI_TEXTS } from './cli-texts.ts';
import { langFromEnv } from './lang.ts';
import type { CliIO, Command } from './io.ts';

/** Exit codes, the same for every command. */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 70 } as const;

/** An option: a flag or a string; `values` lists the only strings it accepts. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  values?: readonly string[];
}

type Values<O extends Record<string, OptionSpec>> = { [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean };

/** One of a command's messages: a template with `{name}` placeholders, or a function for plurals and numbers. */
export type CommandText = string | ((params: Record<string, string | number>, f: Fmt) => string);

/** A command's words in one locale: a one-line summary, the text after its usage lines, and its own messages. */
export interface CommandTexts {
  summary: string;
  help: string;
  [message: string]: CommandText;
}

/** What a command is: its options, its positional arguments, its words and what it does. */
export interface CommandSpec<O extends Record<string, OptionSpec>> {
  name: string;
  /** Usage lines after "hardcall ", e.g. `lint <files or folders…> [--json]`. */
  synopsis: readonly string[];
  options: O;
  /** The positional arguments' name in messages, and how many the command takes. */
  args: { name: string; min: number; max: number };
  texts: Record<Locale, CommandTexts>;
  run(input: { values: Values<O>; positionals: string[] }, ctx: CommandContext): Promise<number>;
}

/** What a running command gets besides its arguments. */
export interface CommandContext {
  io: CliIO;
  lang: Locale;
  /** Whether `--lang` was given on the command line (rather than taken from the environment). */
  langGiven: boolean;
  /** One of the command's own messages, `{name}` placeholders filled. */
  say(key: string, params?: Record<string, string | number>): string;
  /** Report a usage error (the message, then the usage) and give the exit code for it. */
  usageError(message: string): number;
  /** A located problem as one line in the command's language. */
  problemLine(problem: Problem): string;
}

/** A command as the registry knows it: its spec (for help) and its entry point. */
export interface CommandDef {
  name: string;
  summary(lang: Locale): string;
  usage(lang: Locale): string;
  run: Command;
}

const COMMON: Record<string, OptionSpec> = { help: { type: 'boolean', short: 'h' }, lang: { type: 'string', values: LOCALES } };

/** The usage text of a command in a language: its usage lines, its help, and the options every command takes. */
export function renderUsage(spec: CommandSpec<Record<string, OptionSpec>>, lang: Locale): string {
  const t = CLI_TEXTS[lang];
  const lines = spec.synopsis.map((s, i) => `${i === 0 ? t.usage : t.usageIndent} hardcall ${s}`);
  return `${lines.join('\n')}\n${spec.texts[lang].help.trimEnd()}\n${t.commonOptions}\n`;
}

/** Make a command from its spec: parse the arguments, answer --help, then run it. */
export function defineCommand<O extends Record<string, OptionSpec>>(spec: CommandSpec<O>): CommandDef {
  const options: Record<string, OptionSpec> = { ...spec.options, ...COMMON };
  const generic = spec as unknown as CommandSpec<Record<string, OptionSpec>>;
  const run: Command = async (args, io) => {
    const parsed = parseCommandArgs(options, spec.args, args, langFromEnv(io.env));
    const lang = parsed.values['lang'] as Locale;
    const usageError = (message: string) => {
      io.stderr(`hardcall ${spec.name}: ${message}\n${renderUsage(generic, lang)}`);
      return EXIT.usage;
    };
    if (parsed.values['help']) {
      io.stdout(renderUsage(generic, lang));
      return EXIT.ok;
    }
    if (parsed.error) return usageError(parsed.error(lang));
    const ctx: CommandContext = {
      io,
      lang,
      langGiven: args.some((a) => a === '--lang' || a.startsWith('--lang=')),
      say: (key, params = {}) => say(spec.texts[lang][key] ?? spec.texts.en[key] ?? key, params, lang),
      usageError,
      problemLine: (p) => formatProblemLine(p, lang),
    };
    return spec.run({ values: parsed.values as Values<O>, positionals: parsed.positionals }, ctx);
  };
  return { name: spec.name, summary: (lang) => spec.texts[lang].summary, usage: (lang) => renderUsage(generic, lang), run };
}

function say(text: CommandText, params: Record<string, string | number>, lang: Locale): string {
  if (typeof text === 'function') return text(params, createFmt(lang, PROBLEM_TABLES[lang].style));
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(params, k) ? String(params[k]) : m));
}

interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  /** The first usage error, worded once the language is known (--lang may come after it). */
  error?: (lang: Locale) => string;
}

/** Parse arguments with node:util's parseArgs, turning each of its complaints into one of ours. */
export function parseCommandArgs(options: Record<string, OptionSpec>, count: { name: string; min: number; max: number }, args: string[], fallback: Locale): Parsed {
  const { values, positionals, tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  const out: Parsed = { values: values as Parsed['values'], positionals };
  const fail = (error: (t: (typeof CLI_TEXTS)[Locale]) => string) => (out.error ??= (lang) => error(CLI_TEXTS[lang]));
  const names = Object.keys(options).map((n) => `--${n}`);
  for (const tok of tokens) {
    if (tok.kind !== 'option') continue;
    const spec = Object.hasOwn(options, tok.name) ? options[tok.name]! : undefined;
    if (!spec) fail((t) => t.unknownOption(tok.rawName, createSuggester(names)(tok.rawName)));
    else if (spec.type === 'boolean' && tok.value !== undefined) fail((t) => t.takesNoValue(tok.rawName));
    else if (spec.type === 'string' && (tok.value === undefined || (!tok.inlineValue && tok.value.startsWith('-')))) fail((t) => t.needsValue(tok.rawName));
    else if (spec.values && !spec.values.includes(tok.value!)) fail((t) => t.badValue(tok.rawName, tok.value!, spec.values!));
  }
  if (positionals.length < count.min) fail((t) => t.missingArg(count.name));
  else if (positionals.length > count.max) fail((t) => t.tooManyArgs(count.name, positionals));
  if (typeof out.values['lang'] !== 'string' || !LOCALES.includes(out.values['lang'] as Locale)) out.values['lang'] = fallback;
  return out;
}
