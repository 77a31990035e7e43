import type { Choice, FeatureName, FeatureValues, Scenario } from '../types.ts';
import type { LintFinding } from './types.ts';

/** The analyzer's cues for a feature, for messages ("但是", "sorry"). */
function cuesOf(choice: Choice, feature: FeatureName): string[] {
  return choice.detected.evidence.filter((e) => e.feature === feature).map((e) => e.cue);
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
      params: { choice: choice.id, feature: key, tagged, read, cues: cuesOf(choice, key) },
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
    out.push({ code: 'contrast-before-resolution', params: { choice: choice.id, cues: cuesOf(choice, 'contrast') }, path });
  }
  if (choice.features.apology === 'vague') {
    const params = { choice: choice.id, cues: cuesOf(choice, 'apology'), issue: scenario.issue.summary };
    out.push({ code: 'vague-apology-before-resolution', params, path });
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
