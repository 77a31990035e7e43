import type { Choice, FeatureName, Localized, ReplyFeatures } from '../types.ts';
import type { Citation, Finding, Turn } from './types.ts';

/** The shared empty findings list: most steps find nothing, and allocating per step would dominate batch grading. */
export const NO_FINDINGS: Finding[] = Object.freeze([]) as unknown as Finding[];

/** Build a localized text from its three versions. */
export function loc(zhHans: string, zhHant: string, en: string): Localized {
  return { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };
}

/**
 * Make a cache of messages that vary only with a small key (a mood, a turn index, the cue words): findings
 * that say the same thing share one object, which batch writers serialize once per batch instead of per
 * finding. Messages are never mutated; the cache is emptied when it reaches `limit` so it stays bounded.
 */
export function messageCache<K, A>(build: (arg: A) => Localized, limit = 512): (key: K, arg: A) => Localized {
  const cache = new Map<K, Localized>();
  return (key, arg) => {
    let m = cache.get(key);
    if (m === undefined) {
      if (cache.size >= limit) cache.clear();
      cache.set(key, (m = build(arg)));
    }
    return m;
  };
}

export const TITLES = {
  '000': '客服人员沟通技巧与应变方案',
  '001': '客服應對技巧：面對憤怒客戶時的處理指南',
  '002': '售后服务人员投诉处理技巧培训',
  '003': '315客服人必备干货 NO.5 — 沟通四部曲（一）：开场',
} as const satisfies Record<Citation['doc'], string>;

/** Cite a section of one of the four seed documents. */
export function cite(doc: Citation['doc'], section: string, quote: string): Citation {
  return { doc, title: TITLES[doc], section, quote };
}

// Clause boundaries in all three locales: a quote is the clause around the cue, not the whole reply.
const CLAUSE_END = new Set([...'，。！？；,.!?;…\n'].map((c) => c.charCodeAt(0)));

function clauseAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !CLAUSE_END.has(text.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < text.length && !CLAUSE_END.has(text.charCodeAt(e))) e++;
  return text.slice(s, e).trim();
}

/** Quote the words of a reply that show a feature: the clauses around the analyzer's evidence, else the whole reply. */
export function quoteFeature(choice: Choice, features: ReplyFeatures, ...names: FeatureName[]): string {
  const clauses: string[] = [];
  for (const ev of features.evidence) {
    if (!names.includes(ev.feature)) continue;
    const c = clauseAround(choice.reply, ev.start, ev.end);
    if (c && !clauses.includes(c)) clauses.push(c);
  }
  // A feature set by the author's `tags` has no evidence span: the reply as a whole is what triggered it.
  return clauses.length > 0 ? clauses.join(' … ') : choice.reply;
}

/** The cues (matched words) the analyzer found for a feature, e.g. 「但是」. */
export function cuesOf(features: ReplyFeatures, name: FeatureName): string[] {
  const cues: string[] = [];
  for (const ev of features.evidence) if (ev.feature === name && !cues.includes(ev.cue)) cues.push(ev.cue);
  return cues;
}

/**
 * Key under which a Turn may offer its index for labelling findings only. The path analysis counts
 * which Turn fields a step read, to reuse the step for inputs that agree on them; a turn number written
 * into a finding changes no score, so reading it this way does not tie the step to one turn.
 */
export const LABEL_INDEX: unique symbol = Symbol('hardcall.labelIndex');

/** The turn number to print in a finding about `turn` (never branch on it: use turn.index for logic). */
export function labelIndex(turn: Turn): number {
  return (turn as Turn & { [LABEL_INDEX]?: number })[LABEL_INDEX] ?? turn.index;
}

/** A violation or credit about one reply of the path. */
export function turnFinding(
  kind: Finding['kind'],
  turn: Turn,
  quote: string,
  message: Localized,
  factor = 1,
): Finding {
  const f: Finding = { kind, turn: labelIndex(turn), nodeId: turn.node.id, choiceId: turn.choice.id, quote, message };
  if (factor !== 1) f.factor = factor;
  return f;
}

/** A violation about the call as a whole (something that never happened), raised when the call ends. */
export function callFinding(message: Localized, factor = 1): Finding {
  const f: Finding = { kind: 'violation', turn: null, nodeId: null, choiceId: null, quote: '', message };
  if (factor !== 1) f.factor = factor;
  return f;
}

/** Whether a reply offers something the customer can have: a concrete remedy or at least one option. */
export function offersSomething(f: ReplyFeatures): boolean {
  return f.solution || f.alternatives > 0;
}
