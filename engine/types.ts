// The typed values that flow through the engine once a scenario file has been parsed at the edge.

import type { ProblemCode, ProblemParams } from './problem-codes.ts';

export type { ProblemCode, ProblemParams } from './problem-codes.ts';

export const LOCALES = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const TEMPERAMENTS = ['lively', 'peaceful', 'powerful', 'perfect'] as const;
export type Temperament = (typeof TEMPERAMENTS)[number];

/** How feedback refers to the customer. */
export const PRONOUNS = ['he', 'she', 'they'] as const;
export type Pronoun = (typeof PRONOUNS)[number];

export const ENDINGS = ['resolved', 'escalated', 'abandoned'] as const;
export type Ending = (typeof ENDINGS)[number];

export const SEVERITIES = ['critical', 'major', 'minor'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A text in each UI language. */
export type Localized = Record<Locale, string>;

export type ApologyKind = 'none' | 'vague' | 'specific';

/** The features the text analyzer finds in one agent reply (names are a public contract). */
export interface FeatureValues {
  contrast: boolean;
  apology: ApologyKind;
  empathy: boolean;
  solution: boolean;
  alternatives: number;
  refusal: boolean;
  paraphrase: boolean;
  question: boolean;
  blame: boolean;
  timeframe: boolean;
  /** States the will to solve the problem (「我一定会尽力帮您解决」); used by `willingness`. */
  willingness: boolean;
  /** Explains a policy or the reasons behind a decision; `soothe-first` treats it like a solution. */
  policy: boolean;
  /** Compliments the customer or keeps it light in a friendly way (「您真细心」, "great catch"). */
  praise: boolean;
  /** Promises as certain an outcome the agent does not control (「这次肯定没问题」, "I guarantee it"). */
  guarantee: boolean;
  /** Grants an exception beyond the rule, or gives in after holding to it (「这次给您破例」). */
  concession: boolean;
}

/** Every feature name, in the order the analyzer reports them. */
export const FEATURE_NAMES = [
  'contrast', 'apology', 'empathy', 'solution', 'alternatives', 'refusal', 'paraphrase', 'question', 'blame', 'timeframe',
  'willingness', 'policy', 'praise', 'guarantee', 'concession',
] as const satisfies readonly (keyof FeatureValues)[];

export type FeatureName = keyof FeatureValues;

/** Where in the reply text a feature was found: a half-open character span and the cue matched. */
export interface Evidence {
  feature: FeatureName;
  start: number;
  end: number;
  cue: string;
}

export interface ReplyFeatures extends FeatureValues {
  evidence: Evidence[];
}

export type Guard = { moodAtLeast: number } | { moodBelow: number };

export interface Transition {
  when?: Guard;
  to: string;
}

/** One agent reply as authored, plus what the engine derived from it when loading. */
export interface Choice {
  id: string;
  reply: string;
  /** The authored mood delta, when the file gives one. */
  mood?: number;
  /** The delta actually applied: the authored one, or the mood model's. */
  moodDelta: number;
  /** Normalised transitions: `to: x` becomes `[{to: x}]`; the last entry never has `when`. */
  next: Transition[];
  note?: string;
  tags?: Partial<FeatureValues>;
  /** Analyzer output with `tags` overrides applied. */
  features: ReplyFeatures;
  /** Analyzer output before overrides, kept for lint and for highlighting words. */
  detected: ReplyFeatures;
}

export interface ScenarioNode {
  id: string;
  customer: string;
  /** Empty for an ending node. */
  choices: Choice[];
  end?: Ending;
  /** The agent must pick one of the replies here: no typed or spoken reply (`choicesOnly: true`). */
  choicesOnly?: boolean;
  /** Where a typed reply goes when it reads like none of the replies (`fallback:`); absent: it is taken as the closest one. */
  fallback?: string;
}

export interface Persona {
  name: string;
  temperament: Temperament;
  mood: number;
  /** How feedback refers to the customer (absent: they / 他). */
  pronoun?: Pronoun;
}

/** Something the agent can commit to on the call (`offers:`), named by the words a reply committing to it would use. */
export interface Offer {
  summary: string;
  keywords: string[];
}

export interface IssueSpec {
  summary: string;
  keywords: string[];
}

/** Per-rule overrides a scenario or an exam may set. */
export interface RuleOverride {
  weight?: number;
  disabled?: boolean;
  critical?: boolean;
}

export interface Scenario {
  id: string;
  version: number;
  locale: Locale;
  title: string;
  difficulty: 1 | 2 | 3;
  persona: Persona;
  brief: string;
  issue: IssueSpec;
  solvableInCall: boolean;
  /** What the agent can commit to (`offers:`); absent: the scenario does not say, and no commitment is judged against it. */
  offers?: Offer[];
  maxTurns: number;
  passScore: number;
  /** Mood at or above which the customer still counts as upset (soothe-first); default 60. */
  sootheThreshold: number;
  start: string;
  /** Nodes in file order. */
  nodes: Record<string, ScenarioNode>;
  nodeOrder: string[];
  /** Rule overrides from the file's `rules:` section, by rule id. */
  rules: Record<string, RuleOverride>;
  /** The rule profile the file asks for (`profile:`), if any. */
  profile?: string;
  /** Opted in to timed-out silences as moves the analysis counts (`deadAir:`); `mood` is the anger one adds. */
  deadAir?: { mood: number };
}

/** A problem of one code, with that code's parameters, located in a file. */
export interface ProblemOf<C extends ProblemCode> {
  code: C;
  severity: 'error' | 'warning';
  /** What the wording needs (names, numbers, suggestions); words come from `formatProblem(problem, lang)`. */
  params: ProblemParams[C];
  file: string;
  line: number;
  column: number;
}

/** A located problem with a scenario file: returned as data, never thrown; a union over every code. */
export type Problem = { [C in ProblemCode]: ProblemOf<C> }[ProblemCode];

/** A result that is either a value or the problems that prevented it. */
export type Result<T> = { ok: true; value: T; warnings: Problem[] } | { ok: false; problems: Problem[] };

/**
 * One move of the agent in a call: a reply chosen by its choice id, a timed-out silence (dead air), or
 * a reply typed in the agent's own words. A path of only choice ids is the plain form every file supports.
 */
export type Move = string | { silence: true } | { typed: string };

/** Why a typed reply is not read: the problems the reader reports, worded per locale in engine/typed. */
export const TYPED_PROBLEMS = ['empty', 'too-long', 'markup', 'no-words', 'wrong-language', 'choices-only'] as const;
export type TypedProblem = (typeof TYPED_PROBLEMS)[number];
