import { useMemo } from 'react';
import { analyzeReply, type FeatureName, type IssueSpec, type Locale, type ReplyFeatures } from '../../engine/index.ts';
import { setField } from './doc-edit.ts';
import { applyEdit, getIn } from './form-fields.tsx';
import { useStudioT } from './studio-context.ts';
import type { StudioSession } from './studio-session.ts';

const FEATURES: FeatureName[] = ['empathy', 'apology', 'paraphrase', 'question', 'willingness', 'solution', 'alternatives', 'timeframe', 'policy', 'contrast', 'refusal', 'blame'];

/** The reply with the analyzer's evidence marked, each mark titled by the feature it shows. */
export function Highlighted({ text, features, lang }: { text: string; features: ReplyFeatures; lang: string }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const e of features.evidence) {
    if (e.start < at) continue;
    if (e.start > at) parts.push(text.slice(at, e.start));
    parts.push(
      <mark key={`${e.start}-${e.feature}`} title={e.feature} data-feature={e.feature}>
        {text.slice(e.start, e.end)}
      </mark>,
    );
    at = e.end;
  }
  parts.push(text.slice(at));
  return (
    <p className="highlighted" lang={lang}>
      {parts}
    </p>
  );
}

function corrected(feature: FeatureName, value: ReplyFeatures[FeatureName]): unknown {
  if (feature === 'apology') return value === 'specific' ? 'vague' : value === 'vague' ? 'none' : 'specific';
  if (feature === 'alternatives') return (value as number) >= 2 ? 0 : 2;
  return !value;
}

/** What the analyzer reads in a reply, with the words that show it, and one click to confirm or correct each reading. */
export function ReplyReads({ session, data, nodeId, index }: { session: StudioSession; data: unknown; nodeId: string; index: number }) {
  const t = useStudioT();
  const path = ['nodes', nodeId, 'choices', index];
  const reply = String(getIn(data, [...path, 'reply']) ?? '');
  const locale = (getIn(data, ['locale']) as Locale | undefined) ?? 'en';
  const issue = getIn(data, ['issue']) as IssueSpec | undefined;
  const tags = getIn(data, [...path, 'tags']);
  const features = useMemo(() => analyzeReply(reply, { locale, ...(issue && Array.isArray(issue.keywords) ? { issue } : {}) }), [reply, locale, issue]);
  const tag = (f: FeatureName, v: unknown) => applyEdit(session, setField(session.text(), [...path, 'tags', f], v), 'tags');
  const show = (v: unknown) => (v === true ? t('yes') : v === false ? t('no') : String(v));
  return (
    <section className="reads" aria-labelledby="reads-heading">
      <h3 id="reads-heading">{t('readsHeading')}</h3>
      <p className="muted">{t('readsHint')}</p>
      <Highlighted text={reply} features={features} lang={locale} />
      <table>
        <tbody>
          {FEATURES.map((f) => {
            const set = getIn(tags, [f]);
            const value = set !== undefined ? set : features[f];
            return (
              <tr key={f}>
                <th scope="row">{f}</th>
                <td>
                  {show(value)} {set !== undefined && <span className="muted">({t('tagged')})</span>}
                </td>
                <td>
                  <button type="button" onClick={() => tag(f, features[f])} aria-label={t('confirm', { feature: f })}>
                    ✓
                  </button>{' '}
                  <button type="button" onClick={() => tag(f, corrected(f, value as ReplyFeatures[FeatureName]))} aria-label={t('correct', { feature: f })}>
                    ✎
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
