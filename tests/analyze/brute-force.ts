// The reference the analysis is checked against: list every path by walking the scenario with the one
// walk (choice ids, plus a silence at each turn when the scenario opts in to dead air), grade each with
// gradePath's grader, and tally the same figures by hand.
import {
  createGrader, formatPathError, positionAfter, startPosition, takeMove, walkMoves,
  type Move, type Position, type Profile, type Scenario, type Scorecard,
} from '../../engine/index.ts';

/** The moves brute force tries at a position: every choice, then a silence where the scenario opts in. */
function movesAt(scenario: Scenario, at: Position): Move[] {
  const moves: Move[] = at.node.choices.map((c) => c.id);
  if (scenario.deadAir) moves.push({ silence: true });
  return moves;
}

/** Every path of a scenario (moves from the start), in depth-first file order. */
export function listPaths(scenario: Scenario): Move[][] {
  const out: Move[][] = [];
  const walk = (at: Position, prefix: Move[]) => {
    if (at.outcome) {
      out.push(prefix);
      return;
    }
    for (const m of movesAt(scenario, at)) {
      const step = takeMove(scenario, at, m);
      if (!('kind' in step)) throw new Error('brute force made an invalid move');
      walk(positionAfter(scenario, step), [...prefix, m]);
    }
  };
  walk(startPosition(scenario), []);
  return out;
}

/** The key the expected figures file a move under: its choice id, or the analysis' silence id. */
export const moveKey = (m: Move): string => (typeof m === 'string' ? m : '@silence');

/** One graded path with the nodes it stands at (start, then after each turn). */
export interface GradedPath {
  choices: Move[];
  card: Card;
  nodes: string[];
}

/** The parts of a scorecard the figures are tallied from. */
export type Card = Pick<Scorecard, 'score' | 'passed' | 'criticalFailures' | 'outcome' | 'finalNode' | 'summary'>;

/** Grades one complete path. */
export type GradeFn = (choices: Move[]) => Card;

/** A grade function backed by gradePath's grader (throws on an invalid path: brute force never makes one). */
export function graderFor(scenario: Scenario, profile?: Profile): GradeFn {
  const grader = createGrader(scenario, profile);
  return (choices) => {
    const r = grader.grade(choices);
    if (!r.ok) throw new Error(`not a path: ${formatPathError(r.error, 'en')}`);
    return r.scorecard;
  };
}

/** Grade every path of a scenario. */
export function gradeAll(scenario: Scenario, grade: GradeFn): GradedPath[] {
  return listPaths(scenario).map((choices) => {
    const card = grade(choices);
    const nodes = [scenario.start, ...walkMoves(scenario, choices).steps.map((s) => s.to)];
    return { choices, card, nodes };
  });
}
