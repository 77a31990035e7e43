import type { Problem, Scenario } from '../../index.ts';
import { findDuplicateIds } from '../../index.ts';
import { loadScenarioBytes } from '../../index.ts';
import { formatProblem } from '../../index.ts';
import { makeProblem } from '../../index.ts';
import { defineCommand, EXIT } from '../command.ts';
import { collectScenarioFiles, EXAM_FILE } from '../files.ts';
import { lintExamFile } from '../exam-files.ts';
import { readFileBytes } from '../load-file.ts';
import { formatReadings, readingsJson } from '../format-readings.ts';
import { readScenarioReplies } from '../../index.ts';

/** `hardcall lint <files or folders…> [--readings] [--json]`: check every scenario file, exit 1 on any error. */
export const command = defineCommand({
  name: 'lint',
  synopsis: ['lint <files or folders…> [--readings] [--json]'],
  options: { json: { type: 'boolean' }, readings: { type: 'boolean' } },
  args: { name: 'files or folders', min: 1, max: Infinity },
  texts: {
    en: {
      summary: 'check scenario files; exit 1 on any error',
      help: `Loads every file (folders recursively, following symbolic links) and prints each problem as
path:line:col: error|warning: message [code]; also reports scenario ids used by two files.
  --readings  also print each reply with what the analyzer reads in it (features, the words that
              show them, tags) and the readings it is unsure of, to confirm or settle with tags:
  --json   print {files, errors, warnings, problems} as JSON (with --readings: and readings per file)
Exit code: 0 no errors, 1 an error (or no file found), 2 usage error.`,
      checked: (p, f) =>
        `${f.plural(Number(p['files']), { one: '# file', other: '# files' })} checked: ${f.plural(Number(p['errors']), { one: '# error', other: '# errors' })}, ${f.plural(Number(p['warnings']), { one: '# warning', other: '# warnings' })}`,
    },
    'zh-Hans': {
      summary: '检查场景文件；有错误时退出码为 1',
      help: `加载每个文件（文件夹会递归检查，并跟随符号链接），每个问题打印为
路径:行:列: error|warning: 说明 [代码]；同一个场景 id 被两个文件使用时也会报告。
  --readings  同时列出每条回复被读出的特征（含触发词、tags）以及分析器不确定的读法，便于确认或用 tags: 标注
  --json   以 JSON 打印 {files, errors, warnings, problems}（加 --readings 时含每个文件的 readings）
退出码：0 没有错误，1 有错误（或没找到文件），2 用法错误。`,
      checked: (p, f) => `检查了 ${f.n(Number(p['files']))} 个文件：${f.n(Number(p['errors']))} 个错误，${f.n(Number(p['warnings']))} 个警告`,
    },
    'zh-Hant': {
      summary: '檢查情境檔案；有錯誤時結束碼為 1',
      help: `載入每個檔案（資料夾會遞迴檢查，並跟隨符號連結），每個問題印為
路徑:行:欄: error|warning: 說明 [代碼]；同一個情境 id 被兩個檔案使用時也會回報。
  --readings  同時列出每則回覆被讀出的特徵（含觸發詞、tags）以及分析器不確定的讀法，便於確認或用 tags: 標註
  --json   以 JSON 印出 {files, errors, warnings, problems}（加 --readings 時含每個檔案的 readings）
結束碼：0 沒有錯誤，1 有錯誤（或沒找到檔案），2 用法錯誤。`,
      checked: (p, f) => `檢查了 ${f.n(Number(p['files']))} 個檔案：${f.n(Number(p['errors']))} 個錯誤，${f.n(Number(p['warnings']))} 個警告`,
    },
  },
  async run({ values, positionals }, ctx) {
    const { io } = ctx;
    const { files, missing, skipped } = await collectScenarioFiles(positionals, io.cwd);
    const problems: Problem[] = [...missing.map((m) => makeProblem('file-not-found', {}, { file: m, line: 1, column: 1 })), ...skipped];
    const loaded: Array<{ file: string; scenario: Scenario; line: number }> = [];
    const exams: Array<{ file: string; bytes: Uint8Array }> = [];
    for (const file of files) {
      const bytes = await readFileBytes(file, io);
      if (!(bytes instanceof Uint8Array)) {
        problems.push(bytes);
        continue;
      }
      if (EXAM_FILE.test(file)) {
        exams.push({ file, bytes });
        continue;
      }
      const result = loadScenarioBytes(bytes, file);
      if (result.ok) {
        loaded.push({ file, scenario: result.value, line: lineOfId(bytes) });
        problems.push(...result.warnings);
      } else problems.push(...result.problems);
    }
    problems.push(...findDuplicateIds(loaded));
    // Exams are checked last: their pins are matched against the scenarios of this run (and their own folder's).
    const linted = new Map(loaded.map((l) => [l.scenario.id, { scenario: l.scenario, file: l.file }]));
    for (const e of exams) problems.push(...(await lintExamFile(e.file, e.bytes, linted, io)));
    const errors = problems.filter((p) => p.severity === 'error').length;
    const counts = { files: files.length, errors, warnings: problems.length - errors };
    if (values.json) {
      const worded = problems.map((p) => ({ ...p, message: formatProblem(p, ctx.lang) }));
      const readings = values.readings ? { readings: loaded.map((l) => ({ file: l.file, replies: readingsJson(readScenarioReplies(l.scenario)) })) } : {};
      io.stdout(`${JSON.stringify({ ...counts, problems: worded, ...readings }, null, 2)}\n`);
    } else {
      if (values.readings) for (const l of loaded) io.stdout(formatReadings(l.file, readScenarioReplies(l.scenario), ctx.lang));
      for (const p of problems) io.stdout(`${ctx.problemLine(p)}\n`);
      (errors > 0 ? io.stderr : io.stdout)(`${ctx.say('checked', counts)}\n`);
    }
    return errors > 0 || files.length === 0 ? EXIT.findings : EXIT.ok;
  },
});

// The duplicate-id problem points at the `id:` line; the first top-level id key is the one the loader used.
function lineOfId(bytes: Uint8Array): number {
  const lines = new TextDecoder().decode(bytes).split('\n');
  const i = lines.findIndex((l) => /^(id|"id")\s*:/.test(l.trim()) && !/^\s/.test(l.replace(/^\s*[{,]\s*/, '')));
  return i < 0 ? 1 : i + 1;
}
