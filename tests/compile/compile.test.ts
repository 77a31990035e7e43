import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { compileScenario, TURN_LIMIT_STATE } from '../../engine/compile/compile-scenario.ts';
import { loadScenario } from '../../engine/load/load-scenario.ts';
import { walkPath } from '../../engine/path/walk.ts';
import type { Scenario } from '../../engine/types.ts';
import { arbScenarioDoc, toYaml } from '../support/random-yaml.ts';

function load(text: string): Scenario {
  const r = loadScenario(text, 'x.yaml');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

function play(scenario: Scenario, choices: string[]) {
  const actor = createActor(compileScenario(scenario)).start();
  for (const c of choices) actor.send({ type: 'CHOOSE', choiceId: c });
  return actor.getSnapshot();
}

const delivery = load(readFileSync('tests/fixtures/valid/mini-delivery.yaml', 'utf8'));

describe('compileScenario', () => {
  it('plays a path to a resolved ending with the mood deltas applied', () => {
    const snap = play(delivery, ['soothe', 'two-options']);
    expect(snap.status).toBe('done');
    expect(snap.value).toBe('thanks');
    expect(snap.context).toMatchObject({ outcome: 'resolved', turn: 2, mood: 10, transcript: ['soothe', 'two-options'] });
  });

  it('takes a guarded transition when the mood after the reply reaches the threshold', () => {
    const snap = play(delivery, ['but']);
    expect(snap.context).toMatchObject({ outcome: 'abandoned', node: 'hangup', mood: 90 });
  });

  it('ignores a reply that the current node does not offer', () => {
    const snap = play(delivery, ['two-options']);
    expect(snap.status).toBe('active');
    expect(snap.context.turn).toBe(0);
  });

  it('ends as abandoned at the turn limit, on the node where the turns ran out', () => {
    const s = { ...delivery, maxTurns: 3, persona: { ...delivery.persona, mood: 0 } };
    const snap = play(s, ['but', 'but', 'but', 'but']);
    expect(snap.value).toBe(TURN_LIMIT_STATE);
    expect(snap.context).toMatchObject({ outcome: 'abandoned', node: 'opening', turn: 3 });
  });

  it('agrees with walkPath on random scenarios and random paths, dead air included', () => {
    fc.assert(
      fc.property(arbScenarioDoc(), fc.array(fc.nat(), { maxLength: 12 }), (doc, picks) => {
        const scenario = load(toYaml(doc));
        const actor = createActor(compileScenario(scenario)).start();
        for (const p of picks) {
          if (actor.getSnapshot().status === 'done') break;
          const node = scenario.nodes[actor.getSnapshot().context.node]!;
          if (p % 5 === 4) actor.send({ type: 'SILENCE' });
          else actor.send({ type: 'CHOOSE', choiceId: node.choices[p % node.choices.length]!.id });
        }
        const snap = actor.getSnapshot();
        const walked = walkPath(scenario, snap.context.transcript);
        if (snap.status === 'done') {
          expect(walked.ok).toBe(true);
          if (walked.ok) {
            expect(walked.path.outcome).toBe(snap.context.outcome);
            expect(walked.path.finalMood).toBe(snap.context.mood);
            expect(walked.path.finalNode).toBe(snap.context.node);
          }
        } else {
          expect(!walked.ok && walked.error.code).toBe('incomplete');
        }
      }),
      { numRuns: 200 },
    );
  });
});
