import { useEffect, useMemo, useState } from 'react';
import { analyzeReply, type IssueSpec, type Locale } from '../../engine/index.ts';
import { addChoice } from './doc-edit.ts';
import { applyEdit, getIn } from './form-fields.tsx';
import { freeId } from './node-form.tsx';
import { useStudioT } from './studio-context.ts';
import type { StudioSession } from './studio-session.ts';
import { makeVariants, type TeachingVariant } from './variants.ts';
import type { VariantFigure } from './worker-protocol.ts';

const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 1000) / 10}%`);

/** Teaching branches of a reply: editable wrong versions, what each does to the pass rate, and one click to add it. */
export function VariantsPanel({ session, data, nodeId, index }: { session: StudioSession; data: unknown; nodeId: string; index: number }) {
  const t = useStudioT();
  const path = ['nodes', nodeId, 'choices', index];
  const choice = getIn(data, path);
  const reply = String(getIn(choice, ['reply']) ?? '');
  const locale = (getIn(data, ['locale']) as Locale | undefined) ?? 'en';
  const issue = getIn(data, ['issue']) as IssueSpec | undefined;
  const variants = useMemo(
    () => makeVariants(reply, analyzeReply(reply, { locale, ...(issue && Array.isArray(issue.keywords) ? { issue } : {}) }), locale),
    [reply, locale, issue],
  );
  const [texts, setTexts] = useState<string[]>([]);
  const [figures, setFigures] = useState<{ baseline: number | null; figures: VariantFigure[] } | null>(null);
  const key = variants.map((v) => v.reply).join('\n');
  useEffect(() => setTexts(variants.map((v) => v.reply)), [key]);
  useEffect(() => {
    let live = true;
    setFigures(null);
    if (variants.length === 0) return;
    session.workers.variants(session.text(), nodeId, index, variants.map((v) => v.reply)).then((r) => live && setFigures(r), () => {});
    return () => {
      live = false;
    };
  }, [key, nodeId, index, session]);

  const add = (v: TeachingVariant, text: string) => {
    const ids = ((getIn(data, ['nodes', nodeId, 'choices']) as unknown[]) ?? []).map((c) => String(getIn(c, ['id'])));
    const base = `${String(getIn(choice, ['id']) ?? 'reply')}-${v.kind}`;
    const id = ids.includes(base) ? freeId(base, ids) : base;
    const to = getIn(choice, ['to']);
    const next = getIn(choice, ['next']);
    applyEdit(session, addChoice(session.text(), nodeId, { id, reply: text, ...(to !== undefined ? { to } : {}), ...(next !== undefined ? { next } : {}) }, index), 'variant');
  };
  if (variants.length === 0) return null;
  return (
    <section className="variants" aria-labelledby="variants-heading">
      <h3 id="variants-heading">{t('variantsHeading')}</h3>
      <p className="muted">{t('variantsHint')}</p>
      {!figures && <p role="status">{t('variantsFiguring')}</p>}
      <ol>
        {variants.map((v, i) => {
          const f = figures?.figures[i];
          return (
            <li key={v.kind}>
              <label>
                {t(`variant_${v.kind}`)} ({v.rule})
                <textarea rows={2} lang={locale} value={texts[i] ?? v.reply} onChange={(e) => setTexts((all) => all.map((x, k) => (k === i ? e.target.value : x)))} />
              </label>
              {f && (
                <p className="muted">
                  {t('variantPassRate', { rate: pct(f.passRate), base: pct(figures.baseline) })}
                  {f.trap && <strong> · {t('variantTrap')}</strong>}
                </p>
              )}
              <button type="button" onClick={() => add(v, texts[i] ?? v.reply)}>
                {t('variantAdd')}: {t(`variant_${v.kind}`)}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
