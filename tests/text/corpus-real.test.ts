// The real-world corpus keeps its contract: well-formed lines, every label present, a URL per line, and
// the split made by page (no page on two sides; tune vs held back fixed by the page's URL).
import { describe, expect, it } from 'vitest';
import { REAL_LABELS, REAL_SPLITS, loadRealCorpus, pageSplit, type RealLine } from './corpus-real.ts';

const all: RealLine[] = REAL_SPLITS.flatMap((s) => loadRealCorpus(s));
const where = (l: RealLine) => `${l.split}/${l.lang}:${l.line} (${l.id})`;

describe('real-world reply corpus', () => {
  it('has well-formed lines with every label', () => {
    const bad: string[] = [];
    for (const l of all) {
      if (!/^real-(hans|hant|en)-(tune|held|blind)-\d{4}$/.test(l.id)) bad.push(`${where(l)}: id`);
      if (!/^https?:\/\/\S+$/.test(l.url ?? '')) bad.push(`${where(l)}: url`);
      if (typeof l.text !== 'string' || !l.text.trim()) bad.push(`${where(l)}: text`);
      for (const k of REAL_LABELS) if (!(k in (l.labels ?? {}))) bad.push(`${where(l)}: label ${k} missing`);
      for (const k of Object.keys(l.labels ?? {})) if (!(REAL_LABELS as readonly string[]).includes(k)) bad.push(`${where(l)}: unknown label ${k}`);
      if (!['none', 'vague', 'specific'].includes(String(l.labels?.apology))) bad.push(`${where(l)}: apology`);
      if (!Number.isInteger(l.labels?.alternatives)) bad.push(`${where(l)}: alternatives`);
      for (const k of REAL_LABELS) if (k !== 'apology' && k !== 'alternatives' && typeof l.labels?.[k] !== 'boolean') bad.push(`${where(l)}: ${k} not boolean`);
    }
    expect(bad).toEqual([]);
  });

  it('has unique ids', () => {
    const seen = new Set<string>();
    const dup = all.filter((l) => (seen.has(l.id) ? true : (seen.add(l.id), false))).map(where);
    expect(dup).toEqual([]);
  });

  it('puts every page on one side only, tune vs held back decided by the page', () => {
    const splitOf = new Map<string, string>();
    const bad: string[] = [];
    for (const l of all) {
      const s = splitOf.get(l.url);
      if (s && s !== l.split) bad.push(`${where(l)}: ${l.url} is also in ${s}`);
      splitOf.set(l.url, l.split);
      if (l.split !== 'blind' && pageSplit(l.url) !== l.split) bad.push(`${where(l)}: ${l.url} belongs in ${pageSplit(l.url)}`);
    }
    expect(bad).toEqual([]);
  });
});
