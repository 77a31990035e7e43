// A fast-check arbitrary of typed Scenario objects for property tests of anything that walks paths:
// cycles, mood guards, mood clamping (large deltas, start moods at 0 and 100), maxTurns cut-offs,
// endings of every kind (including a start node that is already an ending), rule overrides
// (weights, disabled and critical rules), every temperament and both solvableInCall values.
import fc from 'fast-check';
import type { ApologyKind, Choice, Ending, FeatureValues, Guard, RuleOverride, Scenario, ScenarioNode, Temperament, Transition } from '../../engine/index.ts';
import { ENDINGS, TEMPERAMENTS } from '../../engine/index.ts';
import { RULE_IDS } from '../../engine/index.ts';

export interface RandomScenarioOptions {
  /** Most non-ending nodes (default 5). */
  maxNodes?: number;
  /** Most choices per node (default 3). */
  maxChoices?: number;
  /** Highest maxTurns (default 5). Paths number at most maxChoices^maxTurns. */
  maxTurns?: number;
}

// Each feature is on about a quarter of the time, so a fair share of paths pass.
const some = fc.nat({ max: 3 }).map((n) => n === 0);

const featuresArb: fc.Arbitrary<FeatureValues> = fc.record({
  contrast: some,
  apology: fc.constantFrom<ApologyKind>('none', 'none', 'vague', 'specific'),
  empathy: some,
  solution: some,
  alternatives: fc.constantFrom(0, 0, 1, 2, 3),
  refusal: some,
  paraphrase: some,
  question: some,
  blame: fc.nat({ max: 7 }).map((n) => n === 0),
  timeframe: some,
  willingness: some,
  policy: some,
  praise: some,
  guarantee: some,
  concession: some,
});

// Thresholds near the ends and the middle, so guards both hold and fail after clamping.
const guardArb: fc.Arbitrary<Guard> = fc.oneof(
  fc.record({ moodAtLeast: fc.constantFrom(0, 1, 30, 50, 60, 80, 100) }),
  fc.record({ moodBelow: fc.constantFrom(1, 30, 50, 60, 80, 100) }),
);

const overrideArb: fc.Arbitrary<RuleOverride> = fc.record(
  { weight: fc.integer({ min: 1, max: 3 }), disabled: fc.boolean(), critical: fc.nat({ max: 3 }).map((n) => n === 0) },
  { requiredKeys: [] },
);

interface ChoiceShape {
  features: FeatureValues;
  mood: number;
  guards: Guard[];
  targets: number[];
  contrastCues: number;
}

function choiceArb(nodeCount: number): fc.Arbitrary<ChoiceShape> {
  return fc.record({
    features: featuresArb,
    mood: fc.oneof(fc.integer({ min: -40, max: 40 }), fc.constantFrom(-100, 100, 0)),
    guards: fc.array(guardArb, { maxLength: 2 }),
    targets: fc.array(fc.nat({ max: nodeCount - 1 }), { minLength: 3, maxLength: 3 }),
    contrastCues: fc.integer({ min: 1, max: 2 }),
  });
}

function buildChoice(shape: ChoiceShape, index: number, nodeIds: string[]): Choice {
  const next: Transition[] = shape.guards.map((when, i) => ({ when, to: nodeIds[shape.targets[i]!]! }));
  next.push({ to: nodeIds[shape.targets[2]!]! });
  // Contrast evidence: no-but counts each cue, so some replies carry two.
  const cues = shape.features.contrast ? Array.from({ length: shape.contrastCues }, (_, i) => ({ feature: 'contrast' as const, start: i, end: i + 1, cue: i ? '不过' : '但是' })) : [];
  const features = { ...shape.features, evidence: cues };
  return { id: `c${index}`, reply: `reply ${index}`, mood: shape.mood, moodDelta: shape.mood, next, features, detected: features };
}

/** Random typed scenarios small enough to enumerate every path by brute force. */
export function randomScenario(opts: RandomScenarioOptions = {}): fc.Arbitrary<Scenario> {
  const maxNodes = opts.maxNodes ?? 5;
  const maxChoices = opts.maxChoices ?? 3;
  return fc
    .record({ talk: fc.integer({ min: 1, max: maxNodes }), endings: fc.array(fc.constantFrom<Ending>(...ENDINGS), { minLength: 0, maxLength: 3 }) })
    .chain(({ talk, endings }) => {
      const count = talk + endings.length;
      return fc.record({
        talk: fc.constant(talk),
        endings: fc.constant(endings),
        choices: fc.array(fc.array(choiceArb(count), { minLength: 1, maxLength: maxChoices }), { minLength: talk, maxLength: talk }),
        start: fc.oneof({ weight: 9, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat({ max: count - 1 }) }),
        mood: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(0, 100)),
        temperament: fc.constantFrom<Temperament>(...TEMPERAMENTS),
        solvableInCall: fc.boolean(),
        maxTurns: fc.integer({ min: 1, max: opts.maxTurns ?? 5 }),
        passScore: fc.oneof(fc.integer({ min: 40, max: 100 }), fc.constantFrom(0, 100, 101)),
        sootheThreshold: fc.constantFrom(40, 60, 80),
        rules: fc.dictionary(fc.constantFrom(...RULE_IDS), overrideArb, { maxKeys: 2 }),
      });
    })
    .map((r) => {
      const nodeIds = [...r.choices.map((_, i) => `n${i}`), ...r.endings.map((e, i) => `${e}${i}`)];
      const nodes: Record<string, ScenarioNode> = {};
      r.choices.forEach((shapes, i) => {
        nodes[nodeIds[i]!] = { id: nodeIds[i]!, customer: `customer ${i}`, choices: shapes.map((s, k) => buildChoice(s, k, nodeIds)) };
      });
      r.endings.forEach((end, i) => {
        const id = nodeIds[r.talk + i]!;
        nodes[id] = { id, customer: `bye ${i}`, choices: [], end };
      });
      const scenario: Scenario = {
        id: 'random', version: 1, locale: 'zh-Hans', title: 'random', difficulty: 2,
        persona: { name: 'X', temperament: r.temperament, mood: r.mood },
        brief: '', issue: { summary: '配送延迟', keywords: ['配送', '延迟'] },
        solvableInCall: r.solvableInCall, maxTurns: r.maxTurns, passScore: r.passScore,
        sootheThreshold: r.sootheThreshold, start: nodeIds[r.start]!, nodes, nodeOrder: nodeIds, rules: r.rules,
      };
      return scenario;
    });
}
