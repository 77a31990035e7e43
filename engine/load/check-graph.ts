import type { ProblemCode, ProblemParams } from '../types.ts';
import type { DocPath } from '../lint/types.ts';
import type { ParsedDoc } from './parse-yaml.ts';
import type { ProblemSink } from './problem-sink.ts';
import type { ChoiceInput, ScenarioInput } from './schema.ts';
import { createSuggester, type Suggester } from './suggest.ts';

type Report = <C extends ProblemCode>(code: C, params: ProblemParams[C], path: DocPath, part?: 'key' | 'value') => void;

/** Check what the schema alone cannot: references, node shape, duplicate and guard ordering rules. */
export function checkGraph(input: ScenarioInput, doc: ParsedDoc, sink: ProblemSink): void {
  const nodeIds = new Set(Object.keys(input.nodes));
  const suggest = createSuggester([...nodeIds]);
  const report: Report = (code, params, path, part = 'value') => (sink.full ? sink.skip(1) : sink.add(code, params, doc.locate(path, part)));
  if (nodeIds.size === 0) report('no-nodes', {}, ['nodes']);
  else if (!nodeIds.has(input.start)) report('unknown-start', withSuggestion({ start: input.start }, suggest(input.start)), ['start']);
  for (const [nodeId, node] of Object.entries(input.nodes)) {
    const at: DocPath = ['nodes', nodeId];
    if (node.choices && node.end) report('node-choices-and-end', { node: nodeId }, [...at, 'end'], 'key');
    else if (!node.choices && !node.end) report('node-without-choices-or-end', { node: nodeId }, at, 'key');
    if (node.fallback !== undefined) checkFallback(nodeId, node, nodeIds, suggest, report);
    const firstIndex = new Map<string, number>();
    (node.choices ?? []).forEach((choice, i) => {
      const cAt: DocPath = [...at, 'choices', i];
      const first = firstIndex.get(choice.id);
      if (first === undefined) firstIndex.set(choice.id, i);
      else report('duplicate-choice-id', { choice: choice.id, node: nodeId, firstLine: doc.locate([...at, 'choices', first, 'id']).line }, [...cAt, 'id']);
      checkTargets(choice, cAt, nodeIds, suggest, report);
    });
  }
}

function withSuggestion<T extends object>(params: T, suggestion: string | null): T & { suggestion?: string } {
  return suggestion === null ? params : { ...params, suggestion };
}

// A node's `fallback:` (where a typed reply that reads like none of its replies goes) names a node, on a node
// that takes typed replies at all.
function checkFallback(nodeId: string, node: ScenarioInput['nodes'][string], nodeIds: ReadonlySet<string>, suggest: Suggester, report: Report): void {
  const at: DocPath = ['nodes', nodeId, 'fallback'];
  if (!nodeIds.has(node.fallback!)) report('unknown-fallback', withSuggestion({ node: nodeId, target: node.fallback! }, suggest(node.fallback!)), at);
  else if (node.choicesOnly) report('fallback-choices-only', { node: nodeId }, at, 'key');
  else if (node.end) report('fallback-on-ending', { node: nodeId }, at, 'key');
}

function checkTargets(choice: ChoiceInput, at: DocPath, nodeIds: ReadonlySet<string>, suggest: Suggester, report: Report): void {
  if (choice.to !== undefined && choice.next !== undefined) {
    report('choice-to-and-next', { choice: choice.id }, [...at, 'next'], 'key');
    return;
  }
  if (choice.to === undefined && choice.next === undefined) {
    report('choice-without-target', { choice: choice.id }, at);
    return;
  }
  const unknown = (target: string, path: DocPath) => report('unknown-target', withSuggestion({ choice: choice.id, target }, suggest(target)), path);
  if (choice.to !== undefined) {
    if (!nodeIds.has(choice.to)) unknown(choice.to, [...at, 'to']);
    return;
  }
  const next = choice.next!;
  next.forEach((t, j) => {
    if (!nodeIds.has(t.to)) unknown(t.to, [...at, 'next', j, 'to']);
    const isLast = j === next.length - 1;
    if (isLast && t.when) report('next-last-has-when', { choice: choice.id }, [...at, 'next', j, 'when'], 'key');
    else if (!isLast && !t.when) report('next-entry-without-when', { choice: choice.id, entry: j + 1 }, [...at, 'next', j]);
  });
}
