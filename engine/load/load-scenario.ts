import type { Problem, Result, Scenario } from '../types.ts';
import { lintScenario } from '../lint/lint-scenario.ts';
import { checkGraph } from './check-graph.ts';
import { parseYaml, type ParsedDoc } from './parse-yaml.ts';
import { decodeScenarioBytes, precheckText, problemAt } from './read-text.ts';
import { scenarioSchema } from './schema.ts';
import { buildScenario } from './build-scenario.ts';
import { zodIssuesToProblems } from './zod-problems.ts';

/** Load a scenario from YAML or JSON text: a typed scenario with lint warnings, or located problems. Never throws. */
export function loadScenario(text: string, file: string): Result<Scenario> {
  try {
    return loadUnsafe(text, file);
  } catch (err) {
    // A loader bug must still reach the trainer as a located problem, not a stack trace.
    const msg = err instanceof Error ? err.message : String(err);
    return { ok: false, problems: [problemAt(file, 'internal-error', `HardCall could not read this file (${msg}); please report it`)] };
  }
}

/** Load a scenario from a file's bytes, checking size and UTF-8 first. */
export function loadScenarioBytes(bytes: Uint8Array, file: string): Result<Scenario> {
  const decoded = decodeScenarioBytes(bytes, file);
  return decoded.ok ? loadScenario(decoded.text, file) : { ok: false, problems: [decoded.problem] };
}

function loadUnsafe(text: string, file: string): Result<Scenario> {
  const pre = precheckText(text, file);
  if (pre) return { ok: false, problems: [pre] };
  const parsed = parseYaml(text.replace(/^\uFEFF/, ''), file);
  if (!parsed.ok) return parsed;
  const doc: ParsedDoc = parsed.doc;
  if (doc.data === null || typeof doc.data !== 'object' || Array.isArray(doc.data)) {
    return { ok: false, problems: [problemAt(file, 'not-a-mapping', 'a scenario file must be a mapping of fields (id: …, version: …), not a list or a single value')] };
  }
  const result = scenarioSchema.safeParse(doc.data, { reportInput: true });
  if (!result.success) return { ok: false, problems: sortProblems(zodIssuesToProblems(result.error.issues, doc, file)) };
  const graphProblems = checkGraph(result.data, doc, file);
  if (graphProblems.length > 0) return { ok: false, problems: sortProblems(graphProblems) };
  const scenario = buildScenario(result.data);
  const warnings: Problem[] = lintScenario(scenario).map((f) => {
    const { line, column } = doc.locate(f.path, 'key');
    return { code: f.code, severity: 'warning', message: f.message, file, line, column };
  });
  return { ok: true, value: scenario, warnings: sortProblems(warnings) };
}

function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
}
