import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario } from '../../engine/index.ts';
import { formatProblemLine } from '../../engine/index.ts';
import type { Scenario } from '../../engine/index.ts';

/** A small scenario with a guarded transition, a cycle and all three endings, for the app's unit tests. */
export const SMALL_YAML = `
id: app-small
version: 2
locale: en
title: Small test call
difficulty: 1
persona: { name: Pat, temperament: powerful, mood: 70 }
brief: A short call.
issue: { summary: late parcel, keywords: [late, parcel] }
solvableInCall: true
maxTurns: 4
passScore: 60
start: opening
nodes:
  opening:
    customer: Where is my parcel?
    choices:
      - id: sorry
        reply: I'm sorry your parcel is late; I understand how annoying that is.
        mood: -30
        to: middle
        note: Feelings first.
      - id: but
        reply: It is late, but that is the courier.
        mood: 20
        next:
          - when: { moodAtLeast: 85 }
            to: furious
          - to: middle
  middle:
    customer: So what now?
    choices:
      - id: fix
        reply: I will send a new one today.
        mood: -20
        to: happy
      - id: again
        reply: Could you repeat that?
        mood: 5
        to: middle
  furious:
    customer: Get me your manager!
    end: escalated
  happy:
    customer: Thanks.
    end: resolved
`;

/** Load a scenario from YAML text, failing the test on problems. */
export function load(text: string, file = 'test.yaml'): Scenario {
  const r = loadScenario(text, file);
  if (!r.ok) throw new Error(r.problems.map((p) => `${formatProblemLine(p, 'en')}`).join('\n'));
  return r.value;
}

/** Every bundled scenario that loads, with its file name. */
export function bundledScenarios(): Array<{ file: string; scenario: Scenario }> {
  const dir = join(import.meta.dirname, '../../scenarios');
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .flatMap((file) => {
      const r = loadScenario(readFileSync(join(dir, file), 'utf8'), file);
      return r.ok ? [{ file, scenario: r.value }] : [];
    });
}
