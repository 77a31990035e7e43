import type { CommandDef } from './command.ts';

/**
 * Every command, loaded only when run (a quick `lint` does not pay for the analysis code). Adding a
 * command is its file under commands/ exporting `command = defineCommand({...})`, plus one line here.
 */
export const COMMANDS: ReadonlyMap<string, () => Promise<{ command: CommandDef }>> = new Map([
  ['lint', () => import('./commands/lint.ts')],
  ['analyze-reply', () => import('./commands/analyze-reply.ts')],
  ['grade', () => import('./commands/grade.ts')],
  ['analyze', () => import('./commands/analyze.ts')],
  ['schema', () => import('./commands/schema.ts')],
  ['exam-pin', () => import('./commands/exam-pin.ts')],
  ['verify', () => import('./commands/verify.ts')],
  ['certify', () => import('./commands/certify.ts')],
  ['review', () => import('./commands/review.ts')],
  ['package', () => import('./commands/package.ts')],
  ['typed-replies', () => import('./commands/typed-replies.ts')],
  ['import', () => import('./commands/import.ts')],
]);
