import type { Choice, FeatureName, FeatureValues, Scenario } from '../types.ts';
import type { LintFinding } from './types.ts';

const show = (v: unknown): string => (typeof v === 'string' ? v : String(v));

/** The analyzer's cues for a feature, quoted, for messages ("但是", "sorry"). */
function cuesOf(choice: Choice, feature: FeatureName): string {
  const cues = choice.detected.evidence.filter((e) => e.feature === feature).map((e) => `"${e.cue}"`);
  return cues.length > 0 ? ` (found ${cues.join(', ')})` : '';
}

function disagreements(nodeId: string, index: number, choice: Choice): LintFinding[] {
  const out: LintFinding[] = [];
  const tags = choice.tags ?? {};
  for (const key of Object.keys(tags) as FeatureName[]) {
    const tagged = (tags as Partial<FeatureValues>)[key];
    const read = choice.detected[key];
    if (tagged === undefined || tagged === read) continue;
    out.push({
      code: 'tags-disagree',
      message: `reply "${choice.id}" is tagged ${key}: ${show(tagged)}, but its text reads ${key}: ${show(read)}${cuesOf(choice, key)}; check the tag or reword the reply`,
      path: ['nodes', nodeId, 'choices', index, 'tags', key],
    });
  }
  return out;
}

function leadsToResolved(scenario: Scenario, choice: Choice): boolean {
  return choice.next.some((t) => scenario.nodes[t.to]?.end === 'resolved');
}

// A trap the author wrote on purpose angers the customer (mood delta ≥ 0) and says so in its note; a reply
// that calms the customer on its way to a resolved ending is meant as the good one, so a "but" or a vague
// apology in it is the likely slip.
function beforeResolution(scenario: Scenario, nodeId: string, index: number, choice: Choice): LintFinding[] {
  if (!leadsToResolved(scenario, choice) || choice.moodDelta >= 0) return [];
  const out: LintFinding[] = [];
  const path = ['nodes', nodeId, 'choices', index, 'reply'];
  if (choice.features.contrast) {
    out.push({
      code: 'contrast-before-resolution',
      message: `reply "${choice.id}" leads to a resolved ending but uses a contrastive "but"${cuesOf(choice, 'contrast')}, which the no-but rule penalises; is this really the reply that settles the call?`,
      path,
    });
  }
  if (choice.features.apology === 'vague') {
    out.push({
      code: 'vague-apology-before-resolution',
      message: `reply "${choice.id}" leads to a resolved ending with a vague apology${cuesOf(choice, 'apology')}; name the problem (${scenario.issue.summary}) in the apology`,
      path,
    });
  }
  return out;
}

/** Warn where a choice's `tags` contradict its text, and where a calming reply that resolves the call has a "but" or a vague apology. */
export function lintChoiceFeatures(scenario: Scenario): LintFinding[] {
  const out: LintFinding[] = [];
  for (const nodeId of scenario.nodeOrder) {
    const node = scenario.nodes[nodeId];
    if (!node) continue;
    node.choices.forEach((choice, index) => {
      out.push(...disagreements(nodeId, index, choice), ...beforeResolution(scenario, nodeId, index, choice));
    });
  }
  return out;
}
