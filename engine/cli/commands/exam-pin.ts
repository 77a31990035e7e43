import { scenarioHash } from '../../index.ts';
import { defineCommand, EXIT } from '../command.ts';
import { readScenarioFile } from '../load-file.ts';

/** `hardcall exam-pin SCENARIO…`: print the `scenarios:` entries an exam file needs to pin these scenarios. */
export const command = defineCommand({
  name: 'exam-pin',
  synopsis: ['exam-pin SCENARIO_FILE…'],
  options: {},
  args: { name: 'SCENARIO_FILE', min: 1, max: Infinity },
  texts: {
    en: {
      summary: 'print the pins (id, version, sha256) an exam file lists',
      help: "Prints YAML to paste under an exam's `scenarios:`.\nExit code: 0 printed, 1 a scenario does not load, 2 usage error.",
    },
    'zh-Hans': {
      summary: '打印考试文件要列出的固定项（id、version、sha256）',
      help: '打印可粘贴到考试文件 `scenarios:` 下的 YAML。\n退出码：0 已打印，1 有场景无法加载，2 用法错误。',
    },
    'zh-Hant': {
      summary: '印出考試檔案要列出的固定項（id、version、sha256）',
      help: '印出可貼到考試檔案 `scenarios:` 下的 YAML。\n結束碼：0 已印出，1 有情境無法載入，2 用法錯誤。',
    },
  },
  async run({ positionals }, ctx) {
    let failed = 0;
    for (const file of positionals) {
      const r = await readScenarioFile(file, ctx.io);
      if (!r.ok) {
        failed++;
        for (const p of r.problems) ctx.io.stderr(`${ctx.problemLine(p)}\n`);
        continue;
      }
      const s = r.value;
      ctx.io.stdout(`  - id: ${s.id}\n    version: ${s.version}\n    sha256: ${scenarioHash(s)}\n`);
    }
    return failed > 0 ? EXIT.findings : EXIT.ok;
  },
});
