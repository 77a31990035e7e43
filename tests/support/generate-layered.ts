// Generates large layered scenarios for benchmarks: `width` nodes per layer, `layers` layers, `choices`
// replies per node drawn from a bank of reply archetypes (features given exactly, as a trainer's `tags`
// would), with back-edges (the customer repeats the complaint), mood guards that escalate a furious
// customer, and three kinds of ending. Deterministic for a given seed.
import type { Choice, Ending, FeatureValues, Scenario, ScenarioNode, Transition } from '../../engine/index.ts';
import { createRand } from './rand.ts';

export interface LayeredOptions {
  width: number;
  layers: number;
  choices: number;
  seed?: number;
  /** Share of replies that lead back one layer while the customer is still angry (default 0.3). */
  backEdges?: number;
  /** Share of replies that lead back one layer whatever the mood (default 0.02). */
  freeBackEdges?: number;
  /** Share of replies with an escalation guard (default 0.3). */
  guards?: number;
  /** maxTurns = layers + extraTurns (default 4). */
  extraTurns?: number;
}

const OFF: FeatureValues = {
  contrast: false, apology: 'none', empathy: false, solution: false, alternatives: 0, refusal: false,
  paraphrase: false, question: false, blame: false, timeframe: false, willingness: false, policy: false, praise: false, guarantee: false, concession: false,
};

interface Archetype {
  reply: string;
  mood: number;
  f: Partial<FeatureValues>;
}

// Replies of every kind the rules care about, good and bad, in the proportions a real script might have.
const BANK: Archetype[] = [
  { reply: '王先生，非常抱歉，包裹晚了这么多天还没送到，换作是我也会着急。', mood: -15, f: { empathy: true, apology: 'specific' } },
  { reply: '能具体说说发生了什么吗？', mood: -5, f: { question: true } },
  { reply: '您的意思是包裹一直停在中转站，对吗？', mood: -5, f: { paraphrase: true } },
  { reply: '请您放心，我一定会尽力帮您解决这个问题。', mood: -10, f: { willingness: true, empathy: true } },
  { reply: '可以为您马上重新发货，也可以全额退款，您看哪种方便？', mood: -15, f: { solution: true, alternatives: 2 } },
  { reply: '我帮您催一下物流。', mood: -5, f: { solution: true } },
  { reply: '按规定，这种情况不能退款。', mood: 15, f: { refusal: true, policy: true } },
  { reply: '退款暂时不行，不过可以先给您补发一件。', mood: 0, f: { refusal: true, solution: true, alternatives: 1, contrast: true } },
  { reply: '我理解您的心情，但是物流高峰期我们也没办法。', mood: 5, f: { empathy: true, contrast: true } },
  { reply: '如果让您不开心，我们很抱歉。', mood: -5, f: { apology: 'vague' } },
  { reply: '我已经提交加急处理，预计在24小时内给您回复。', mood: -10, f: { solution: true, timeframe: true } },
  { reply: '根据公司规定，需要先核实订单信息。', mood: 5, f: { policy: true } },
  { reply: '这是您地址填错了，不归我们管。', mood: 20, f: { blame: true } },
];

const nodeId = (layer: number, k: number) => `l${layer}n${k}`;
const ENDS: Record<Ending, string> = { resolved: 'end-resolved', escalated: 'end-escalated', abandoned: 'end-abandoned' };

function makeChoice(rand: () => number, o: Required<LayeredOptions>, layer: number, index: number): Choice {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const somewhere = (l: number) => nodeId(l, Math.floor(rand() * o.width));
  // Blame is a critical violation; keep it rare so that many paths can still pass.
  let a = pick(BANK);
  if (a.f.blame && rand() < 0.7) a = BANK[0]!;
  const moodDelta = a.mood + pick([-5, 0, 0, 5]);
  const last = layer === o.layers - 1;
  const forward = last ? (rand() < 0.8 ? ENDS.resolved : ENDS.abandoned) : somewhere(layer + 1);
  const next: Transition[] = [];
  // As trainers write them: a customer still furious escalates, one still angry repeats the complaint
  // (back one layer); a few replies lead back whatever the mood.
  if (rand() < o.guards) next.push({ when: { moodAtLeast: pick([90, 95]) }, to: ENDS.escalated });
  if (layer > 0 && rand() < o.backEdges) next.push({ when: { moodAtLeast: pick([70, 80]) }, to: somewhere(layer - 1) });
  else if (rand() < o.guards / 3) next.push({ when: { moodBelow: pick([20, 30]) }, to: last ? ENDS.resolved : somewhere(layer + 1) });
  const free = layer > 0 && !last && rand() < o.freeBackEdges;
  next.push({ to: free ? somewhere(layer - 1) : forward });
  const features = { ...OFF, ...a.f, evidence: [] };
  return { id: `r${index}`, reply: a.reply, mood: moodDelta, moodDelta, next, features, detected: features };
}

/** Generate a layered scenario with back-edges, mood guards and varied replies. */
export function generateLayered(opts: LayeredOptions): Scenario {
  const o: Required<LayeredOptions> = { seed: 1, backEdges: 0.3, freeBackEdges: 0.02, guards: 0.3, extraTurns: 4, ...opts };
  const rand = createRand(o.seed * 7919 + o.width * 31 + o.layers * 17 + o.choices);
  const nodes: Record<string, ScenarioNode> = {};
  const order: string[] = [];
  for (let layer = 0; layer < o.layers; layer++) {
    for (let k = 0; k < o.width; k++) {
      const id = nodeId(layer, k);
      const choices = Array.from({ length: o.choices }, (_, i) => makeChoice(rand, o, layer, i));
      nodes[id] = { id, customer: `（第 ${layer + 1} 轮，客户 ${k + 1}）你们到底什么时候给我解决？`, choices };
      order.push(id);
    }
  }
  for (const [end, id] of Object.entries(ENDS) as Array<[Ending, string]>) {
    nodes[id] = { id, customer: end === 'resolved' ? '行，那就这么办吧。' : '算了，我要投诉你们！', choices: [], end };
    order.push(id);
  }
  return {
    id: `layered-${o.width}x${o.layers}x${o.choices}`, version: 1, locale: 'zh-Hans', title: 'Generated layered scenario', difficulty: 3,
    persona: { name: '王先生', temperament: 'powerful', mood: 85 }, brief: '', issue: { summary: '配送延迟', keywords: ['配送', '延迟', '快递', '包裹'] },
    solvableInCall: false, maxTurns: o.layers + o.extraTurns, passScore: 70, sootheThreshold: 60,
    start: nodeId(0, 0), nodes, nodeOrder: order, rules: {},
  };
}
