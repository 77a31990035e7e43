import type { Ending, Move } from '../types.ts';

/** One path as the analysis reports it: its score, whether it passes, how it ends, its choice ids. */
export interface ScoredPath {
  score: number;
  passed: boolean;
  outcome: Ending;
  /** The path's moves: choice ids, and `{silence: true}` where a scenario that opts in to dead air has one. */
  choices: Move[];
}

/**
 * Figures for one node, over all *arrivals*: an arrival is a (path, turn) pair at which the path stands
 * at the node, so a path that comes back to a node through a cycle counts once per visit. For a node no
 * path visits twice (any node off a cycle) visits = the number of paths through it.
 */
export interface NodeFigures {
  id: string;
  ending: Ending | null;
  /** Some path arrives here. */
  reachable: boolean;
  /** Reachable, not an ending, and no path through it reaches an ending node before `maxTurns` runs out. */
  deadEnd: boolean;
  visits: bigint;
  /** Sum over arrivals of the passing continuations from there (passing paths through here, counted per visit). */
  passingVisits: bigint;
  /** Best / worst final score of any path through the node (null when unreachable). */
  bestScore: number | null;
  worstScore: number | null;
}

/** Figures for one choice, over all times a path takes it (as for nodes). */
export interface ChoiceFigures {
  nodeId: string;
  choiceId: string;
  visits: bigint;
  passingVisits: bigint;
  bestScore: number | null;
  worstScore: number | null;
}

export interface ChoiceRef {
  nodeId: string;
  choiceId: string;
}

export interface RuleFigures {
  id: string;
  critical: boolean;
  /** Paths on which the rule finds at least one violation. */
  violatingPaths: bigint;
}

/** Size of the analysis, for benchmarks and for spotting rule states that grow too large. */
export interface AnalysisStats {
  states: number;
  transitions: number;
  layers: number;
  ruleStateTuples: number;
  /** Rule steps actually run: transitions that agree on every input the rules read share one. */
  ruleSteps: number;
  /** Distinct states each rule took over the whole analysis. */
  ruleStates: Array<{ id: string; distinct: number }>;
  /** Widest exact part of a histogram (in units of `pointUnit` points). */
  histogramWidth: number;
  pointUnit: number;
}

/** Every path of a scenario graded at once. Counts are exact (BigInt). */
export interface Analysis {
  scenarioId: string;
  version: number;
  passScore: number;
  paths: bigint;
  outcomes: Record<Ending, bigint>;
  /** Paths that end as abandoned because `maxTurns` ran out (included in outcomes.abandoned). */
  cutOff: bigint;
  /** Paths with a violation of a critical rule (they fail whatever their score). */
  criticalPaths: bigint;
  passCount: bigint;
  passRate: number;
  /** Paths per final score, ascending, scores with no path left out. */
  distribution: Array<{ score: number; count: bigint }>;
  /** Highest score (ties: a path without a critical violation first); lowest score (ties: one with). */
  best: ScoredPath;
  worst: ScoredPath;
  /** The best path without a critical violation, when it passes; else null. */
  bestPassing: ScoredPath | null;
  rules: RuleFigures[];
  unreachableNodes: string[];
  deadEnds: string[];
  /** Choices of reachable nodes that no passing path takes. */
  choicesOnNoPassingPath: ChoiceRef[];
  /**
   * Of those, the ones whose node has another reply that some passing path takes: at every arrival
   * where the call could still pass, this reply makes passing impossible (the mistake is this reply,
   * not an earlier one).
   */
  choicesAfterWhichAllFail: ChoiceRef[];
  nodes: NodeFigures[];
  choices: ChoiceFigures[];
  stats: AnalysisStats;
}
