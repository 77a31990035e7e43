import type { Scenario } from '../types.ts';
import type { Backward } from './backward.ts';
import type { StateGraph } from './explore.ts';
import type { Forward } from './forward.ts';
import type { Analysis, ChoiceFigures, ChoiceRef, NodeFigures } from './types.ts';

type GraphFigures = Pick<Analysis, 'unreachableNodes' | 'deadEnds' | 'choicesOnNoPassingPath' | 'choicesAfterWhichAllFail' | 'nodes' | 'choices'>;

const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);

/** Assemble the per-node and per-choice figures and the lists derived from them. */
export function describeGraph(scenario: Scenario, g: StateGraph, back: Backward, fwd: Forward, moveIds: readonly string[][]): GraphFigures {
  const reachesEnd = new Uint8Array(g.nodeIds.length);
  for (let s = 0; s < g.size; s++) if (back.reachesEnd[s]) reachesEnd[g.node[s]!] = 1;
  const nodes: NodeFigures[] = [];
  const choices: ChoiceFigures[] = [];
  const onNoPassingPath: ChoiceRef[] = [];
  const afterWhichAllFail: ChoiceRef[] = [];
  g.nodeIds.forEach((id, i) => {
    const node = scenario.nodes[id]!;
    const reachable = fwd.nodeVisits[i]! > 0n;
    nodes.push({
      id,
      ending: node.end ?? null,
      reachable,
      deadEnd: reachable && !node.end && reachesEnd[i] === 0,
      visits: fwd.nodeVisits[i]!,
      passingVisits: fwd.nodePassing[i]!,
      bestScore: finite(fwd.nodeBest[i]!),
      worstScore: finite(fwd.nodeWorst[i]!),
    });
    const base = fwd.choiceBase[i]!;
    const ids = moveIds[i]!;
    const anyPassing = ids.some((_, k) => fwd.choicePassing[base + k]! > 0n);
    ids.forEach((choiceId, k) => {
      const c = base + k;
      choices.push({
        nodeId: id,
        choiceId,
        visits: fwd.choiceVisits[c]!,
        passingVisits: fwd.choicePassing[c]!,
        bestScore: finite(fwd.choiceBest[c]!),
        worstScore: finite(fwd.choiceWorst[c]!),
      });
      if (!reachable || fwd.choicePassing[c]! > 0n) return;
      onNoPassingPath.push({ nodeId: id, choiceId });
      if (anyPassing) afterWhichAllFail.push({ nodeId: id, choiceId });
    });
  });
  return {
    unreachableNodes: nodes.filter((n) => !n.reachable).map((n) => n.id),
    deadEnds: nodes.filter((n) => n.deadEnd).map((n) => n.id),
    choicesOnNoPassingPath: onNoPassingPath,
    choicesAfterWhichAllFail: afterWhichAllFail,
    nodes,
    choices,
  };
}
