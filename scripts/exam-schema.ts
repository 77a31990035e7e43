// Writes scenarios/exams/exam.schema.json from the engine's zod schema of exam files (`npm run exam:schema`);
// a test fails when the two drift.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { examJsonSchema } from '../engine/index.ts';

/** The exam JSON Schema exactly as committed. */
export function renderExamSchema(): string {
  return `${JSON.stringify(examJsonSchema(), null, 2)}\n`;
}

if (process.argv[1]?.endsWith('exam-schema.ts')) {
  const target = join(import.meta.dirname, '..', 'scenarios', 'exams', 'exam.schema.json');
  writeFileSync(target, renderExamSchema());
  console.log(`wrote ${target}`);
}
