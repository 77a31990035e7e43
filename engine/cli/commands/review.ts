import { resolve } from 'node:path';
import { addReview, effectiveVerdict } from '../../index.ts';
import { defineCommand, EXIT } from '../command.ts';
import { nowOf } from '../exam-args.ts';
import { loadExamContext } from '../exam-files.ts';
import { verifyFiles } from '../exam-records.ts';

/** `hardcall review`: add a human review (override with reason) to a verified record. */
export const command = defineCommand({
  name: 'review',
  synopsis: ['review --exam FILE RECORD --by NAME --verdict passed|failed --reason TEXT [--out FILE]'],
  options: {
    exam: { type: 'string' }, scenarios: { type: 'string' }, by: { type: 'string' }, verdict: { type: 'string', values: ['passed', 'failed'] }, reason: { type: 'string' }, out: { type: 'string' },
  },
  args: { name: 'RECORD', min: 1, max: 1 },
  texts: {
    en: {
      summary: 'override a verdict with a written reason (audit trail kept)',
      help: `A trainer overrides a verified record's verdict with a written reason. The record keeps its original
verdict and every earlier review (who, when, why), chained by digests; it is rewritten in place unless --out.
Exit code: 0 reviewed, 1 the exam or the record does not verify, 2 usage error.`,
      missingExam: 'missing --exam FILE',
      missingVerdict: '--verdict must be passed or failed',
      missingBy: 'missing --by NAME (who reviews)',
      missingReason: 'missing --reason TEXT (a written reason is required)',
      notVerified: '{file} does not verify; only a verified record can be reviewed',
      done: '{file}: verdict {verdict} (was {was}), reviewed by {by}',
    },
    'zh-Hans': {
      summary: '以书面理由改判结论（保留审计记录）',
      help: `培训师以书面理由改判一份已核验记录的结论。记录保留原结论和此前每次复核（谁、何时、为何），以摘要串联；
除非给出 --out，否则原地改写。退出码：0 已复核，1 考试或记录未通过核验，2 用法错误。`,
      missingExam: '缺少 --exam FILE',
      missingVerdict: '--verdict 只能是 passed 或 failed',
      missingBy: '缺少 --by NAME（复核人）',
      missingReason: '缺少 --reason TEXT（必须写明理由）',
      notVerified: '{file} 未通过核验；只有核验通过的记录才能复核',
      done: '{file}：结论 {verdict}（原为 {was}），复核人 {by}',
    },
    'zh-Hant': {
      summary: '以書面理由改判結論（保留稽核紀錄）',
      help: `培訓師以書面理由改判一份已核驗紀錄的結論。紀錄保留原結論和此前每次複核（誰、何時、為何），以摘要串連；
除非給出 --out，否則原地改寫。結束碼：0 已複核，1 考試或紀錄未通過核驗，2 用法錯誤。`,
      missingExam: '缺少 --exam FILE',
      missingVerdict: '--verdict 只能是 passed 或 failed',
      missingBy: '缺少 --by NAME（複核人）',
      missingReason: '缺少 --reason TEXT（必須寫明理由）',
      notVerified: '{file} 未通過核驗；只有核驗通過的紀錄才能複核',
      done: '{file}：結論 {verdict}（原為 {was}），複核人 {by}',
    },
  },
  async run({ values: v, positionals }, ctx) {
    const { io } = ctx;
    if (!v.exam) return ctx.usageError(ctx.say('missingExam'));
    if (!v.verdict) return ctx.usageError(ctx.say('missingVerdict'));
    if (!v.by?.trim()) return ctx.usageError(ctx.say('missingBy'));
    if (!v.reason?.trim()) return ctx.usageError(ctx.say('missingReason'));
    const loaded = await loadExamContext(v.exam, v.scenarios, io);
    if (!loaded.ok) {
      for (const p of loaded.problems) io.stderr(`${ctx.problemLine(p)}\n`);
      return EXIT.findings;
    }
    const file = positionals[0]!;
    const [checked] = await verifyFiles(loaded.ctx, [file], io);
    if (!checked!.ok || !checked!.record) {
      for (const p of checked!.problems) io.stderr(`${ctx.problemLine(p)}\n`);
      io.stderr(`hardcall review: ${ctx.say('notVerified', { file })}\n`);
      return EXIT.findings;
    }
    const r = addReview(checked!.record, { by: v.by, at: nowOf(io).toISOString(), verdict: v.verdict as 'passed' | 'failed', reason: v.reason });
    if (!r.ok || !io.writeFile) return EXIT.usage;
    await io.writeFile(resolve(io.cwd, v.out ?? file), `${JSON.stringify(r.record, null, 2)}\n`);
    io.stdout(`${ctx.say('done', { file: v.out ?? file, verdict: effectiveVerdict(r.record), was: effectiveVerdict(checked!.record), by: v.by.trim() })}\n`);
    return EXIT.ok;
  },
});
