import type { Scenario } from '../types.ts';
import { presentFeatures, readingKey } from '../typed/closeness.ts';
import type { LintFinding } from './types.ts';

/**
 * Warn where two replies of a node read the same (the same features, as the typed-reply reader compares
 * them) but lead to different places: a typed reply like them is then told apart by wording alone, and
 * the wording decides where the call goes. Replies that read the same and lead the same way (a typed reply
 * takes its mood change from its own words) are harmless, and choices-only nodes take no typed replies.
 * Linear: replies are grouped by their reading's key.
 */
export function lintSameReadings(scenario: Scenario): LintFinding[] {
  const out: LintFinding[] = [];
  for (const nodeId of scenario.nodeOrder) {
    const node = scenario.nodes[nodeId];
    if (!node || node.choicesOnly) continue;
    const firstByKey = new Map<string, number>();
    node.choices.forEach((choice, index) => {
      const key = readingKey(choice.features);
      const first = firstByKey.get(key);
      if (first === undefined) {
        firstByKey.set(key, index);
        return;
      }
      const other = node.choices[first]!;
      if (JSON.stringify(other.next) === JSON.stringify(choice.next)) return;
      out.push({
        code: 'replies-read-same',
        params: { node: nodeId, first: other.id, second: choice.id, features: presentFeatures(choice.features) },
        path: ['nodes', nodeId, 'choices', index, 'reply'],
      });
    });
  }
  return out;
}
