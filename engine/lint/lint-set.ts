import type { Problem, Scenario } from '../types.ts';
import { makeProblem } from '../messages/make-problem.ts';

/** Report scenario ids used by more than one file: records pin scenarios by id, so ids must be unique. */
export function findDuplicateIds(loaded: ReadonlyArray<{ file: string; scenario: Scenario; line?: number }>): Problem[] {
  const byId = new Map<string, Array<{ file: string; line: number }>>();
  for (const { file, scenario, line } of loaded) {
    const files = byId.get(scenario.id);
    if (files) files.push({ file, line: line ?? 1 });
    else byId.set(scenario.id, [{ file, line: line ?? 1 }]);
  }
  const out: Problem[] = [];
  for (const [id, files] of byId) {
    if (files.length < 2) continue;
    for (const { file, line } of files.slice(1)) {
      out.push(makeProblem('duplicate-scenario-id', { id, firstFile: files[0]!.file }, { file, line, column: 1 }));
    }
  }
  return out;
}
