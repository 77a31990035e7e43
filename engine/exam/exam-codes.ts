// The codes of exam-file and record problems and their parameters, apart from their wording
// (exam-messages.ts), so the engine's Problem type can include them without importing the wording.

/** Values a message is filled with; numbers and short strings only. */
export type Params = Record<string, string | number>;

/** Every code an exam file or a record problem may carry. */
export const EXAM_CODE_LIST = [
  'exam-syntax', 'exam-not-a-mapping', 'exam-unknown-field', 'exam-missing-field', 'exam-invalid-value', 'exam-duplicate-scenario',
  'exam-scenario-missing', 'exam-scenario-broken', 'exam-scenario-version', 'exam-scenario-changed', 'record-not-json', 'record-invalid',
  'record-exam-mismatch', 'record-scenario-mismatch', 'record-impossible-transcript', 'record-score-mismatch', 'record-time-order',
  'record-time-after-finish', 'record-time-negative', 'record-result-mismatch', 'record-too-many-attempts', 'record-digest-mismatch',
  'record-review-from', 'record-review-digest', 'lrs-no-record', 'lrs-answer-mismatch', 'record-engine-version',
] as const;

/** An exam-file or record problem code. */
export type ExamCode = (typeof EXAM_CODE_LIST)[number];

/** The parameters of each exam code, for the engine's table of problem codes. */
export type ExamProblemParams = { [C in ExamCode]: Params };
