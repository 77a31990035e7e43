import type { ExamProblemParams } from './exam/exam-codes.ts';
import type { LintProblemParams } from './messages/lint-codes.ts';
import type { LoadProblemParams } from './messages/load-codes.ts';
import type { ImportProblemParams } from './import/import-codes.ts';

/**
 * Every problem code with the parameters its wording needs. A module that reports problems of its own
 * (exam files, an importer) declares its codes in a file like load-codes.ts, adds it to this intersection,
 * and adds its per-locale wording tables to problem-tables.ts; the type checker then asks for a wording
 * of every new code in every locale.
 */
export type ProblemParams = LoadProblemParams & LintProblemParams & ExamProblemParams & ImportProblemParams;

/** A problem code, e.g. `unknown-field`. */
export type ProblemCode = keyof ProblemParams;
