import { analyzeScenario } from '../../index.ts';
import { analysisToJson } from '../../index.ts';
import { formatAnalysis } from '../../index.ts';
import { PROFILE_IDS, resolveProfile } from '../../index.ts';
import { defineCommand, EXIT } from '../command.ts';
import { loadScenarioFile } from '../load-file.ts';

/** `hardcall analyze FILE [--json]`: grade every path of a scenario and summarise. */
export const command = defineCommand({
  name: 'analyze',
  synopsis: ['analyze FILE [--json] [--profile NAME]'],
  options: { json: { type: 'boolean' }, profile: { type: 'string', values: PROFILE_IDS } },
  args: { name: 'FILE', min: 1, max: 1 },
  texts: {
    en: {
      summary: 'grade every path of a scenario at once',
      help: `Grades every path of the scenario at once: counts, pass rate, score distribution, best and worst path,
per-rule violations, unreachable nodes, dead ends, trap replies.
Exit code: 0 analysed, 1 the file does not load, 2 usage error. Profiles: ${PROFILE_IDS.join(', ')}`,
    },
    'zh-Hans': {
      summary: '一次为场景的每条路径评分',
      help: `一次为场景的每条路径评分：路径数、通过率、分数分布、最好和最差的路径、
各规则的违反情况、到不了的节点、死路、陷阱回复。
退出码：0 已分析，1 文件无法加载，2 用法错误。规则配置：${PROFILE_IDS.join('、')}`,
    },
    'zh-Hant': {
      summary: '一次為情境的每條路徑評分',
      help: `一次為情境的每條路徑評分：路徑數、通過率、分數分布、最好和最差的路徑、
各規則的違反情況、到不了的節點、死路、陷阱回覆。
結束碼：0 已分析，1 檔案無法載入，2 用法錯誤。規則設定：${PROFILE_IDS.join('、')}`,
    },
  },
  async run({ values, positionals }, ctx) {
    const scenario = await loadScenarioFile(positionals[0]!, ctx.io, ctx.lang);
    if (!scenario) return EXIT.findings;
    const analysis = analyzeScenario(scenario, values.profile === undefined ? undefined : resolveProfile(values.profile));
    ctx.io.stdout(values.json ? `${JSON.stringify(analysisToJson(analysis), null, 2)}\n` : formatAnalysis(analysis, ctx.lang));
    return EXIT.ok;
  },
});
