declare module 'virtual:hardcall/scenario-index' {
  import type { BundledModuleEntry } from '../library/bundled-types.ts';
  export const entries: BundledModuleEntry[];
}
