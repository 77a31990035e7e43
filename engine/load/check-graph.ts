import type { Problem } from '../types.ts';
import type { DocPath } from '../lint/types.ts';
import type { ParsedDoc } from './parse-yaml.ts';
import type { ChoiceInput, ScenarioInput } from './schema.ts';
import { didYouMean } from './suggest.ts';

/** Check what the schema alone cannot: references, node shape, duplicate and guard ordering rules. */
export function checkGraph(input: ScenarioInput, doc: ParsedDoc, file: string): Problem[] {
  const out: Problem[] = [];
  const nodeIds = Object.keys(input.nodes);
  const report = (code: string, message: string, path: DocPath, part: 'key' | 'value' = 'value') => {
    const { line, column } = doc.locate(path, part);
    out.push({ code, severity: 'error', message, file, line, column });
  };
  if (nodeIds.length === 0) report('no-nodes', 'the scenario has no nodes; add at least a start node and an ending', ['nodes']);
  if (!(input.start in input.nodes) && nodeIds.length > 0) {
    report('unknown-start', `start node "${input.start}" is not defined in nodes${didYouMean(input.start, nodeIds)}`, ['start']);
  }
  for (const [nodeId, node] of Object.entries(input.nodes)) {
    const at: DocPath = ['nodes', nodeId];
    if (node.choices && node.end) {
      report('node-choices-and-end', `node "${nodeId}" has both choices and end; an ending node has no choices`, [...at, 'end'], 'key');
    } else if (!node.choices && !node.end) {
      report('node-without-choices-or-end', `node "${nodeId}" needs either choices (the agent's replies) or end (resolved, escalated or abandoned)`, at, 'key');
    }
    const seen = new Set<string>();
    (node.choices ?? []).forEach((choice, i) => {
      const cAt: DocPath = [...at, 'choices', i];
      if (seen.has(choice.id)) report('duplicate-choice-id', `choice id "${choice.id}" is used twice in node "${nodeId}"; ids must be unique within a node`, [...cAt, 'id']);
      seen.add(choice.id);
      checkTargets(choice, cAt, nodeIds, report);
    });
  }
  return out;
}

type Report = (code: string, message: string, path: DocPath, part?: 'key' | 'value') => void;

function checkTargets(choice: ChoiceInput, at: DocPath, nodeIds: string[], report: Report): void {
  if (choice.to !== undefined && choice.next !== undefined) {
    report('choice-to-and-next', `choice "${choice.id}" has both to and next; use to for one target or next for guarded ones`, [...at, 'next'], 'key');
    return;
  }
  if (choice.to === undefined && choice.next === undefined) {
    report('choice-without-target', `choice "${choice.id}" needs to (the next node) or next (guarded transitions)`, at);
    return;
  }
  const unknown = (target: string, path: DocPath) =>
    report('unknown-target', `choice "${choice.id}" leads to "${target}", which is not a node${didYouMean(target, nodeIds)}`, path);
  if (choice.to !== undefined) {
    if (!nodeIds.includes(choice.to)) unknown(choice.to, [...at, 'to']);
    return;
  }
  const next = choice.next!;
  next.forEach((t, j) => {
    if (!nodeIds.includes(t.to)) unknown(t.to, [...at, 'next', j, 'to']);
    const isLast = j === next.length - 1;
    if (isLast && t.when) {
      report('next-last-has-when', `the last entry of next in choice "${choice.id}" must have no when: it is the fallback when no guard matches`, [...at, 'next', j, 'when'], 'key');
    } else if (!isLast && !t.when) {
      report('next-entry-without-when', `entry ${j + 1} of next in choice "${choice.id}" has no when, so the entries after it can never be taken; only the last entry may omit when`, [...at, 'next', j]);
    }
  });
}
