import type { Problem } from '../../engine/index.ts';
import type { GraphModel } from './graph-model.ts';
import type { Layout } from './layout.ts';

// Messages between the studio and its workers. Counts cross as numbers or decimal strings (BigInt paths
// counts can exceed 2^53; the UI shows them, it does no arithmetic on them).

export type WorkerRequest =
  | { kind: 'check'; seq: number; text: string }
  | { kind: 'analyze'; seq: number; text: string }
  | { kind: 'variants'; seq: number; text: string; nodeId: string; index: number; replies: string[] };

/** What the loader and lint say about the text, and the graph read from it (layout only when its shape changed). */
export interface CheckResult {
  kind: 'checked';
  seq: number;
  /** Parsed YAML data, or null when the YAML itself does not parse. */
  data: unknown;
  problems: Problem[];
  loads: boolean;
  /** Lint findings by node id (unreachable, dead end, ending never reached). */
  flags: Array<{ nodeId: string; code: string }>;
  model: GraphModel;
  layout: Layout | null;
  /** How long the check took inside the worker, for the bench. */
  ms: number;
}

export interface NodeView {
  reachable: boolean;
  deadEnd: boolean;
  /** Some passing path goes through the node. */
  canPass: boolean;
  best: number | null;
  worst: number | null;
}

export interface ChoiceView {
  best: number | null;
  worst: number | null;
  canPass: boolean;
  /** No path passes after this reply although another reply here could still pass. */
  trap: boolean;
}

/** The analysis as the studio shows it. */
export interface AnalysisView {
  kind: 'analyzed';
  seq: number;
  paths: string;
  passRate: number;
  bestScore: number;
  nodes: Map<string, NodeView>;
  /** By `nodeId/choiceId`. */
  choices: Map<string, ChoiceView>;
  ms: number;
}

export interface VariantFigure {
  reply: string;
  passRate: number | null;
  trap: boolean;
}

export type WorkerResponse =
  | CheckResult
  | AnalysisView
  | { kind: 'not-analyzable'; seq: number }
  | { kind: 'variants'; seq: number; baseline: number | null; figures: VariantFigure[] };
