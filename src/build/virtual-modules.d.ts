declare module 'virtual:hardcall/scenario-index' {
  import type { BundledModuleEntry } from '../state/bundled-types.ts';
  export const entries: BundledModuleEntry[];
}
