import { writeFile } from 'node:fs/promises';
import { scenarioJsonSchema } from '../../load/schema.ts';
import type { Command } from '../io.ts';

/** Render the scenario JSON Schema exactly as it is committed (stable key order, trailing newline). */
export function renderSchema(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

/** `hardcall schema [--write FILE]`: print or write the JSON Schema generated from the zod schema. */
export const runSchema: Command = async (args, io) => {
  const i = args.indexOf('--write');
  if (i < 0) {
    io.stdout(renderSchema());
    return 0;
  }
  const target = args[i + 1];
  if (!target) {
    io.stderr('Usage: hardcall schema [--write FILE]\n');
    return 2;
  }
  await writeFile(target, renderSchema());
  io.stdout(`wrote ${target}\n`);
  return 0;
};
