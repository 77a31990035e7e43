import type { Result, Scenario } from '../types.ts';
import { lintScenario } from '../lint/lint-scenario.ts';
import { checkGraph } from './check-graph.ts';
import { parseYaml } from './parse-yaml.ts';
import { decodeScenarioBytes, precheckText } from './read-text.ts';
import { makeProblem } from '../messages/make-problem.ts';
import { createProblemSink } from './problem-sink.ts';
import { scenarioSchema } from './schema.ts';
import { buildScenario } from './build-scenario.ts';
import { reportZodIssues } from './zod-problems.ts';

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
  const body = text.replace(/^\uFEFF/, '');
  const pre = precheckText(body, file);
  if (!pre.ok) return { ok: false, problems: [pre.problem] };
  const sink = createProblemSink(file);
  const doc = parseYaml(body, sink, pre.deepest);
  if (!doc) return { ok: false, problems: sink.take() };
  if (doc.data === null || typeof doc.data !== 'object' || Array.isArray(doc.data)) {
    return { ok: false, problems: [makeProblem('not-a-mapping', {}, { file, line: 1, column: 1 })] };
  }
  const result = scenarioSchema.safeParse(doc.data, { reportInput: true });
  if (!result.success) {
    reportZodIssues(result.error.issues, doc, sink);
    return { ok: false, problems: sink.take() };
  }
  checkGraph(result.data, doc, sink);
  if (sink.total > 0) return { ok: false, problems: sink.take() };
  const scenario = buildScenario(result.data);
  for (const f of lintScenario(scenario)) {
    if (sink.full) sink.skip(1, 'warning');
    else sink.add(f.code, f.params as never, doc.locate(f.path, 'key'), 'warning');
  }
  return { ok: true, value: scenario, warnings: sink.take() };
}
