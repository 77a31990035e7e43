import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { compileScenario, TURN_LIMIT_STATE } from '../../engine/index.ts';
import { loadScenario } from '../../engine/index.ts';
import { FALLBACK_CHOICE_ID, isTypedRefusal, walkPath } from '../../engine/index.ts';
import { readTyped } from '../../engine/index.ts';
import type { Scenario } from '../../engine/index.ts';
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

  it('takes a typed reply along the reply it was read as, with its own mood change, or to the fallback', () => {
    const doc = load(toYaml(typedDoc({})));
    const actor = createActor(compileScenario(doc)).start();
    actor.send({ type: 'TYPED', text: 'hello', choiceId: 'c0', moodDelta: -7 });
    expect(actor.getSnapshot().context).toMatchObject({ mood: 43, turn: 1, node: 'won', outcome: 'resolved', transcript: [{ typed: 'hello' }] });
    const withFallback = load(toYaml(typedDoc({ fallback: 'lost' })));
    const b = createActor(compileScenario(withFallback)).start();
    b.send({ type: 'TYPED', text: 'hm', choiceId: FALLBACK_CHOICE_ID, moodDelta: 3 });
    expect(b.getSnapshot().context).toMatchObject({ mood: 53, node: 'lost', outcome: 'escalated' });
    const noFallback = createActor(compileScenario(doc)).start();
    noFallback.send({ type: 'TYPED', text: 'hm', choiceId: FALLBACK_CHOICE_ID, moodDelta: 3 });
    expect(noFallback.getSnapshot().context.turn).toBe(0);
  });

  it('agrees with walkPath on random scenarios and random typed, chosen and silent moves', () => {
    const pool = [
      "I'm so sorry your order is late, I'd be upset too.", 'You should have read the terms.', 'No, we cannot do that.',
      'Could you tell me your order number?', 'I will send a new one today or refund you, which do you prefer?', 'The weather is nice.',
      'reply 0 at n0', '', '<b>hi</b>', '非常抱歉',
    ];
    fc.assert(
      fc.property(arbScenarioDoc(), fc.array(fc.nat(), { minLength: 8, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 12 }), (doc, marks, picks) => {
        const scenario = load(toYaml(markNodes(doc, marks)));
        const actor = createActor(compileScenario(scenario)).start();
        for (const p of picks) {
          if (actor.getSnapshot().status === 'done') break;
          const node = scenario.nodes[actor.getSnapshot().context.node]!;
          if (p % 5 === 4) actor.send({ type: 'SILENCE' });
          else if (p % 5 >= 2) {
            const text = pool[p % pool.length]!;
            const reading = readTyped(text, node, scenario);
            if (!reading || isTypedRefusal(reading)) continue;
            actor.send({ type: 'TYPED', text, choiceId: reading.choice.id, moodDelta: reading.moodDelta });
          } else actor.send({ type: 'CHOOSE', choiceId: node.choices[p % node.choices.length]!.id });
        }
        const snap = actor.getSnapshot();
        const walked = walkPath(scenario, snap.context.transcript, readTyped);
        if (snap.status === 'done') {
          expect(walked.ok).toBe(true);
          if (walked.ok) {
            expect(walked.path.outcome).toBe(snap.context.outcome);
            expect(walked.path.finalMood).toBe(snap.context.mood);
            expect(walked.path.finalNode).toBe(snap.context.node);
          }
        } else {
          expect(!walked.ok && walked.error).toMatchObject({ code: 'incomplete', nodeId: snap.context.node });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('does not move on a typed reply at a choices-only node', () => {
    const scenario = load(toYaml(typedDoc({ choicesOnly: true })));
    const actor = createActor(compileScenario(scenario)).start();
    actor.send({ type: 'TYPED', text: 'hello', choiceId: 'c0', moodDelta: 0 });
    expect(actor.getSnapshot().context.turn).toBe(0);
  });
});

// A random scenario with some nodes given a fallback (to a random node) and some marked choices-only.
function markNodes<D extends { nodes: unknown }>(doc: D, marks: number[]): D {
  const nodes = doc.nodes as Record<string, Record<string, unknown>>;
  const ids = Object.keys(nodes);
  Object.entries(nodes).forEach(([, node], i) => {
    if (!node.choices) return;
    const m = marks[i % marks.length]!;
    if (m % 3 === 1) node.fallback = ids[m % ids.length];
    else if (m % 3 === 2) node.choicesOnly = true;
  });
  return doc;
}

function typedDoc(opts: { choicesOnly?: boolean; fallback?: string }) {
  return {
    id: 'typed-machine', version: 1, locale: 'en', title: 'T', difficulty: 1, persona: { name: 'R', temperament: 'powerful', mood: 50 },
    brief: 'b', issue: { summary: 'late', keywords: ['late'] }, solvableInCall: true, maxTurns: 4, passScore: 70, start: 'n0',
    nodes: {
      n0: { customer: 'hi', ...opts, choices: [{ id: 'c0', reply: 'reply', mood: 5, to: 'won' }] },
      won: { customer: 'thanks', end: 'resolved' },
      lost: { customer: 'manager!', end: 'escalated' },
    } as Record<string, unknown>,
  };
}
