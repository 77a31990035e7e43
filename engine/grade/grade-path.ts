import type { Localized, Move, Scenario } from '../types.ts';
import type { FindingParams } from '../rules/types.ts';
import type { PathError } from '../path/walk.ts';
import { resolveRules, type ActiveRule } from '../rules/run.ts';
import { resolveProfile, type Profile } from '../rules/profiles.ts';
import { findingText, localize, ruleAdvice, ruleTitle } from '../rules/texts.ts';
import { runPath, type PathRun, type RunOptions } from '../run/run-path.ts';
import type { GradeResult } from './scorecard.ts';
import { createSuggester, type Suggester } from './suggest-instead.ts';
import { buildScorecard, type TextCache } from './scorecard-build.ts';
import { readTyped } from '../typed/read-typed.ts';

export { insteadForTurn } from './instead-for-turn.ts';

/** Grades paths of one scenario under one profile, resolving the rules once for a whole batch. */
export interface Grader {
  rules: readonly ActiveRule[];
  profile: Profile;
  grade(moves: readonly Move[]): GradeResult;
}

/**
 * Prepare to grade many paths of a scenario: the profile (given, or the one the scenario names) and its active
 * rules. Typed replies are read by the engine's reader unless another is given, so every caller (CLI, debrief,
 * certification's verify) grades them the same way.
 */
export function createGrader(scenario: Scenario, profile?: Profile, options: Pick<RunOptions, 'readTyped'> = {}): Grader {
  const p = profile ?? resolveProfile(scenario.profile);
  const rules = resolveRules(scenario, p);
  const texts = createTextCache(scenario, rules);
  const suggester = createSuggester(scenario, rules);
  const run: RunOptions = { readTyped: options.readTyped ?? readTyped, profile: p, rules };
  return { rules, profile: p, grade: (moves) => gradeRun(scenario, runPath(scenario, moves, run), moves, texts, suggester) };
}


// Distinct messages in a batch are few (a code and a mood or a cue); past this many the cache starts over.
const MESSAGE_CACHE_LIMIT = 4096;

function createTextCache(scenario: Scenario, rules: readonly ActiveRule[]): TextCache {
  const messages = new Map<string, { params: FindingParams; message: Localized }>();
  return {
    titles: rules.map((a) => localize((l) => ruleTitle(a.rule, l))),
    advice: rules.map((a) => localize((l) => ruleAdvice(a.rule, l, { scenario }))),
    message(f) {
      const key = `${f.ruleIndex}\u0000${f.code}\u0000${JSON.stringify(f.params)}`;
      let m = messages.get(key);
      if (!m) {
        if (messages.size >= MESSAGE_CACHE_LIMIT) messages.clear();
        const rule = rules[f.ruleIndex]!.rule;
        messages.set(key, (m = { params: f.params, message: localize((l) => findingText(rule, f.code, f.params, l, { scenario })) }));
      }
      return m;
    },
  };
}

/** Grade one path (moves from the start: choice ids, silences, typed replies) with the documents' rules; an invalid path comes back as an error. */
export function gradePath(scenario: Scenario, moves: readonly Move[], profile?: Profile, options: Pick<RunOptions, 'readTyped'> = {}): GradeResult {
  return createGrader(scenario, profile, options).grade(moves);
}

/** Turn a finished run into a scorecard, or say why the moves are not a complete path. */
export function gradeRun(
  scenario: Scenario,
  run: PathRun,
  moves: readonly Move[],
  texts: TextCache = createTextCache(scenario, run.rules),
  suggester: Suggester = createSuggester(scenario, run.rules),
): GradeResult {
  if (run.error) return { ok: false, error: run.error };
  const outcome = run.at.outcome;
  if (!outcome) return { ok: false, error: incomplete(run) };
  return { ok: true, scorecard: buildScorecard(scenario, run, moves, outcome, texts, suggester) };
}

function incomplete(run: PathRun): PathError {
  return { code: 'incomplete', turn: run.at.turns + 1, nodeId: run.at.node.id, choiceId: '', available: run.at.node.choices.map((c) => c.id) };
}

