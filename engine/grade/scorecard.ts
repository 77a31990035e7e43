import type { Ending, Locale, Localized, Move, Severity } from '../types.ts';
import type { PathError } from '../path/walk.ts';
import type { Citation, FindingParams } from '../rules/types.ts';

/** A reply of the same node that would not have broken the rule, offered as "say this instead". */
export interface Instead {
  choiceId: string;
  reply: string;
}

/** A finding about the path: points earned back for something the documents recommend (and, in the same shape, a rule kept or a note). */
export interface ScorecardCredit {
  rule: string;
  /** Points this finding earned (positive) or cost (negative, on a violation). */
  points: number;
  /** 1-based turn, or null for something the whole call lacked. */
  turn: number | null;
  nodeId: string | null;
  choiceId: string | null;
  quote: string;
  /** The finding as data: its message code in the rule's text table, and what fills it. */
  code: string;
  params: FindingParams;
  /** The message in every UI language (filled from the rule's text table). */
  message: Localized;
}

/** One lost set of points: which rule, which turn, which words, and what the documents advise instead. */
export interface ScorecardViolation extends ScorecardCredit {
  severity: Severity;
  /** A violation of a critical rule fails the path whatever its score. */
  critical: boolean;
  advice: Localized;
  source: Citation[];
  /** A reply at that point that keeps this rule, breaks no critical rule and leaves at least as good a call. */
  instead?: Instead;
  /** Set when no reply offered at that point qualifies as `instead` (the advice is then what to aim for). */
  insteadNone?: true;
}

/** How one active rule fared over the path. */
export interface RuleSummary {
  rule: string;
  title: Localized;
  severity: Severity;
  weight: number;
  critical: boolean;
  violations: number;
  credits: number;
  /** Net points (negative for losses). */
  points: number;
}

/** The graded result of one path through a scenario (field names are a public contract). */
export interface Scorecard {
  scenario: { id: string; version: number; title: string; locale: Locale };
  profile: string;
  /** The path: choice ids, and `{silence: true}` / `{typed: …}` moves where the call had them. */
  choices: Move[];
  score: number;
  passScore: number;
  passed: boolean;
  /** Ids of critical rules the path violated (any one fails it). */
  criticalFailures: string[];
  outcome: Ending;
  turns: number;
  finalNode: string;
  finalMood: number;
  /** The customer's anger at the start and after each turn (a timed-out silence is a turn). */
  moodTrace: number[];
  /** Points the violations cost and the credits earned back (score = clamp(100 − lost + earned)). */
  pointsLost: number;
  pointsEarned: number;
  violations: ScorecardViolation[];
  credits: ScorecardCredit[];
  /** What worked: each rule kept, at the turn and with the words that kept it (no points). */
  kept: ScorecardCredit[];
  /** Worth saying, costs nothing (e.g. no praise for a lively customer). */
  notes: ScorecardCredit[];
  summary: RuleSummary[];
}

/** Either a scorecard or why the choice ids are not a path of the scenario. */
export type GradeResult = { ok: true; scorecard: Scorecard } | { ok: false; error: PathError };
