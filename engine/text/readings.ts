// What the analyzer reads in each reply of a scenario, and the readings it is unsure of, so a trainer
// can confirm them or settle them with `tags:` (issue 11, deliverable 4). Unsure means one of:
// - near-miss: a cue of a feature is in the text but its construction made the analyzer set it aside
//   (negated, supposed, asked, the customer's own words, a remedy word that is not offered…);
// - conflict: two readings that rarely belong together hold in one reply (empathy and blame, a
//   remedy and a refusal in the same clause, a guarantee inside a statement of willingness);
// - keyword-elsewhere: a vague apology while the problem is named elsewhere in the reply.
import type { Evidence, FeatureName, IssueSpec, Locale, ReplyFeatures, Scenario } from '../types.ts';
import { buildContext, type TextContext } from './context.ts';
import { ACTION_EN } from './lexicon-action.ts';
import { BLAME_EN_ALL, BLAME_ZH, POLICY_EN, POLICY_ZH } from './lexicon-blame.ts';
import { EN } from './lexicon-en.ts';
import { STANCE_EN, STANCE_ZH } from './lexicon-stance.ts';
import { ZH } from './lexicon-zh.ts';
import { compilePair, scanBoth, type CuePair, type Hit } from './scan.ts';
import { spanAt, spanIndexAt } from './segment.ts';

export const DOUBT_CODES = ['near-miss', 'conflict', 'keyword-elsewhere'] as const;
export type DoubtCode = (typeof DOUBT_CODES)[number];

/** A reading the analyzer is unsure of: which feature, why, and the words that raised the doubt. */
export interface Doubt {
  feature: FeatureName;
  code: DoubtCode;
  start: number;
  end: number;
  cue: string;
  /** For a conflict: the feature it conflicts with. */
  other?: FeatureName;
}

/** One reply of a scenario as the analyzer reads it. */
export interface ReplyReading {
  nodeId: string;
  choiceId: string;
  reply: string;
  /** The analyzer's reading before `tags:` overrides, with its evidence. */
  detected: ReplyFeatures;
  /** The file's overrides, when it has any. */
  tags?: Scenario['nodes'][string]['choices'][number]['tags'];
  doubts: Doubt[];
}

// Every cue of a feature before its construction is judged: a hit here that left no evidence is a near miss.
const RAW: ReadonlyArray<[FeatureName, CuePair]> = [
  ['contrast', compilePair(ZH.contrast, EN.contrast)],
  ['empathy', compilePair(ZH.empathy, EN.empathy)],
  ['solution', compilePair(ZH.solution, [...EN.solution, `(?:${ACTION_EN.leads.join('|')})${ACTION_EN.verbs}`, ...ACTION_EN.action])],
  ['refusal', compilePair([...ZH.refusal, ...ZH.refusalMore, ...ZH.disown], [...EN.refusal, ...EN.refusalMore, ...EN.disown])],
  ['paraphrase', compilePair(ZH.paraphraseStrong, EN.paraphraseStrong)],
  ['blame', compilePair([...ZH.blame, ...ZH.disown, ...BLAME_ZH], [...EN.blame, ...EN.disown, ...BLAME_EN_ALL])],
  ['timeframe', compilePair(ZH.timeframe, EN.timeframe)],
  ['willingness', compilePair(ZH.willingness, EN.willingness)],
  ['policy', compilePair([...ZH.policy, ...POLICY_ZH], [...EN.policy, ...POLICY_EN])],
  ['praise', compilePair(STANCE_ZH.praise, STANCE_EN.praise)],
  ['guarantee', compilePair(STANCE_ZH.guarantee, STANCE_EN.guarantee)],
  ['concession', compilePair(STANCE_ZH.concession, STANCE_EN.concession)],
];

// Readings that rarely hold together; the second feature's evidence is reported.
const CONFLICTS: ReadonlyArray<[FeatureName, FeatureName, 'reply' | 'clause']> = [
  ['empathy', 'blame', 'reply'],
  ['praise', 'blame', 'reply'],
  ['refusal', 'solution', 'clause'],
  ['refusal', 'concession', 'clause'],
  ['willingness', 'guarantee', 'clause'],
];

function doubtAt(ctx: TextContext, feature: FeatureName, code: DoubtCode, h: Hit, other?: FeatureName): Doubt {
  return { feature, code, start: h.start, end: h.end, cue: ctx.raw.slice(h.start, h.end), ...(other ? { other } : {}) };
}

