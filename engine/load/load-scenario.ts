import type { Problem, Result, Scenario } from '../types.ts';
import { lintScenario } from '../lint/lint-scenario.ts';
import { checkGraph } from './check-graph.ts';
import { parseYaml, type ParsedDoc } from './parse-yaml.ts';
import { decodeScenarioBytes, precheckText } from './read-text.ts';
import { makeProblem, placeProblem } from '../messages/make-problem.ts';
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
    return { ok: false, problems: [makeProblem('internal-error', { detail: msg }, { file, line: 1, column: 1 })] };
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
    return { ok: false, problems: [makeProblem('not-a-mapping', {}, { file, line: 1, column: 1 })] };
  }
  const result = scenarioSchema.safeParse(doc.data, { reportInput: true });
  if (!result.success) return { ok: false, problems: sortProblems(zodIssuesToProblems(result.error.issues, doc, file)) };
  const graphProblems = checkGraph(result.data, doc, file);
  if (graphProblems.length > 0) return { ok: false, problems: sortProblems(graphProblems) };
  const scenario = buildScenario(result.data);
  const warnings: Problem[] = lintScenario(scenario).map((f) => placeProblem(f, { file, ...doc.locate(f.path, 'key') }, 'warning'));
  return { ok: true, value: scenario, warnings: sortProblems(warnings) };
}

function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
}
