declare module 'virtual:hardcall/scenario-index' {
  import type { BundledModuleEntry } from '../state/bundled-types.ts';
  export const entries: BundledModuleEntry[];
}

declare module 'virtual:hardcall/exam-index' {
  import type { BundledExam } from './exam-plugin.ts';
  export const exams: BundledExam[];
}
