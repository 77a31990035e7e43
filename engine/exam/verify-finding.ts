import type { DocPath } from '../lint/types.ts';
import type { ExamCode, Params } from './exam-messages.ts';

/** A problem found before it is located in the file: the document path it is about. */
export interface Finding {
  code: ExamCode;
  params: Params;
  path: DocPath;
  severity?: 'error' | 'warning';
}
