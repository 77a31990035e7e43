import type { Locale, RuleOverride } from '../types.ts';

/** A scenario of an exam, pinned by id, version and the SHA-256 of its canonical content. */
export interface ScenarioPin {
  id: string;
  version: number;
  sha256: string;
  /** Pass mark for this scenario, when the exam sets one (else the scenario's own). */
  passScore?: number;
}

/** A loaded exam file. */
export interface Exam {
  id: string;
  version: number;
  title: string;
  locale: Locale;
  scenarios: ScenarioPin[];
  passScore: number;
  critical: string[];
  rules: Record<string, RuleOverride>;
  profile: string;
  attempts: number;
  replySeconds: number;
  review: boolean;
  /** Candidates may type or speak replies in their own words (absent: choices only). */
  typedReplies?: true;
  /** SHA-256 of the exam's canonical content: records pin it. */
  sha256: string;
}
