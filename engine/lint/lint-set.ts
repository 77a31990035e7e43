import type { Problem, Scenario } from '../types.ts';

/** Report scenario ids used by more than one file: records pin scenarios by id, so ids must be unique. */
export function findDuplicateIds(loaded: ReadonlyArray<{ file: string; scenario: Scenario; line?: number }>): Problem[] {
  const byId = new Map<string, Array<{ file: string; line: number }>>();
  for (const { file, scenario, line } of loaded) byId.set(scenario.id, [...(byId.get(scenario.id) ?? []), { file, line: line ?? 1 }]);
  const out: Problem[] = [];
  for (const [id, files] of byId) {
    if (files.length < 2) continue;
    for (const { file, line } of files.slice(1)) {
      out.push({
        code: 'duplicate-scenario-id',
        severity: 'error',
        message: `scenario id "${id}" is already used by ${files[0]!.file}; give each scenario its own id`,
        file,
        line,
        column: 1,
      });
    }
  }
  return out;
}
