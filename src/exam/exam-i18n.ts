import { appStore } from '../state/app-store.ts';
import { useStore } from '../state/store.ts';
import { interpolate, type Params } from '../i18n/i18n.ts';
import { EXAM_MESSAGES, type ExamMessageKey } from './exam-messages.ts';

/** Exam mode's translate function for the current UI language. */
export function useExamT(): (key: ExamMessageKey, params?: Params) => string {
  const locale = useStore(appStore, (s) => s.locale);
  return (key, params) => interpolate(EXAM_MESSAGES[locale][key], params);
}
