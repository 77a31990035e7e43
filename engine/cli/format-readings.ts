// `hardcall lint --readings FILE`: each reply with the features the analyzer reads in it, the words that
// show each one, the file's tags, and the readings it is unsure of, so a trainer can confirm or add tags.
import { describeDoubt, type ReplyReading } from '../text/readings.ts';
import { FEATURE_NAMES, type FeatureName, type Locale, type ReplyFeatures } from '../types.ts';

const LABELS: Record<Locale, { features: string; none: string; unsure: string; tags: string }> = {
  en: { features: 'reads', none: 'nothing', unsure: 'unsure', tags: 'tags' },
  'zh-Hans': { features: '读到', none: '无', unsure: '不确定', tags: '标注' },
  'zh-Hant': { features: '讀到', none: '無', unsure: '不確定', tags: '標註' },
};

function isPositive(f: ReplyFeatures, name: FeatureName): boolean {
  const v = f[name];
  return v === true || (typeof v === 'number' && v >= 2) || v === 'vague' || v === 'specific';
}

/** One feature as `name` (or `name=value` for apology and alternatives) with its quoted cues. */
function describeFeature(f: ReplyFeatures, name: FeatureName): string {
  const value = typeof f[name] === 'boolean' ? '' : `=${String(f[name])}`;
  const cues = f.evidence.filter((e) => e.feature === name).map((e) => `"${e.cue}"`);
  return `${name}${value}${cues.length > 0 ? ` ${cues.join(' ')}` : ''}`;
}

/** Render the readings of one scenario file as text in the given language, one block per reply. */
export function formatReadings(file: string, readings: readonly ReplyReading[], lang: Locale): string {
  const l = LABELS[lang];
  const out: string[] = [];
  for (const r of readings) {
    out.push(`${file} ${r.nodeId}/${r.choiceId}: ${r.reply}`);
    const on = FEATURE_NAMES.filter((n) => isPositive(r.detected, n)).map((n) => describeFeature(r.detected, n));
    out.push(`  ${l.features}: ${on.length > 0 ? on.join('; ') : l.none}`);
    if (r.tags && Object.keys(r.tags).length > 0) out.push(`  ${l.tags}: ${Object.entries(r.tags).map(([k, v]) => `${k}=${String(v)}`).join(', ')}`);
    for (const d of r.doubts) out.push(`  ${l.unsure}: ${describeDoubt(d, lang)}`);
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}

/** The readings as plain data for `--json`: features without evidence, evidence and doubts as lists. */
export function readingsJson(readings: readonly ReplyReading[]): unknown[] {
  return readings.map((r) => {
    const { evidence, ...features } = r.detected;
    return { node: r.nodeId, choice: r.choiceId, reply: r.reply, features, evidence, ...(r.tags ? { tags: r.tags } : {}), doubts: r.doubts };
  });
}
