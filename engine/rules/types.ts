import type { Choice, Ending, Localized, ReplyFeatures, Scenario, ScenarioNode, Severity } from '../types.ts';

/** Where a rule comes from: a seed document and the section in it. */
export interface Citation {
  /** Seed file prefix, e.g. "001". */
  doc: '000' | '001' | '002' | '003';
  /** Document title, as in rules.md. */
  title: string;
  /** Section, e.g. "二.3". */
  section: string;
  /** The words of the document the rule rests on. */
  quote: string;
}

/** What a rule sees at one agent reply. */
export interface Turn {
  /**
   * 1-based: the agent's first reply is turn 1. Branch on it freely; to print it in a finding use
   * labelIndex(turn) (rules/helpers.ts), which the path analysis does not count as depending on the turn.
   */
  index: number;
  node: ScenarioNode;
  choice: Choice;
  features: ReplyFeatures;
  moodBefore: number;
  moodAfter: number;
}

/** How the call ended, as `finish` sees it. */
export interface PathEnd {
  outcome: Ending;
  /** Number of agent replies in the path. */
  turns: number;
}

/** One lost (or earned) point, explained. */
export interface Finding {
  kind: 'violation' | 'credit';
  /** Turn it refers to (1-based), or null for whole-call findings raised at finish. */
  turn: number | null;
  nodeId: string | null;
  choiceId: string | null;
  /** The words of the reply that triggered it ('' when the finding is about something missing). */
  quote: string;
  message: Localized;
  /** Multiplies the rule's base points (e.g. temperament-match weighing a refusal more). Integer, default 1. */
  factor?: number;
}

/** Small, immutable, comparable rule state: it becomes part of the path-analysis DP key. */
export type RuleState = string | number | boolean;

export interface Rule<S extends RuleState = RuleState> {
  id: string;
  severity: Severity;
  title: Localized;
  advice: Localized;
  source: Citation[];
  init(scenario: Scenario): S;
  step(state: S, turn: Turn, scenario: Scenario): { state: S; findings: Finding[] };
  finish(state: S, end: PathEnd, scenario: Scenario): Finding[];
}
