// "What to say instead" never points to a worse reply (issue 11): a suggested reply breaks no critical rule
// at that turn and leaves a best score at least as good as the reply taken — checked against brute force
// (every complete path graded), on random scenarios and on every bundled scenario small enough to list.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGrader, type Move, type Scenario, type Scorecard } from '../../engine/index.ts';
import { listPaths } from '../analyze/brute-force.ts';
import { bundledScenarios } from '../app/fixtures.ts';
import { randomScenario } from '../support/random-scenario.ts';

const keyOf = (moves: readonly Move[]) => moves.map((m) => (typeof m === 'string' ? m : '~')).join('\u0000');

/** Check every suggestion of every path's scorecard against the brute-force best score of each prefix. */
function checkSuggestions(scenario: Scenario): number {
  const grader = createGrader(scenario);
  const cards: Scorecard[] = [];
  const bestFrom = new Map<string, number>();
  const byPrefix = new Map<string, Scorecard[]>();
  for (const path of listPaths(scenario)) {
    const r = grader.grade(path);
    if (!r.ok) throw new Error('brute force made an invalid path');
    cards.push(r.scorecard);
    for (let i = 1; i <= path.length; i++) {
      const k = keyOf(path.slice(0, i));
      bestFrom.set(k, Math.max(bestFrom.get(k) ?? -1, r.scorecard.score));
      const list = byPrefix.get(k);
      if (list) list.push(r.scorecard);
      else byPrefix.set(k, [r.scorecard]);
    }
  }
  let checked = 0;
  for (const card of cards) {
    for (const v of card.violations) {
      if (!v.instead || v.turn === null) continue;
      checked++;
      const prefix = card.choices.slice(0, v.turn - 1);
      const taken = bestFrom.get(keyOf([...prefix, card.choices[v.turn - 1]!]))!;
      const instead = bestFrom.get(keyOf([...prefix, v.instead.choiceId]));
      expect(instead, `${v.rule}@${v.turn} → ${v.instead.choiceId}`).toBeGreaterThanOrEqual(taken);
      // The suggested reply keeps the rule it is suggested for at that turn on every path through it, and on
      // some path through it breaks no critical rule at that turn (a refusal's alternative may come next).
      const through = byPrefix.get(keyOf([...prefix, v.instead.choiceId])) ?? [];
      for (const other of through) expect(other.violations.filter((x) => x.rule === v.rule && x.turn === v.turn), keyOf(other.choices)).toEqual([]);
      expect(through.some((other) => other.violations.every((x) => !(x.critical && x.turn === v.turn)))).toBe(true);
    }
  }
  return checked;
}

describe('what to say instead', () => {
  it('never points to a worse reply on random scenarios (brute force)', () => {
    fc.assert(fc.property(randomScenario({ maxTurns: 4 }), (s) => void checkSuggestions(s)), { numRuns: 150 });
  });

  it('never points to a worse reply in the bundled scenarios small enough to list', () => {
    let checked = 0;
    for (const { scenario } of bundledScenarios()) if (listPaths(scenario).length <= 400) checked += checkSuggestions(scenario);
    expect(checked).toBeGreaterThan(0);
  }, 120_000);
});
