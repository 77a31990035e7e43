import type { Locale } from '../types.ts';

/** The CLI's own words: usage errors and help framing, the same for every command. */
export interface CliTexts {
  usage: string;
  usageIndent: string;
  commands: string;
  commonOptions: string;
  exitCodes: string;
  topHelp: string;
  unknownCommand(name: string, suggestion: string | null): string;
  unknownOption(option: string, suggestion: string | null): string;
  needsValue(option: string): string;
  takesNoValue(option: string): string;
  badValue(option: string, value: string, allowed: readonly string[]): string;
  missingArg(name: string): string;
  tooManyArgs(name: string, got: readonly string[]): string;
  internalError(detail: string): string;
}

const EN: CliTexts = {
  usage: 'Usage:',
  usageIndent: '      ',
  commands: 'Commands:',
  commonOptions: 'Every command also takes --lang zh-Hans|zh-Hant|en (default: from LC_ALL, LC_MESSAGES or LANG) and --help.',
  exitCodes: 'Exit codes: 0 ok, 1 findings or failures (a file that does not load or fails a check), 2 usage or output error.',
  topHelp: 'Run "hardcall COMMAND --help" for a command\'s options; "hardcall --version" prints the version.',
  unknownCommand: (name, s) => `unknown command "${name}"${s ? ` (did you mean "${s}"?)` : ''}`,
  unknownOption: (o, s) => `unknown option ${o}${s ? ` (did you mean ${s}?)` : ''}`,
  needsValue: (o) => `${o} needs a value`,
  takesNoValue: (o) => `${o} takes no value`,
  badValue: (o, v, allowed) => `${o} must be one of ${allowed.join(', ')} (got "${v}")`,
  missingArg: (name) => `missing ${name}`,
  tooManyArgs: (name, got) => `one ${name} at a time (got ${got.join(', ')})`,
  internalError: (d) => `internal error: ${d}; please report it`,
};

const ZH_HANS: CliTexts = {
  usage: '用法：',
  usageIndent: '      ',
  commands: '命令：',
  commonOptions: '每个命令都接受 --lang zh-Hans|zh-Hant|en（默认取自 LC_ALL、LC_MESSAGES 或 LANG）和 --help。',
  exitCodes: '退出码：0 正常，1 有问题或未通过（文件无法加载或检查未通过），2 用法或输出错误。',
  topHelp: '运行「hardcall 命令 --help」查看该命令的选项；「hardcall --version」显示版本。',
  unknownCommand: (name, s) => `没有命令「${name}」${s ? `（是不是想写「${s}」？）` : ''}`,
  unknownOption: (o, s) => `没有选项 ${o}${s ? `（是不是想写 ${s}？）` : ''}`,
  needsValue: (o) => `${o} 需要一个值`,
  takesNoValue: (o) => `${o} 不接受值`,
  badValue: (o, v, allowed) => `${o} 只能是 ${allowed.join('、')} 之一（现在是「${v}」）`,
  missingArg: (name) => `缺少 ${name}`,
  tooManyArgs: (name, got) => `一次只能给一个 ${name}（现在是 ${got.join('、')}）`,
  internalError: (d) => `内部错误：${d}；请报告这个问题`,
};

const ZH_HANT: CliTexts = {
  usage: '用法：',
  usageIndent: '      ',
  commands: '指令：',
  commonOptions: '每個指令都接受 --lang zh-Hans|zh-Hant|en（預設取自 LC_ALL、LC_MESSAGES 或 LANG）和 --help。',
  exitCodes: '結束碼：0 正常，1 有問題或未通過（檔案無法載入或檢查未通過），2 用法或輸出錯誤。',
  topHelp: '執行「hardcall 指令 --help」查看該指令的選項；「hardcall --version」顯示版本。',
  unknownCommand: (name, s) => `沒有指令「${name}」${s ? `（是不是想寫「${s}」？）` : ''}`,
  unknownOption: (o, s) => `沒有選項 ${o}${s ? `（是不是想寫 ${s}？）` : ''}`,
  needsValue: (o) => `${o} 需要一個值`,
  takesNoValue: (o) => `${o} 不接受值`,
  badValue: (o, v, allowed) => `${o} 只能是 ${allowed.join('、')} 其中之一（現在是「${v}」）`,
  missingArg: (name) => `缺少 ${name}`,
  tooManyArgs: (name, got) => `一次只能給一個 ${name}（現在是 ${got.join('、')}）`,
  internalError: (d) => `內部錯誤：${d}；請回報這個問題`,
};

/** The CLI's words by locale. */
export const CLI_TEXTS: Record<Locale, CliTexts> = { en: EN, 'zh-Hans': ZH_HANS, 'zh-Hant': ZH_HANT };
