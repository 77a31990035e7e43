import type { Locale, ProblemOf } from '../types.ts';
import { EXAM_CODE_LIST, type ExamCode, type Params } from './exam-codes.ts';

export type { ExamCode, Params } from './exam-codes.ts';

/**
 * A located problem with an exam file or a record: one of the engine's Problems (so formatProblem words it
 * in any UI language), with its English wording kept in `message` as well.
 */
export type ExamProblem = { [C in ExamCode]: ProblemOf<C> & { message: string } }[ExamCode];

type Wording = Record<Locale, (p: Params) => string>;

// One entry per code: the wording in each UI language, filled from the parameters.
const TABLE = {
  'exam-syntax': w((p) => `${p.detail}`, (p) => `${p.detail}`, (p) => `${p.detail}`),
  'exam-not-a-mapping': w(
    () => 'an exam file must be a mapping of fields (id: …, version: …)',
    () => '考试文件必须是字段映射（id: …、version: …）',
    () => '考試檔案必須是欄位映射（id: …、version: …）',
  ),
  'exam-unknown-field': w(
    (p) => `unknown field "${p.field}"${p.where ? ` in ${p.where}` : ''}; fields here are: ${p.known}`,
    (p) => `未知字段「${p.field}」${p.where ? `（位于 ${p.where}）` : ''}；可用字段：${p.known}`,
    (p) => `未知欄位「${p.field}」${p.where ? `（位於 ${p.where}）` : ''}；可用欄位：${p.known}`,
  ),
  'exam-missing-field': w(
    (p) => `missing required field "${p.field}"${p.where ? ` in ${p.where}` : ''}`,
    (p) => `缺少必填字段「${p.field}」${p.where ? `（位于 ${p.where}）` : ''}`,
    (p) => `缺少必填欄位「${p.field}」${p.where ? `（位於 ${p.where}）` : ''}`,
  ),
  'exam-invalid-value': w(
    (p) => `"${p.where}": ${p.detail}`,
    (p) => `「${p.where}」取值无效：${p.detail}`,
    (p) => `「${p.where}」取值無效：${p.detail}`,
  ),
  'exam-duplicate-scenario': w(
    (p) => `scenario "${p.scenario}" is listed twice; an exam plays each scenario once`,
    (p) => `情景「${p.scenario}」列出了两次；考试中每个情景只考一次`,
    (p) => `情境「${p.scenario}」列出了兩次；考試中每個情境只考一次`,
  ),
  'exam-scenario-missing': w(
    (p) => `pinned scenario "${p.scenario}" (version ${p.version}) is not among the scenario files`,
    (p) => `固定的情景「${p.scenario}」（版本 ${p.version}）不在情景文件中`,
    (p) => `固定的情境「${p.scenario}」（版本 ${p.version}）不在情境檔案中`,
  ),
  'exam-scenario-broken': w(
    (p) => `pinned scenario "${p.scenario}" does not load (${p.file}: ${p.detail})`,
    (p) => `固定的情景「${p.scenario}」无法加载（${p.file}：${p.detail}）`,
    (p) => `固定的情境「${p.scenario}」無法載入（${p.file}：${p.detail}）`,
  ),
  'exam-scenario-version': w(
    (p) => `scenario "${p.scenario}" is pinned at version ${p.expected} but ${p.file} has version ${p.actual}`,
    (p) => `情景「${p.scenario}」固定为版本 ${p.expected}，但 ${p.file} 是版本 ${p.actual}`,
    (p) => `情境「${p.scenario}」固定為版本 ${p.expected}，但 ${p.file} 是版本 ${p.actual}`,
  ),
  'exam-scenario-changed': w(
    (p) => `scenario "${p.scenario}" version ${p.version} changed since it was pinned: ${p.file} hashes to ${p.actual}, the exam pins ${p.expected}`,
    (p) => `情景「${p.scenario}」版本 ${p.version} 在固定后被改动：${p.file} 的哈希为 ${p.actual}，考试固定的是 ${p.expected}`,
    (p) => `情境「${p.scenario}」版本 ${p.version} 在固定後被改動：${p.file} 的雜湊為 ${p.actual}，考試固定的是 ${p.expected}`,
  ),
  'record-not-json': w(
    (p) => `not a complete JSON record (${p.detail}); the file is truncated or malformed`,
    (p) => `不是完整的 JSON 记录（${p.detail}）；文件被截断或格式错误`,
    (p) => `不是完整的 JSON 紀錄（${p.detail}）；檔案被截斷或格式錯誤`,
  ),
  'record-invalid': w(
    (p) => `"${p.where}": ${p.detail}`,
    (p) => `「${p.where}」无效：${p.detail}`,
    (p) => `「${p.where}」無效：${p.detail}`,
  ),
  'record-exam-mismatch': w(
    (p) => `the record is for exam ${p.field} ${p.recorded}, this exam has ${p.expected}`,
    (p) => `记录的考试 ${p.field} 为 ${p.recorded}，本考试为 ${p.expected}`,
    (p) => `紀錄的考試 ${p.field} 為 ${p.recorded}，本考試為 ${p.expected}`,
  ),
  'record-scenario-mismatch': w(
    (p) => `scenario ${p.index}: the record has ${p.field} ${p.recorded}, the exam pins ${p.expected}`,
    (p) => `第 ${p.index} 个情景：记录中的 ${p.field} 为 ${p.recorded}，考试固定的是 ${p.expected}`,
    (p) => `第 ${p.index} 個情境：紀錄中的 ${p.field} 為 ${p.recorded}，考試固定的是 ${p.expected}`,
  ),
  'record-impossible-transcript': w(
    (p) => `scenario "${p.scenario}": the transcript is not a path of the pinned scenario (${p.detail})`,
    (p) => `情景「${p.scenario}」：对话记录不是固定情景中的路径（${p.detail}）`,
    (p) => `情境「${p.scenario}」：對話紀錄不是固定情境中的路徑（${p.detail}）`,
  ),
  'record-score-mismatch': w(
    (p) => `scenario "${p.scenario}": the record says ${p.field} ${p.recorded}, re-grading the transcript gives ${p.regraded}`,
    (p) => `情景「${p.scenario}」：记录中的 ${p.field} 为 ${p.recorded}，重新评分得到 ${p.regraded}`,
    (p) => `情境「${p.scenario}」：紀錄中的 ${p.field} 為 ${p.recorded}，重新評分得到 ${p.regraded}`,
  ),
  'record-time-order': w(
    (p) => `scenario "${p.scenario}", move ${p.move}: made at ${p.ms} ms, earlier than the move before it (${p.before} ms)`,
    (p) => `情景「${p.scenario}」第 ${p.move} 步：时间 ${p.ms} 毫秒，早于前一步（${p.before} 毫秒）`,
    (p) => `情境「${p.scenario}」第 ${p.move} 步：時間 ${p.ms} 毫秒，早於前一步（${p.before} 毫秒）`,
  ),
  'record-time-after-finish': w(
    (p) => `scenario "${p.scenario}", move ${p.move}: made at ${p.ms} ms, after the attempt finished (${p.span} ms)`,
    (p) => `情景「${p.scenario}」第 ${p.move} 步：时间 ${p.ms} 毫秒，晚于作答结束（${p.span} 毫秒）`,
    (p) => `情境「${p.scenario}」第 ${p.move} 步：時間 ${p.ms} 毫秒，晚於作答結束（${p.span} 毫秒）`,
  ),
  'record-time-negative': w(
    (p) => `the attempt finished ${p.span} ms after it started: it cannot finish before it starts`,
    (p) => `作答结束时间比开始时间晚 ${p.span} 毫秒：结束不能早于开始`,
    (p) => `作答結束時間比開始時間晚 ${p.span} 毫秒：結束不能早於開始`,
  ),
  'record-result-mismatch': w(
    (p) => `the record's overall ${p.field} is ${p.recorded}, the re-graded scenarios give ${p.regraded}`,
    (p) => `记录的总体 ${p.field} 为 ${p.recorded}，重新评分得到 ${p.regraded}`,
    (p) => `紀錄的總體 ${p.field} 為 ${p.recorded}，重新評分得到 ${p.regraded}`,
  ),
  'record-too-many-attempts': w(
    (p) => `attempt ${p.attempt} exceeds the ${p.allowed} attempt(s) the exam allows`,
    (p) => `第 ${p.attempt} 次作答超过了考试允许的 ${p.allowed} 次`,
    (p) => `第 ${p.attempt} 次作答超過了考試允許的 ${p.allowed} 次`,
  ),
  'record-digest-mismatch': w(
    (p) => `the digest does not match the record's content (recorded ${p.recorded}, computed ${p.computed}): the record was edited after it was sealed`,
    (p) => `摘要与记录内容不符（记录 ${p.recorded}，计算 ${p.computed}）：记录在封存后被修改`,
    (p) => `摘要與紀錄內容不符（紀錄 ${p.recorded}，計算 ${p.computed}）：紀錄在封存後被修改`,
  ),
  'record-review-from': w(
    (p) => `review ${p.index} overrides "${p.from}", but the verdict before it was "${p.before}"`,
    (p) => `第 ${p.index} 条复核改判的是「${p.from}」，但此前的结论是「${p.before}」`,
    (p) => `第 ${p.index} 條複核改判的是「${p.from}」，但此前的結論是「${p.before}」`,
  ),
  'record-review-digest': w(
    (p) => `review ${p.index}: its digest does not match its content and the digest before it (edited, reordered or removed)`,
    (p) => `第 ${p.index} 条复核：摘要与其内容及前一摘要不符（被修改、重排或删除）`,
    (p) => `第 ${p.index} 條複核：摘要與其內容及前一摘要不符（被修改、重排或刪除）`,
  ),
  'lrs-no-record': w(
    (p) => `registration ${p.registration}: answered statements but no passed/failed statement carrying the record (the attempt was not finished)`,
    (p) => `注册 ${p.registration}：有作答语句，但没有携带记录的通过/未通过语句（作答未完成）`,
    (p) => `註冊 ${p.registration}：有作答陳述，但沒有攜帶紀錄的通過/未通過陳述（作答未完成）`,
  ),
  'lrs-answer-mismatch': w(
    (p) => `scenario "${p.scenario}", answer ${p.turn}: the LRS has "${p.statement}", the record has "${p.recorded}"`,
    (p) => `情景「${p.scenario}」第 ${p.turn} 次回答：LRS 中为「${p.statement}」，记录中为「${p.recorded}」`,
    (p) => `情境「${p.scenario}」第 ${p.turn} 次回答：LRS 中為「${p.statement}」，紀錄中為「${p.recorded}」`,
  ),
  'record-engine-version': w(
    (p) => `the record was graded by engine ${p.recorded}; this is engine ${p.current} (scores were re-graded with it)`,
    (p) => `该记录由引擎 ${p.recorded} 评分；当前引擎为 ${p.current}（已用当前引擎重新评分）`,
    (p) => `該紀錄由引擎 ${p.recorded} 評分；目前引擎為 ${p.current}（已用目前引擎重新評分）`,
  ),
} satisfies Record<ExamCode, Wording>;

/** The codes, for tests that check every code has wording in every language. */
export const EXAM_CODES: readonly ExamCode[] = EXAM_CODE_LIST;

function w(en: (p: Params) => string, hans: (p: Params) => string, hant: (p: Params) => string): Wording {
  return { en, 'zh-Hans': hans, 'zh-Hant': hant };
}

/** Word a problem code in a UI language. */
export function examMessage(code: ExamCode, params: Params, locale: Locale = 'en'): string {
  return TABLE[code][locale](params);
}

/** Build a located exam or record problem (English wording in `message`, the rest as data). */
export function examProblem(
  code: ExamCode,
  params: Params,
  file: string,
  at: { line: number; column: number } = { line: 1, column: 1 },
  severity: 'error' | 'warning' = 'error',
): ExamProblem {
  return { code, severity, params, message: examMessage(code, params), file, line: at.line, column: at.column } as ExamProblem;
}
