import { stringify } from 'yaml';
import { collectCandidates, findTranscripts, FALLBACK_CHOICE_ID, type CandidateSet, type FoundTranscript } from '../../index.ts';
import { defineCommand, EXIT, type CommandContext } from '../command.ts';
import { expandRecordArgs } from '../exam-args.ts';
import { loadScenarioFile, readFileBytes } from '../load-file.ts';

/** Parse a record file: one JSON value, or JSON Lines; the lines that are not JSON are named. */
function parseRecords(text: string): { values: unknown[]; badLines: number[] } {
  try {
    return { values: [JSON.parse(text)], badLines: [] };
  } catch {
    const values: unknown[] = [];
    const badLines: number[] = [];
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        values.push(JSON.parse(line));
      } catch {
        badLines.push(i + 1);
      }
    });
    return { values, badLines };
  }
}

async function readTranscripts(targets: string[], ctx: CommandContext): Promise<{ found: FoundTranscript[]; errors: string[] }> {
  const errors: string[] = [];
  const found: FoundTranscript[] = [];
  for (const file of await expandRecordArgs(targets, ctx.io)) {
    const bytes = await readFileBytes(file, ctx.io);
    if (!(bytes instanceof Uint8Array)) {
      errors.push(ctx.problemLine(bytes));
      continue;
    }
    const parsed = parseRecords(new TextDecoder().decode(bytes));
    for (const line of parsed.badLines) errors.push(`${file}:${line}:1: error: ${ctx.say('notJson')} [bad-record-json]`);
    for (const v of parsed.values) found.push(...findTranscripts(v));
  }
  return { found, errors };
}

// Choice ids are kebab-case; node ids may have capitals and underscores.
function candidateId(nodeId: string, index: number): string {
  const slug = nodeId.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `typed-${slug ? `${slug}-` : ''}${index + 1}`;
}

// YAML for trainers: per node, each candidate as a choice to paste in, with what is known about it as a comment.
function formatYaml(set: CandidateSet, title: string, say: CommandContext['say']): string {
  const { id, version } = set.scenario;
  const lines = [`# ${say('head', { title, id, version, typed: set.typed, transcripts: set.transcripts })}`];
  if (set.otherVersions > 0) lines.push(`# ${say('otherVersions', { count: set.otherVersions })}`);
  lines.push(`# ${say('howTo')}`);
  if (set.nodes.length === 0) return `${lines.join('\n')}\n# ${say('none')}\n`;
  lines.push('nodes:');
  for (const { nodeId, candidates } of set.nodes) {
    lines.push(`  ${stringify(nodeId).trim()}:`, '    choices:');
    candidates.forEach((c, i) => {
      const takenAs = c.takenAs === FALLBACK_CHOICE_ID ? say('fallback') : c.takenAs;
      const reads = c.features.length > 0 ? c.features.join(', ') : say('noFeatures');
      lines.push(`      # ${say('about', { count: c.count, takenAs, reads, mood: `${c.moodDelta > 0 ? '+' : ''}${c.moodDelta}` })}`);
      const item = stringify([{ id: candidateId(nodeId, i), reply: c.reply, to: c.to }], { lineWidth: 0 });
      for (const l of item.trimEnd().split('\n')) lines.push(`      ${l}`);
    });
  }
  return `${lines.join('\n')}\n`;
}

