import type { Scenario } from '../types.ts';
import { moodDeltaFor, moodEffectsOf } from '../mood/mood-model.ts';
import type { LintFinding } from './types.ts';

/**
 * How far an authored `mood:` may sit from the mood model before lint asks about it. The model's rows run
 * from 2 to 25 points and a typical reply triggers two to four of them, so two numbers more than 15 apart
 * disagree about a whole strong effect (an empathy, solution, refusal or blame row), not about nuance the
 * features cannot see; within 15 the author's reading of the wording stands.
 */
export const MOOD_LINT_TOLERANCE = 15;

/** Warn where a reply's authored `mood:` is far from what the mood model predicts for its features and the persona's temperament. */
export function lintAuthoredMoods(scenario: Scenario): LintFinding[] {
  const out: LintFinding[] = [];
  const temperament = scenario.persona.temperament;
  for (const nodeId of scenario.nodeOrder) {
    const node = scenario.nodes[nodeId];
    if (!node) continue;
    node.choices.forEach((choice, index) => {
      if (choice.mood === undefined) return;
      const predicted = moodDeltaFor(choice.features, temperament);
      if (Math.abs(choice.mood - predicted) <= MOOD_LINT_TOLERANCE) return;
      out.push({
        code: 'mood-far-from-model',
        params: { choice: choice.id, authored: choice.mood, predicted, temperament, effects: moodEffectsOf(choice.features), tolerance: MOOD_LINT_TOLERANCE },
        path: ['nodes', nodeId, 'choices', index, 'mood'],
      });
    });
  }
  return out;
}
