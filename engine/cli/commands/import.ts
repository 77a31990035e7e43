import { resolve } from 'node:path';
import { decodeScenarioBytes, loadImportModule } from '../../index.ts';
import { defineCommand, EXIT } from '../command.ts';
import { readFileBytes } from '../load-file.ts';

/** `hardcall import FILE`: import a Twine story as scenario YAML for the trainer to finish. */
export const command = defineCommand({
  name: 'import',
  synopsis: ['import FILE [--out FILE.yaml] [--story NAME] [--json]'],
  options: { out: { type: 'string' }, story: { type: 'string' }, json: { type: 'boolean' } },
  args: { name: 'FILE', min: 1, max: 1 },
  texts: {
    en: {
      summary: 'turn a Twine story (Twee 3, Twine 2 HTML or archive) into scenario YAML',
      help: `Passages become nodes, links become replies, passages without links become endings. What cannot be
mapped (macros, variables, scripts) is reported as located warnings; links to missing passages are errors.
  --out FILE     write the YAML to FILE instead of standard output
  --story NAME   the story of a Twine 2 archive to import (default: the first)
  --json         print {ok, format, yaml, problems} as JSON
Exit code: 0 imported, 1 imported with errors or not a Twine file, 2 usage error.`,
      wrote: 'wrote {file}',
    },
    'zh-Hans': {
      summary: '把 Twine 故事（Twee 3、Twine 2 HTML 或存档）转成场景 YAML',
      help: `段落变成节点，链接变成回复，没有链接的段落变成结局。无法转换的内容（宏、变量、脚本）会作为带位置的警告列出；
指向不存在段落的链接是错误。
  --out FILE     把 YAML 写入 FILE，而不是标准输出
  --story NAME   要导入的 Twine 2 存档中的故事（默认：第一个）
  --json         以 JSON 输出 {ok, format, yaml, problems}
退出码：0 已导入，1 导入有错误或不是 Twine 文件，2 用法错误。`,
      wrote: '已写入 {file}',
    },
    'zh-Hant': {
      summary: '把 Twine 故事（Twee 3、Twine 2 HTML 或封存檔）轉成情境 YAML',
      help: `段落變成節點，連結變成回覆，沒有連結的段落變成結局。無法轉換的內容（巨集、變數、指令碼）會作為帶位置的警告列出；
指向不存在段落的連結是錯誤。
  --out FILE     把 YAML 寫入 FILE，而不是標準輸出
  --story NAME   要匯入的 Twine 2 封存檔中的故事（預設：第一個）
  --json         以 JSON 輸出 {ok, format, yaml, problems}
結束碼：0 已匯入，1 匯入有錯誤或不是 Twine 檔案，2 用法錯誤。`,
      wrote: '已寫入 {file}',
    },
  },
  async run({ values, positionals }, ctx) {
    const { io } = ctx;
    const file = positionals[0]!;
    const { importTwine } = await loadImportModule();
    const bytes = await readFileBytes(file, io);
    const decoded = bytes instanceof Uint8Array ? decodeScenarioBytes(bytes, file) : { ok: false as const, problem: bytes };
    const result = decoded.ok ? importTwine(decoded.text, file, values.story === undefined ? {} : { story: values.story }) : { ok: false as const, problems: [decoded.problem] };
    const problems = result.ok ? result.value.problems : result.problems;
    if (values.json) io.stdout(`${JSON.stringify(result.ok ? { ok: true, format: result.value.format, yaml: result.value.yaml, problems } : { ok: false, problems }, null, 2)}\n`);
    else for (const p of problems) io.stderr(`${ctx.problemLine(p)}\n`);
    if (!result.ok) return EXIT.findings;
    if (values.out) {
      if (!io.writeFile) throw new Error('writing files is not available here');
      await io.writeFile(resolve(io.cwd, values.out), result.value.yaml);
      if (!values.json) io.stderr(`${ctx.say('wrote', { file: values.out })}\n`);
    } else if (!values.json) io.stdout(result.value.yaml);
    return problems.some((p) => p.severity === 'error') ? EXIT.findings : EXIT.ok;
  },
});
