import type { Rule, RuleState } from './types.ts';
import { sootheFirst } from './soothe-first.ts';
import { noBut } from './no-but.ts';
import { specificApology } from './specific-apology.ts';
import { offerAlternatives } from './offer-alternatives.ts';
import { listenConfirm } from './listen-confirm.ts';
import { noBlame } from './no-blame.ts';
import { honestCommitment } from './honest-commitment.ts';
import { willingness } from './willingness.ts';
import { temperamentMatch } from './temperament-match.ts';
import { noRefusalAtOpening } from './no-refusal-at-opening.ts';
import { resolveCall } from './resolve-call.ts';

// Each rule is typed by its own state; the catalog holds them behind the common RuleState.
const widen = <S extends RuleState>(r: Rule<S>): Rule => r as unknown as Rule;

/** Every rule of the catalog, in the order scorecards list them. */
export const ALL_RULES: readonly Rule[] = [
  widen(sootheFirst),
  widen(noBut),
  widen(specificApology),
  widen(offerAlternatives),
  widen(listenConfirm),
  widen(noBlame),
  widen(honestCommitment),
  widen(willingness),
  widen(temperamentMatch),
  widen(noRefusalAtOpening),
  widen(resolveCall),
];

/** The ids of every rule, for validating a scenario's `rules:` section (derived, so it cannot drift). */
export const RULE_IDS: readonly string[] = ALL_RULES.map((r) => r.id);
