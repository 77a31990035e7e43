// Builds typed Scenario objects from compact descriptions, for tests that need exact control of features.
import type { Choice, Ending, FeatureValues, Guard, Locale, ReplyFeatures, RuleOverride, Scenario, ScenarioNode, Temperament } from '../../engine/index.ts';
import { analyzeReply } from '../../engine/index.ts';
import { moodDeltaFor } from '../../engine/index.ts';

/** Every feature off: the baseline a test switches individual features on from. */
export const NO_FEATURES: FeatureValues = {
  contrast: false,
  apology: 'none',
  empathy: false,
  solution: false,
  alternatives: 0,
  refusal: false,
  paraphrase: false,
  question: false,
  blame: false,
  timeframe: false,
  willingness: false,
  policy: false,
  praise: false,
  guarantee: false,
  concession: false,
};

export interface ChoiceSpec {
  id: string;
  reply?: string;
  /** Exact features (the rest off); omit to run the real analyzer on `reply`. */
  f?: Partial<FeatureValues>;
  /** Authored mood delta; omitted: the mood model's. */
  mood?: number;
  to?: string;
  next?: Array<{ when?: Guard; to: string }>;
}

export interface NodeSpec {
  customer?: string;
  choices?: ChoiceSpec[];
  end?: Ending;
}

export interface ScenarioSpec {
  id?: string;
  locale?: Locale;
  temperament?: Temperament;
  mood?: number;
  solvableInCall?: boolean;
  maxTurns?: number;
  passScore?: number;
  sootheThreshold?: number;
  issue?: { summary: string; keywords: string[] };
  rules?: Record<string, RuleOverride>;
  profile?: string;
  start?: string;
  nodes: Record<string, NodeSpec>;
}

const DEFAULT_ISSUE = { summary: '配送延迟', keywords: ['配送', '延迟', '快递', '包裹'] };

function buildChoice(c: ChoiceSpec, spec: ScenarioSpec, temperament: Temperament): Choice {
  const reply = c.reply ?? c.id;
  const locale = spec.locale ?? 'zh-Hans';
  const detected: ReplyFeatures = c.f ? { ...NO_FEATURES, ...c.f, evidence: [] } : analyzeReply(reply, { locale, issue: spec.issue ?? DEFAULT_ISSUE });
  const next = c.next ?? [{ to: c.to ?? 'end' }];
  const choice: Choice = { id: c.id, reply, moodDelta: c.mood ?? moodDeltaFor(detected, temperament), next, features: detected, detected };
  if (c.mood !== undefined) choice.mood = c.mood;
  return choice;
}

/** Build a typed scenario from a compact description: features given exactly, or found by the real analyzer. */
export function makeScenario(spec: ScenarioSpec): Scenario {
  const temperament = spec.temperament ?? 'lively';
  const nodes: Record<string, ScenarioNode> = {};
  for (const [id, n] of Object.entries(spec.nodes)) {
    const node: ScenarioNode = { id, customer: n.customer ?? `(${id})`, choices: (n.choices ?? []).map((c) => buildChoice(c, spec, temperament)) };
    if (n.end) node.end = n.end;
    nodes[id] = node;
  }
  const scenario: Scenario = {
    id: spec.id ?? 'test',
    version: 1,
    locale: spec.locale ?? 'zh-Hans',
    title: 'test',
    difficulty: 1,
    persona: { name: 'X', temperament, mood: spec.mood ?? 80 },
    brief: '',
    issue: spec.issue ?? DEFAULT_ISSUE,
    solvableInCall: spec.solvableInCall ?? true,
    maxTurns: spec.maxTurns ?? 20,
    passScore: spec.passScore ?? 70,
    sootheThreshold: spec.sootheThreshold ?? 60,
    start: spec.start ?? Object.keys(spec.nodes)[0]!,
    nodes,
    nodeOrder: Object.keys(spec.nodes),
    rules: spec.rules ?? {},
  };
  if (spec.profile !== undefined) scenario.profile = spec.profile;
  return scenario;
}

/**
 * A straight call: one node per reply, each offering that reply (plus the optional decoys), ending with
 * `ending` after the last one. The path through it is `replies.map(r => r.id)`.
 */
export function chainScenario(
  replies: ChoiceSpec[],
  opts: Omit<ScenarioSpec, 'nodes' | 'start'> & { ending?: Ending; decoys?: ChoiceSpec[][] } = {},
): Scenario {
  const nodes: Record<string, NodeSpec> = {};
  replies.forEach((r, i) => {
    const to = i + 1 < replies.length ? `n${i + 2}` : 'end';
    const decoys = (opts.decoys?.[i] ?? []).map((d) => ({ ...d, to: d.to ?? to }));
    nodes[`n${i + 1}`] = { choices: [{ ...r, to }, ...decoys] };
  });
  nodes['end'] = { end: opts.ending ?? 'resolved' };
  return makeScenario({ ...opts, nodes, start: 'n1' });
}

/** The choice ids of a chain scenario's path. */
export function idsOf(replies: ChoiceSpec[]): string[] {
  return replies.map((r) => r.id);
}
