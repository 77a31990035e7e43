import type { Choice, Ending, FeatureName, Locale, ReplyFeatures, Scenario, ScenarioNode, Severity } from '../types.ts';

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
  /** 1-based turn of the call (a timed-out silence is a turn too): the agent's first reply on a fresh call is turn 1. */
  index: number;
  node: ScenarioNode;
  /** The authored reply taken (for a typed reply: the authored reply the customer took it as). */
  choice: Choice;
  /** What the agent said (a typed reply's own words). */
  text: string;
  /** What the reply said, as the analyzer read it (a typed reply's own reading). */
  features: ReplyFeatures;
  moodBefore: number;
  moodAfter: number;
}

/** How the call ended, as `finish` sees it. */
export interface PathEnd {
  outcome: Ending;
  /** Number of turns in the path. */
  turns: number;
}

/** Values a finding's message is filled with. */
export type FindingParams = Readonly<Record<string, string | number | readonly string[]>>;

/**
 * What a rule says about a reply or a call: data only. The runner stamps the turn, node, choice, quoted
 * words and points on it; the wording lives in the rule's text table under `code`.
 */
export interface RuleFinding {
  /**
   * violation: costs points; credit: earns some back; kept: what the reply did right (no points, the words
   * that kept the rule); note: something worth saying that costs nothing (e.g. no praise for a lively customer).
   */
  kind: FindingKind;
  /** Key of the message in the rule's text table. */
  code: string;
  params?: FindingParams;
  /** Features whose evidence the quote shows; omitted: the whole reply; empty: nothing to quote (something missing). */
  quote?: readonly FeatureName[];
  /** Multiplies the rule's base points (e.g. temperament-match weighing a refusal more). Integer, default 1. */
  factor?: number;
  /** Set when the finding is about the reply before this one (a refusal judged a turn late). */
  previous?: true;
}

/** What a finding is: a violation, a credit, a rule kept, or a note. */
export type FindingKind = 'violation' | 'credit' | 'kept' | 'note';

/** Small, immutable, comparable rule state: it becomes part of the path-analysis DP key. */
export type RuleState = string | number | boolean;

/** What a rule's wording may adapt to: the scenario (its customer's temperament and pronoun, its issue). */
export interface AdviceContext {
  scenario?: Scenario;
}

/** A rule's wording in one UI language: title, advice, and one message per finding code. */
export interface RuleTexts {
  title: string;
  advice: (ctx: AdviceContext) => string;
  messages: Record<string, (params: FindingParams, ctx: AdviceContext) => string>;
}

/** One scoring rule: pure and deterministic; its state is small and comparable; its findings are data. */
export interface Rule<S extends RuleState = RuleState> {
  id: string;
  severity: Severity;
  source: Citation[];
  texts: Record<Locale, RuleTexts>;
  init(scenario: Scenario): S;
  step(state: S, turn: Turn, scenario: Scenario): { state: S; findings: readonly RuleFinding[] };
  finish(state: S, end: PathEnd, scenario: Scenario): readonly RuleFinding[];
}
