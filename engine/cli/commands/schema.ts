import { resolve } from 'node:path';
import { scenarioJsonSchema } from '../../index.ts';
import { defineCommand, EXIT } from '../command.ts';

/** Render the scenario JSON Schema exactly as it is committed (stable key order, trailing newline). */
export function renderSchema(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

// The system's reason ("ENOENT: no such file or directory, open '…'") names the path again; keep its first clause.
function reasonOf(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const message = err instanceof Error ? err.message.split('\n')[0]!.replace(/, \w+ '.*'$/, '') : String(err);
  return code && !message.startsWith(code) ? `${code}: ${message}` : message;
}

/** `hardcall schema [--write FILE]`: print or write the JSON Schema generated from the zod schema. */
export const command = defineCommand({
  name: 'schema',
  synopsis: ['schema [--write FILE]'],
  options: { write: { type: 'string' } },
  args: { name: 'FILE', min: 0, max: 0 },
  texts: {
    en: {
      summary: 'print (or write) the scenario JSON Schema',
      help: `Prints the JSON Schema that editors use for completion and checks, generated from the engine's schema.
  --write FILE   write it to FILE instead
Exit code: 0 done, 2 usage error or the file cannot be written.`,
      wrote: 'wrote {file}',
      cannotWrite: 'cannot write {file}: {reason}',
    },
    'zh-Hans': {
      summary: '打印（或写出）场景的 JSON Schema',
      help: `打印编辑器用来补全和检查的 JSON Schema，由引擎的 schema 生成。
  --write FILE   改为写入 FILE
退出码：0 完成，2 用法错误或无法写入文件。`,
      wrote: '已写入 {file}',
      cannotWrite: '无法写入 {file}：{reason}',
    },
    'zh-Hant': {
      summary: '印出（或寫出）情境的 JSON Schema',
      help: `印出編輯器用來補全和檢查的 JSON Schema，由引擎的 schema 產生。
  --write FILE   改為寫入 FILE
結束碼：0 完成，2 用法錯誤或無法寫入檔案。`,
      wrote: '已寫入 {file}',
      cannotWrite: '無法寫入 {file}：{reason}',
    },
  },
  async run({ values }, ctx) {
    const { io } = ctx;
    const target = values.write;
    if (target === undefined) {
      io.stdout(renderSchema());
      return EXIT.ok;
    }
    try {
      if (!io.writeFile) throw new Error('writing files is not available here');
      await io.writeFile(resolve(io.cwd, target), renderSchema());
    } catch (err) {
      io.stderr(`hardcall schema: ${ctx.say('cannotWrite', { file: target, reason: reasonOf(err) })}\n`);
      return EXIT.usage;
    }
    io.stdout(`${ctx.say('wrote', { file: target })}\n`);
    return EXIT.ok;
  },
});
