import { effectiveVerdict, type Verified } from '../../index.ts';
import { defineCommand, EXIT, type CommandContext } from '../command.ts';
import { expandRecordArgs } from '../exam-args.ts';
import { loadExamContext } from '../exam-files.ts';
import { verifyFiles, verifyFromLrs } from '../exam-records.ts';

/** `hardcall verify --exam FILE RECORD…`: re-grade exam records and report every mismatch; exit 1 on any. */
export const command = defineCommand({
  name: 'verify',
  synopsis: ['verify --exam FILE [--scenarios DIR] [--json] RECORD…', 'verify --exam FILE --lrs URL [--lrs-auth USER:PASSWORD]'],
  options: { exam: { type: 'string' }, scenarios: { type: 'string' }, lrs: { type: 'string' }, 'lrs-auth': { type: 'string' }, json: { type: 'boolean' } },
  args: { name: 'RECORD', min: 0, max: Infinity },
  texts: {
    en: {
      summary: 're-grade exam records; exit 1 on any mismatch',
      help: "Re-grades every record's transcripts with the exam's pinned scenarios and reports what does not match.\nExit code: 0 every record matches, 1 any mismatch (or the exam does not load), 2 usage error.",
      missingExam: 'missing --exam FILE',
      recordsOrLrs: 'give RECORD files or --lrs URL',
      ok: (p) => `${p['file']}: ok — ${p['name']} (${p['id']}), attempt ${p['attempt']}, score ${p['score']}, ${p['verdict']}${p['reviewed'] ? ' (after review)' : ''}, digest ${p['digest']}`,
      checked: (p, f) => `${f.plural(Number(p['records']), { one: '# record', other: '# records' })} checked: ${f.n(Number(p['match']))} match, ${f.n(Number(p['failed']))} do not`,
    },
    'zh-Hans': {
      summary: '重新评分考试记录；有不符时退出码为 1',
      help: '用考试固定的场景重新评分每份记录的对话，并报告不符之处。\n退出码：0 每份记录都相符，1 有不符（或考试无法加载），2 用法错误。',
      missingExam: '缺少 --exam FILE',
      recordsOrLrs: '请给出记录文件（RECORD）或 --lrs URL',
      ok: (p) => `${p['file']}：相符 — ${p['name']}（${p['id']}），第 ${p['attempt']} 次作答，得分 ${p['score']}，${p['verdict']}${p['reviewed'] ? '（经复核）' : ''}，摘要 ${p['digest']}`,
      checked: (p, f) => `检查了 ${f.n(Number(p['records']))} 份记录：${f.n(Number(p['match']))} 份相符，${f.n(Number(p['failed']))} 份不符`,
    },
    'zh-Hant': {
      summary: '重新評分考試紀錄；有不符時結束碼為 1',
      help: '用考試固定的情境重新評分每份紀錄的對話，並回報不符之處。\n結束碼：0 每份紀錄都相符，1 有不符（或考試無法載入），2 用法錯誤。',
      missingExam: '缺少 --exam FILE',
      recordsOrLrs: '請給出紀錄檔案（RECORD）或 --lrs URL',
      ok: (p) => `${p['file']}：相符 — ${p['name']}（${p['id']}），第 ${p['attempt']} 次作答，得分 ${p['score']}，${p['verdict']}${p['reviewed'] ? '（經複核）' : ''}，摘要 ${p['digest']}`,
      checked: (p, f) => `檢查了 ${f.n(Number(p['records']))} 份紀錄：${f.n(Number(p['match']))} 份相符，${f.n(Number(p['failed']))} 份不符`,
    },
  },
  async run({ values, positionals }, ctx) {
    if (!values.exam) return ctx.usageError(ctx.say('missingExam'));
    if ((positionals.length === 0) === !values.lrs) return ctx.usageError(ctx.say('recordsOrLrs'));
    const loaded = await loadExamContext(values.exam, values.scenarios, ctx.io);
    if (!loaded.ok) {
      for (const p of loaded.problems) ctx.io.stderr(`${ctx.problemLine(p)}\n`);
      return EXIT.findings;
    }
    let verified: Verified[];
    if (values.lrs) {
      const r = await verifyFromLrs(loaded.ctx, values.lrs, values['lrs-auth'] ?? ctx.io.env?.['HARDCALL_LRS_AUTH'], ctx.io);
      if (!r.ok) {
        ctx.io.stderr(`hardcall verify: ${r.error}\n`);
        return EXIT.findings;
      }
      verified = r.verified;
    } else verified = await verifyFiles(loaded.ctx, await expandRecordArgs(positionals, ctx.io), ctx.io);
    const failed = verified.filter((v) => !v.ok).length;
    if (values.json) ctx.io.stdout(`${JSON.stringify({ records: verified.length, failed, results: verified.map(summaryOf) }, null, 2)}\n`);
    else report(verified, ctx);
    return failed > 0 || verified.length === 0 ? EXIT.findings : EXIT.ok;
  },
});

/** Run `verify` with its arguments (as the CLI does after the command name). */
export const runVerify = command.run;

function summaryOf(v: Verified) {
  const r = v.record;
  return { file: v.file, ok: v.ok, candidate: r?.candidate ?? null, score: r?.result.score ?? null, verdict: r ? effectiveVerdict(r) : null, digest: r?.digest ?? null, problems: v.problems };
}

function report(verified: readonly Verified[], ctx: CommandContext): void {
  const { io } = ctx;
  for (const v of verified) {
    for (const p of v.problems) (p.severity === 'error' ? io.stderr : io.stdout)(`${ctx.problemLine(p)}\n`);
    const r = v.record;
    if (!v.ok || !r) continue;
    const params = { file: v.file, name: r.candidate.name, id: r.candidate.id, attempt: r.attempt, score: r.result.score, verdict: effectiveVerdict(r), reviewed: r.reviews.length, digest: r.digest };
    io.stdout(`${ctx.say('ok', params)}\n`);
  }
  const failed = verified.filter((v) => !v.ok).length;
  (failed > 0 ? io.stderr : io.stdout)(`${ctx.say('checked', { records: verified.length, match: verified.length - failed, failed })}\n`);
}
