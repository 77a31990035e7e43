import type { Evidence, FeatureName, Locale, ReplyFeatures } from '../../engine/index.ts';

// Teaching branches: from a good reply, the studio writes wrong versions that each break one core rule,
// the way agents really get it wrong, for the trainer to edit and add as distractors. Deterministic: the
// same reply always gives the same variants.

export type VariantKind = 'add-but' | 'vague-apology' | 'drop-options' | 'bare-refusal';

/** A distractor built from a reply, and the rule it is meant to break. */
export interface TeachingVariant {
  kind: VariantKind;
  reply: string;
  rule: 'no-but' | 'specific-apology' | 'offer-alternatives';
}

interface Phrases {
  but: string;
  butTail: string;
  vague: string;
  refusal: string;
  stop: string;
}

const PHRASES: Record<Locale, Phrases> = {
  'zh-Hans': { but: '但是', butTail: '但是这是公司的规定。', vague: '不好意思，给您带来不便了。', refusal: '这个我们办不到。', stop: '。' },
  'zh-Hant': { but: '但是', butTail: '但是這是公司的規定。', vague: '不好意思，給您帶來不便了。', refusal: '這個我們辦不到。', stop: '。' },
  en: { but: 'but', butTail: "But that's our policy.", vague: 'Sorry for any inconvenience.', refusal: "We can't do that.", stop: '.' },
};

interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Split a reply into sentences at Chinese and Western stops, keeping each stop with its sentence. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^。！？!?.；;]+[。！？!?.；;]*\s*/g;
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

function touches(s: Sentence, evidence: readonly Evidence[], features: readonly FeatureName[]): boolean {
  return evidence.some((e) => features.includes(e.feature) && e.start < s.end && e.end > s.start);
}

function joinSentences(parts: readonly string[], locale: Locale): string {
  return locale === 'en' ? parts.map((p) => p.trim()).join(' ') : parts.map((p) => p.trim()).join('');
}

function addBut(text: string, locale: Locale, ph: Phrases): string {
  const sentences = splitSentences(text);
  if (sentences.length < 2) return `${text.trim()}${locale === 'en' ? ' ' : ''}${ph.butTail}`;
  const first = sentences[0]!.text.trim().replace(/[。！？!?.；;]+$/, '');
  const rest = joinSentences(sentences.slice(1).map((s) => s.text), locale);
  if (locale !== 'en') return `${first}，${ph.but}${rest}`;
  // "I" stays capital; any other sentence start continues the clause in lower case.
  return `${first}, but ${/^I\b/.test(rest) ? rest : rest.charAt(0).toLowerCase() + rest.slice(1)}`;
}

/** Write the variants of a reply that each break one core rule; kinds that do not apply are left out. */
export function makeVariants(text: string, features: ReplyFeatures, locale: Locale): TeachingVariant[] {
  const ph = PHRASES[locale];
  const sentences = splitSentences(text);
  const ev = features.evidence;
  const out: TeachingVariant[] = [];
  if (!features.contrast) out.push({ kind: 'add-but', reply: addBut(text, locale, ph), rule: 'no-but' });
  if (features.apology === 'specific') {
    const kept = sentences.map((s) => (touches(s, ev, ['apology']) ? ph.vague : s.text));
    out.push({ kind: 'vague-apology', reply: joinSentences(dedupe(kept), locale), rule: 'specific-apology' });
  }
  const optionFeatures: FeatureName[] = ['alternatives', 'solution'];
  if (features.alternatives >= 1 || features.solution) {
    const kept = sentences.filter((s) => !touches(s, ev, optionFeatures)).map((s) => s.text);
    if (kept.length > 0 && kept.length < sentences.length) out.push({ kind: 'drop-options', reply: joinSentences(kept, locale), rule: 'offer-alternatives' });
    const soothing = sentences.filter((s) => touches(s, ev, ['empathy', 'apology']) && !touches(s, ev, optionFeatures)).map((s) => s.text);
    out.push({ kind: 'bare-refusal', reply: joinSentences([...soothing, ph.refusal], locale), rule: 'offer-alternatives' });
  }
  return out.filter((v) => v.reply.trim() !== '' && v.reply !== text);
}

function dedupe(parts: string[]): string[] {
  return parts.filter((p, i) => i === 0 || p !== parts[i - 1]);
}