function isOn(f: ReplyFeatures, name: FeatureName): boolean {
  const v = f[name];
  return v === true || (typeof v === 'number' && v >= 2) || v === 'vague' || v === 'specific';
}

function nearMisses(ctx: TextContext, f: ReplyFeatures): Doubt[] {
  const out: Doubt[] = [];
  for (const [name, pair] of RAW) {
    if (isOn(f, name)) continue;
    const hit = scanBoth(ctx, pair)[0];
    if (hit) out.push(doubtAt(ctx, name, 'near-miss', hit));
  }
  return out;
}

function conflicts(ctx: TextContext, f: ReplyFeatures): Doubt[] {
  const out: Doubt[] = [];
  const byFeature = (n: FeatureName): Evidence[] => f.evidence.filter((e) => e.feature === n);
  for (const [a, b, scope] of CONFLICTS) {
    if (!isOn(f, a) || !isOn(f, b)) continue;
    const clash = byFeature(b).find((eb) => scope === 'reply' || byFeature(a).some((ea) => spanAt(ctx.clauses, ea.start) === spanAt(ctx.clauses, eb.start)));
    if (clash) out.push(doubtAt(ctx, b, 'conflict', clash, a));
  }
  return out;
}

function keywordElsewhere(ctx: TextContext, f: ReplyFeatures): Doubt[] {
  if (f.apology !== 'vague' || !ctx.issueHits || ctx.issueHits.length === 0) return [];
  const cues = f.evidence.filter((e) => e.feature === 'apology').map((e) => spanIndexAt(ctx.sentences, e.start));
  const key = ctx.issueHits.find((k) => !cues.includes(spanIndexAt(ctx.sentences, k.start)));
  return key ? [doubtAt(ctx, 'apology', 'keyword-elsewhere', key)] : [];
}

/** List the readings of one analysed reply the analyzer is unsure of (linear in the reply's length). */
export function findDoubts(text: string, detected: ReplyFeatures, opts: { issue?: IssueSpec; locale?: Locale } = {}): Doubt[] {
  const ctx = buildContext(text, opts.issue);
  if (opts.locale === 'en') ctx.en = ctx.en || /[a-z]/.test(ctx.text);
  return [...keywordElsewhere(ctx, detected), ...conflicts(ctx, detected), ...nearMisses(ctx, detected)].sort((x, y) => x.start - y.start);
}

/** List every reply of a scenario, in file order, with what the analyzer reads in it and what it is unsure of. */
export function readScenarioReplies(scenario: Scenario): ReplyReading[] {
  const out: ReplyReading[] = [];
  for (const nodeId of scenario.nodeOrder) {
    for (const c of scenario.nodes[nodeId]?.choices ?? []) {
      const doubts = findDoubts(c.reply, c.detected, { issue: scenario.issue, locale: scenario.locale });
      out.push({ nodeId, choiceId: c.id, reply: c.reply, detected: c.detected, ...(c.tags ? { tags: c.tags } : {}), doubts });
    }
  }
  return out;
}

/** The wording of a doubt in each UI language. */
export function describeDoubt(d: Doubt, locale: Locale): string {
  const q = `"${d.cue}"`;
  if (d.code === 'conflict') {
    return { en: `${d.feature} read at ${q} alongside ${d.other}: check both`, 'zh-Hans': `${q} 读作 ${d.feature}，同时又有 ${d.other}：请确认两者`, 'zh-Hant': `${q} 讀作 ${d.feature}，同時又有 ${d.other}：請確認兩者` }[locale];
  }
  if (d.code === 'keyword-elsewhere') {
    return { en: `vague apology, but the problem is named elsewhere (${q}): is the apology for it?`, 'zh-Hans': `道歉读作笼统，但问题在别处提到（${q}）：是否在为它道歉？`, 'zh-Hant': `道歉讀作籠統，但問題在別處提到（${q}）：是否在為它道歉？` }[locale];
  }
  return { en: `${q} looks like ${d.feature} but was not read as it (its construction set it aside)`, 'zh-Hans': `${q} 像 ${d.feature}，但按句式未计入`, 'zh-Hant': `${q} 像 ${d.feature}，但按句式未計入` }[locale];
}
