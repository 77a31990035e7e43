import { parse } from 'yaml';
import { analyzeScenario, loadScenario, type Analysis, type Scenario } from '../../engine/index.ts';
import { addChoice, parseDoc } from './doc-edit.ts';
import { buildGraphModel } from './graph-model.ts';
import { layoutGraph } from './layout.ts';
import type { AnalysisView, CheckResult, WorkerRequest, WorkerResponse } from './worker-protocol.ts';

// What the studio's workers do; the checks run off the main thread so typing never waits for them: one instance checks (load + lint + graph
// layout) on every change, another analyses every path and is restarted when a newer text arrives.

const FILE = 'draft.yaml';
const NODE_FLAGS: ReadonlySet<string> = new Set(['unreachable-node', 'ending-unreachable', 'node-unreachable-in-play', 'no-ending-reachable']);
let lastShape = '';

function parseData(text: string): unknown {
  try {
    return parse(text);
  } catch {
    return null;
  }
}

function check(seq: number, text: string): CheckResult {
  const t0 = performance.now();
  const loaded = loadScenario(text, FILE);
  const data = parseData(text);
  const model = buildGraphModel(data);
  const layout = model.shape === lastShape ? null : layoutGraph(model);
  lastShape = model.shape;
  const problems = loaded.ok ? loaded.warnings : loaded.problems;
  // The loader's lint warnings name their node; the graph marks those nodes without linting again.
  const flags = problems.flatMap((p) => {
    const node = NODE_FLAGS.has(p.code) ? (p.params as { node?: unknown }).node : undefined;
    return typeof node === 'string' ? [{ nodeId: node, code: p.code }] : [];
  });
  return { kind: 'checked', seq, data, problems, loads: loaded.ok, flags, model, layout, ms: performance.now() - t0 };
}

function viewOf(seq: number, a: Analysis, ms: number): AnalysisView {
  const traps = new Set(a.choicesAfterWhichAllFail.map((c) => `${c.nodeId}/${c.choiceId}`));
  const nodes: AnalysisView['nodes'] = new Map();
  for (const n of a.nodes) nodes.set(n.id, { reachable: n.reachable, deadEnd: n.deadEnd, canPass: n.passingVisits > 0n, best: n.bestScore, worst: n.worstScore });
  const choices: AnalysisView['choices'] = new Map();
  for (const c of a.choices) {
    const key = `${c.nodeId}/${c.choiceId}`;
    choices.set(key, { best: c.bestScore, worst: c.worstScore, canPass: c.passingVisits > 0n, trap: traps.has(key) });
  }
  return { kind: 'analyzed', seq, paths: a.paths.toString(), passRate: a.passRate, bestScore: a.best.score, nodes, choices, ms };
}

function loadOnly(text: string): Scenario | null {
  const r = loadScenario(text, FILE);
  return r.ok ? r.value : null;
}

function variants(req: Extract<WorkerRequest, { kind: 'variants' }>): WorkerResponse {
  const base = loadOnly(req.text);
  const baseline = base ? analyzeScenario(base).passRate : null;
  const doc = parseDoc(req.text);
  const original = doc?.getIn(['nodes', req.nodeId, 'choices', req.index]) as { toJSON?: () => Record<string, unknown> } | undefined;
  const source = original?.toJSON?.() ?? {};
  const figures = req.replies.map((reply, i) => {
    const id = `variant-${i + 1}-${String(source.id ?? 'reply')}`.slice(0, 60);
    const choice = { id, reply, ...(source.to !== undefined ? { to: source.to } : {}), ...(source.next !== undefined ? { next: source.next } : {}) };
    const edited = addChoice(req.text, req.nodeId, choice, req.index);
    const s = typeof edited === 'string' ? loadOnly(edited) : null;
    if (!s) return { reply, passRate: null, trap: false };
    const a = analyzeScenario(s);
    return { reply, passRate: a.passRate, trap: a.choicesAfterWhichAllFail.some((c) => c.nodeId === req.nodeId && c.choiceId === id) };
  });
  return { kind: 'variants', seq: req.seq, baseline, figures };
}

/** Answer one request of the studio; the worker entry posts the answer back. */
export function handleRequest(req: WorkerRequest): WorkerResponse {
  if (req.kind === 'check') return check(req.seq, req.text);
  if (req.kind === 'variants') return variants(req);
  const t0 = performance.now();
  const s = loadOnly(req.text);
  return s ? viewOf(req.seq, analyzeScenario(s), performance.now() - t0) : { kind: 'not-analyzable', seq: req.seq };
}