/** `hardcall typed-replies FILE RECORDS…`: the replies learners typed at each node, as candidate replies for the next version. */
export const command = defineCommand({
  name: 'typed-replies',
  synopsis: ['typed-replies FILE RECORDS… [--json] [--all-versions]'],
  options: { json: { type: 'boolean' }, 'all-versions': { type: 'boolean' } },
  args: { name: 'FILE RECORDS', min: 2, max: Infinity },
  texts: {
    en: {
      summary: 'the replies learners typed at each node, as candidate replies for the next version',
      help: `Gathers the replies learners typed or spoke at each node of the scenario FILE from saved records (progress
and attempt records, exam records; JSON or JSONL files, or folders of .json files) and prints them, most
given first, as YAML choices to paste under each node for the scenario's next version.
  --json           print the candidates as JSON
  --all-versions   also read records of other versions (each followed as far as it fits this one)
Exit code: 0 done (also when none were found), 1 an unreadable scenario or record file, 2 usage error.`,
      notJson: 'not JSON',
      head: (p, f) =>
        `Replies learners typed or spoke in "${p['title']}" (${p['id']} v${p['version']}): ${f.n(Number(p['typed']))} from ${f.plural(Number(p['transcripts']), { one: '# transcript', other: '# transcripts' })}.`,
      otherVersions: (p, f) => `${f.plural(Number(p['count']), { one: '# transcript', other: '# transcripts' })} of other versions left out (--all-versions reads them).`,
      howTo: 'Candidates for the next version: check each id, target and reading, add a note, and paste it under its node.',
      none: 'No typed replies found.',
      fallback: "none of the replies (the node's fallback)",
      noFeatures: 'no rule features',
      about: (p, f) => `given ${f.n(Number(p['count']))}×; taken as ${p['takenAs']}; reads: ${p['reads']}; mood model ${p['mood']}`,
    },
    'zh-Hans': {
      summary: '学员在每个节点自己输入的回复，作为下一版的候选回复',
      help: `从保存的记录（练习进度和作答记录、考试记录；JSON 或 JSONL 文件，或放 .json 文件的文件夹）中收集学员在场景 FILE
每个节点自己输入或说出的回复，按次数从多到少，打印成可以粘贴到各节点下的 YAML 选项，供场景下一版使用。
  --json           以 JSON 打印候选回复
  --all-versions   也读取其他版本的记录（每份都按这一版走到走不通为止）
退出码：0 完成（没找到也是 0），1 场景或记录文件无法读取，2 用法错误。`,
      notJson: '不是 JSON',
      head: (p, f) =>
        `学员在「${p['title']}」（${p['id']} v${p['version']}）中自己输入或说出的回复：${f.n(Number(p['typed']))} 条，来自 ${f.n(Number(p['transcripts']))} 份对话。`,
      otherVersions: (p, f) => `另有 ${f.n(Number(p['count']))} 份其他版本的对话没有读取（用 --all-versions 读取）。`,
      howTo: '下一版的候选回复：核对每条的 id、去向和读出的特征，加上点评，再粘贴到对应节点下。',
      none: '没有找到自己输入的回复。',
      fallback: '没有对应的回复（走节点的 fallback）',
      noFeatures: '没有规则特征',
      about: (p, f) => `出现 ${f.n(Number(p['count']))} 次；理解为 ${p['takenAs']}；读出：${p['reads']}；怒气模型 ${p['mood']}`,
    },
    'zh-Hant': {
      summary: '學員在每個節點自己輸入的回覆，作為下一版的候選回覆',
      help: `從儲存的紀錄（練習進度和作答紀錄、考試紀錄；JSON 或 JSONL 檔案，或放 .json 檔案的資料夾）中收集學員在情境 FILE
每個節點自己輸入或說出的回覆，依次數從多到少，印成可以貼到各節點下的 YAML 選項，供情境下一版使用。
  --json           以 JSON 印出候選回覆
  --all-versions   也讀取其他版本的紀錄（每份都依這一版走到走不通為止）
結束碼：0 完成（沒找到也是 0），1 情境或紀錄檔案無法讀取，2 用法錯誤。`,
      notJson: '不是 JSON',
      head: (p, f) =>
        `學員在「${p['title']}」（${p['id']} v${p['version']}）中自己輸入或說出的回覆：${f.n(Number(p['typed']))} 則，來自 ${f.n(Number(p['transcripts']))} 份對話。`,
      otherVersions: (p, f) => `另有 ${f.n(Number(p['count']))} 份其他版本的對話沒有讀取（用 --all-versions 讀取）。`,
      howTo: '下一版的候選回覆：核對每則的 id、去向和讀出的特徵，加上點評，再貼到對應節點下。',
      none: '沒有找到自己輸入的回覆。',
      fallback: '沒有對應的回覆（走節點的 fallback）',
      noFeatures: '沒有規則特徵',
      about: (p, f) => `出現 ${f.n(Number(p['count']))} 次；理解為 ${p['takenAs']}；讀出：${p['reads']}；怒氣模型 ${p['mood']}`,
    },
  },
  async run({ values, positionals }, ctx) {
    const [file, ...records] = positionals as [string, ...string[]];
    const scenario = await loadScenarioFile(file, ctx.io, ctx.lang);
    if (!scenario) return EXIT.findings;
    const { found, errors } = await readTranscripts(records, ctx);
    for (const e of errors) ctx.io.stderr(`${e}\n`);
    const set = collectCandidates(scenario, found, values['all-versions'] === true);
    ctx.io.stdout(values.json ? `${JSON.stringify(set, null, 2)}\n` : formatYaml(set, scenario.title, ctx.say));
    return errors.length > 0 ? EXIT.findings : EXIT.ok;
  },
});
