// The reference the analysis is checked against: list every path by walking the scenario, grade each
// with gradePath's grader, and tally the same figures by hand.
import type { Scenario } from '../../engine/types.ts';
import { clampMood, endingAt, resolveTarget } from '../../engine/path/walk.ts';
import { createGrader } from '../../engine/grade/grade-path.ts';
import type { Profile } from '../../engine/rules/profiles.ts';
import type { Scorecard } from '../../engine/grade/scorecard.ts';

/** Every path of a scenario (choice ids from the start), in depth-first file order. */
export function listPaths(scenario: Scenario): string[][] {
  const out: string[][] = [];
  const walk = (nodeId: string, mood: number, prefix: string[]) => {
    const node = scenario.nodes[nodeId]!;
    if (endingAt(scenario, node, prefix.length)) {
      out.push(prefix);
      return;
    }
    for (const c of node.choices) {
      const after = clampMood(mood + c.moodDelta);
      walk(resolveTarget(c, after), after, [...prefix, c.id]);
    }
  };
  walk(scenario.start, clampMood(scenario.persona.mood), []);
  return out;
}

/** One graded path with the nodes it stands at (start, then after each reply). */
export interface GradedPath {
  choices: string[];
  card: Card;
  nodes: string[];
}

/** The parts of a scorecard the figures are tallied from. */
export type Card = Pick<Scorecard, 'score' | 'passed' | 'criticalFailures' | 'outcome' | 'finalNode' | 'summary'>;

/** Grades one complete path. */
export type GradeFn = (choices: string[]) => Card;

/** A grade function backed by gradePath's grader (throws on an invalid path: brute force never makes one). */
export function graderFor(scenario: Scenario, profile?: Profile): GradeFn {
  const grader = createGrader(scenario, profile);
  return (choices) => {
    const r = grader.grade(choices);
    if (!r.ok) throw new Error(`not a path: ${r.error.message}`);
    return r.scorecard;
  };
}

/** Grade every path of a scenario. */
export function gradeAll(scenario: Scenario, grade: GradeFn): GradedPath[] {
  return listPaths(scenario).map((choices) => {
    const card = grade(choices);
    const nodes = [scenario.start];
    let mood = clampMood(scenario.persona.mood);
    for (const id of choices) {
      const c = scenario.nodes[nodes[nodes.length - 1]!]!.choices.find((x) => x.id === id)!;
      mood = clampMood(mood + c.moodDelta);
      nodes.push(resolveTarget(c, mood));
    }
    return { choices, card, nodes };
  });
}
