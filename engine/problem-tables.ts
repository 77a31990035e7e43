import type { Locale } from './types.ts';
import type { LocaleStyle, Wordings } from './messages/format.ts';
import type { ProblemParams } from './problem-codes.ts';
import { EN_LINT, EN_LOAD, EN_STYLE } from './messages/problems-en.ts';
import { ZH_HANS_LINT, ZH_HANS_LOAD, ZH_HANS_STYLE } from './messages/problems-zh-hans.ts';
import { ZH_HANT_LINT, ZH_HANT_LOAD, ZH_HANT_STYLE } from './messages/problems-zh-hant.ts';
import type { ExamProblemParams, Params } from './exam/exam-codes.ts';
import { EXAM_CODES, examMessage } from './exam/exam-messages.ts';
import { EN_IMPORT, ZH_HANS_IMPORT, ZH_HANT_IMPORT } from './import/import-messages.ts';

/** One locale's quote style and the wording of every problem code. */
export interface ProblemTable {
  style: LocaleStyle;
  wordings: Wordings<ProblemParams>;
}

// The exam module words its codes with its own table (engine/exam/exam-messages.ts), in every locale.
function examWordings(lang: Locale): Wordings<ExamProblemParams> {
  return Object.fromEntries(EXAM_CODES.map((code) => [code, (p: Params) => examMessage(code, p, lang)])) as unknown as Wordings<ExamProblemParams>;
}

/** The wording tables by locale; a module adding codes spreads its own table into each entry. */
export const PROBLEM_TABLES: Record<Locale, ProblemTable> = {
  en: { style: EN_STYLE, wordings: { ...EN_LOAD, ...EN_LINT, ...examWordings('en'), ...EN_IMPORT } },
  'zh-Hans': { style: ZH_HANS_STYLE, wordings: { ...ZH_HANS_LOAD, ...ZH_HANS_LINT, ...examWordings('zh-Hans'), ...ZH_HANS_IMPORT } },
  'zh-Hant': { style: ZH_HANT_STYLE, wordings: { ...ZH_HANT_LOAD, ...ZH_HANT_LINT, ...examWordings('zh-Hant'), ...ZH_HANT_IMPORT } },
};
