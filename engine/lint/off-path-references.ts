import type { Choice, Scenario } from '../types.ts';
import { groundTerms, offers, referencedPhrases, termsOf } from '../grade/references.ts';
import type { LintFinding } from './types.ts';

/** Nodes reachable from the start without taking any of the given replies (guards ignored: any mood may occur). */
function reachableAvoiding(scenario: Scenario, avoid: ReadonlySet<Choice>): Set<string> {
  const seen = new Set<string>([scenario.start]);
  const queue = [scenario.start];
  for (let i = 0; i < queue.length; i++) {
    for (const c of scenario.nodes[queue[i]!]!.choices) {
      if (avoid.has(c)) continue;
      for (const t of c.next) if (!seen.has(t.to)) (seen.add(t.to), queue.push(t.to));
    }
  }
  return seen;
}

/**
 * Replies that point back to something only some paths into their node said ("the waived line rental"
 * where not every path waived it): a term after a determiner or a "before / already" word that neither
 * the brief, the issue nor any customer line grounds, that other replies introduced, and without which
 * the node can still be reached. Such a reply reads wrong to a learner on those paths, and the scorecard
 * will not suggest it there.
 */
export function lintOffPathReferences(scenario: Scenario): LintFinding[] {
  const ground = groundTerms(scenario);
  const sayers = new Map<string, Choice[]>();
  const all = scenario.nodeOrder.flatMap((id) => scenario.nodes[id]!.choices);
  for (const c of all) for (const t of termsOf(c.reply)) sayers.set(t, [...(sayers.get(t) ?? []), c]);
  const out: LintFinding[] = [];
  for (const id of scenario.nodeOrder) {
    scenario.nodes[id]!.choices.forEach((choice, index) => {
      let other = '';
      const found = referencedPhrases(choice.reply, scenario.locale).find(({ terms }) =>
        terms.some((term) => {
          if (ground.has(term)) return false;
          const others = (sayers.get(term) ?? []).filter((c) => c !== choice && offers(c) && !scenario.nodes[id]!.choices.includes(c));
          if (others.length === 0 || !reachableAvoiding(scenario, new Set(others)).has(id)) return false;
          other = others[0]!.id;
          return true;
        }),
      );
      if (found) out.push({ code: 'off-path-reference', params: { choice: choice.id, term: found.phrase, other, node: id }, path: ['nodes', id, 'choices', index, 'reply'] });
    });
  }
  return out;
}
