import { formatPathError } from '../../engine/index.ts';
// Snapshot scorecards of fixed paths through every bundled scenario: always the first reply, and always
// the last. Snapshots are keyed by id@version, so an edited scenario (which must bump its version) gets
// a fresh snapshot instead of silently matching an old one: after adding or editing a scenario, review and
// record with `npx vitest run tests/grade/bundled.test.ts -u`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../engine/index.ts';
import { gradePath } from '../../engine/index.ts';
import { formatScorecard } from '../../engine/index.ts';
import { clampMood, endingAt, resolveTarget } from '../../engine/index.ts';
import type { Scenario } from '../../engine/index.ts';

const DIR = join(process.cwd(), 'scenarios');
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort();

/** The path that always takes the reply at `pick` (0: first, -1: last) until the call ends. */
function fixedPath(s: Scenario, pick: 0 | -1): string[] {
  let node = s.nodes[s.start]!;
  let mood = s.persona.mood;
  const ids: string[] = [];
  while (!endingAt(s, node, ids.length)) {
    const c = node.choices.at(pick)!;
    mood = clampMood(mood + c.moodDelta);
    ids.push(c.id);
    node = s.nodes[resolveTarget(c, mood)]!;
  }
  return ids;
}

describe.each(files)('bundled scenario %s', (file) => {
  const loaded = loadScenario(readFileSync(join(DIR, file), 'utf8'), file);
  it('loads', () => expect(loaded.ok).toBe(true));
  if (!loaded.ok) return;
  const s = loaded.value;
  for (const [name, pick] of [['first replies', 0], ['last replies', -1]] as const) {
    it(`grades the path of ${name}`, () => {
      const res = gradePath(s, fixedPath(s, pick));
      if (!res.ok) throw new Error(formatPathError(res.error, 'en'));
      const c = res.scorecard;
      expect({
        path: c.choices.join(' → '),
        verdict: `${c.score}/${c.passScore} ${c.passed ? 'passed' : 'failed'} ${c.outcome}`,
        mood: c.moodTrace.join(' → '),
        violations: c.violations.map((v) => `${v.turn ?? 'call'} ${v.rule} ${v.points} ${v.choiceId ?? ''} «${v.quote}»${v.instead ? ` → ${v.instead.choiceId}` : ''}`),
        credits: c.credits.map((x) => `${x.turn ?? 'call'} ${x.rule} +${x.points}`),
      }).toMatchSnapshot(`${s.id}@${s.version} ${name}`);
      expect(formatScorecard(c, s.locale)).toContain(s.title);
    });
  }
});
