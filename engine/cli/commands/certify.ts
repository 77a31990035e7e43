import { resolve } from 'node:path';
import { buildRoster, rosterCsv, rosterHtml, type Verified } from '../../index.ts';
import { defineCommand, EXIT } from '../command.ts';
import { expandRecordArgs, nowOf } from '../exam-args.ts';
import { loadExamContext } from '../exam-files.ts';
import { verifyFiles, verifyFromLrs } from '../exam-records.ts';

/** `hardcall certify --exam FILE RECORD…`: a verified roster of an exam as CSV and as a self-contained HTML report. */
export const command = defineCommand({
  name: 'certify',
  synopsis: [
    'certify --exam FILE [--scenarios DIR] [--csv OUT.csv] [--html OUT.html] RECORD…',
    'certify --exam FILE --lrs URL [--lrs-auth USER:PASSWORD] [--csv …] [--html …]',
  ],
  options: {
    exam: { type: 'string' }, scenarios: { type: 'string' }, lrs: { type: 'string' }, 'lrs-auth': { type: 'string' }, csv: { type: 'string' }, html: { type: 'string' },
  },
  args: { name: 'RECORD', min: 0, max: Infinity },
  texts: {
    en: {
      summary: 'roster of an exam as CSV and self-contained HTML',
      help: `Verifies every record and writes the roster: per-candidate results (latest attempt), per-scenario score
distributions, per-rule failure rates, who failed on which critical rule. Without --csv/--html the CSV goes
to standard output. Exit code: 0 every record verified, 1 some did not (they are listed as invalid), 2 usage.`,
      missingExam: 'missing --exam FILE',
      recordsOrLrs: 'give RECORD files or --lrs URL',
      cannotWrite: 'this environment cannot write files',
      roster: (p, f) =>
        `${f.plural(Number(p['candidates']), { one: '# candidate', other: '# candidates' })} from ${f.plural(Number(p['records']), { one: '# record', other: '# records' })}; ${f.n(Number(p['invalid']))} invalid`,
    },
    'zh-Hans': {
      summary: '考试名册，输出为 CSV 和独立的 HTML',
      help: `核验每份记录并写出名册：每位考生的结果（最近一次作答）、各场景的分数分布、各规则的未通过率、
谁在哪条关键规则上未通过。不给 --csv/--html 时 CSV 输出到标准输出。退出码：0 每份记录都核验通过，
1 有记录未通过核验（列为无效），2 用法错误。`,
      missingExam: '缺少 --exam FILE',
      recordsOrLrs: '请给出记录文件（RECORD）或 --lrs URL',
      cannotWrite: '这个环境无法写文件',
      roster: (p, f) => `${f.n(Number(p['records']))} 份记录中有 ${f.n(Number(p['candidates']))} 位考生；${f.n(Number(p['invalid']))} 份无效`,
    },
    'zh-Hant': {
      summary: '考試名冊，輸出為 CSV 和獨立的 HTML',
      help: `核驗每份紀錄並寫出名冊：每位考生的結果（最近一次作答）、各情境的分數分布、各規則的未通過率、
誰在哪條關鍵規則上未通過。不給 --csv/--html 時 CSV 輸出到標準輸出。結束碼：0 每份紀錄都核驗通過，
1 有紀錄未通過核驗（列為無效），2 用法錯誤。`,
      missingExam: '缺少 --exam FILE',
      recordsOrLrs: '請給出紀錄檔案（RECORD）或 --lrs URL',
      cannotWrite: '這個環境無法寫檔案',
      roster: (p, f) => `${f.n(Number(p['records']))} 份紀錄中有 ${f.n(Number(p['candidates']))} 位考生；${f.n(Number(p['invalid']))} 份無效`,
    },
  },
  async run({ values, positionals }, ctx) {
    const { io } = ctx;
    if (!values.exam) return ctx.usageError(ctx.say('missingExam'));
    if ((positionals.length === 0) === !values.lrs) return ctx.usageError(ctx.say('recordsOrLrs'));
    const loaded = await loadExamContext(values.exam, values.scenarios, io);
    if (!loaded.ok) {
      for (const p of loaded.problems) io.stderr(`${ctx.problemLine(p)}\n`);
      return EXIT.findings;
    }
    let verified: Verified[];
    if (values.lrs) {
      const r = await verifyFromLrs(loaded.ctx, values.lrs, values['lrs-auth'] ?? io.env?.['HARDCALL_LRS_AUTH'], io);
      if (!r.ok) {
        io.stderr(`hardcall certify: ${r.error}\n`);
        return EXIT.findings;
      }
      verified = r.verified;
    } else verified = await verifyFiles(loaded.ctx, await expandRecordArgs(positionals, io), io);
    const roster = buildRoster(loaded.ctx.exam, verified);
    const outputs: Array<[string | undefined, () => string]> = [
      [values.csv, () => rosterCsv(roster)],
      [values.html, () => rosterHtml(roster, nowOf(io).toISOString())],
    ];
    if (!values.csv && !values.html) io.stdout(rosterCsv(roster));
    for (const [path, render] of outputs) {
      if (!path) continue;
      if (!io.writeFile) {
        io.stderr(`hardcall certify: ${ctx.say('cannotWrite')}\n`);
        return EXIT.usage;
      }
      await io.writeFile(resolve(io.cwd, path), render());
    }
    for (const v of verified) for (const p of v.problems) if (p.severity === 'error') io.stderr(`${ctx.problemLine(p)}\n`);
    io.stderr(`${ctx.say('roster', { candidates: roster.rows.length, records: verified.length, invalid: roster.invalid })}\n`);
    return roster.invalid > 0 || verified.length === 0 ? EXIT.findings : EXIT.ok;
  },
});
