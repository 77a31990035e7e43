import type { Choice, Locale } from '../../engine/index.ts';
import { appStore, useT } from '../app/app-state.ts';
import { useStore } from '../app/store.ts';
import { fillNodes } from '../i18n/fill-nodes.tsx';
import type { MessageKey } from '../i18n/i18n.ts';
import { segmentReply } from './highlight.ts';
import type { TurnFeedback } from './turn-feedback.ts';

/** A reply with the analyzer's evidence marked, each mark named by the feature it shows. */
export function HighlightedReply({ choice, locale }: { choice: Choice; locale: Locale }) {
  const t = useT();
  const evidence = choice.features.evidence.length > 0 ? choice.features.evidence : choice.detected.evidence;
  return (
    <span lang={locale}>
      {segmentReply(choice.reply, evidence).map((seg, i) =>
        seg.features.length === 0 ? (
          <span key={i}>{seg.text}</span>
        ) : (
          <mark key={i} className={`ev ev-${seg.features[0]}`} title={seg.features.map((f) => t(`feature_${f}` as MessageKey)).join(', ')}>
            {seg.text}
            <span className="visually-hidden"> ({seg.features.map((f) => t(`feature_${f}` as MessageKey)).join(', ')})</span>
          </mark>
        ),
      )}
    </span>
  );
}

/** Practice-mode feedback on one reply: the rules it met or broke, their advice, the trainer's note. */
export function ReplyFeedback({ feedback, choice, locale }: { feedback: TurnFeedback | undefined; choice: Choice; locale: Locale }) {
  const t = useT();
  const ui = useStore(appStore, (s) => s.locale);
  const findings = feedback?.findings ?? [];
  return (
    <div className="feedback">
      <p className="feedback-title">{t('feedbackTitle')}</p>
      <p className="feedback-reply">
        <span className="feedback-label">{t('highlightedWords')}: </span>
        <HighlightedReply choice={choice} locale={locale} />
      </p>
      {findings.length === 0 ? (
        <p>{t('feedbackNone')}</p>
      ) : (
        <ul className="findings">
          {findings.map((f, i) => (
            <li key={i} className={f.finding.kind === 'violation' ? 'finding-bad' : 'finding-good'}>
              <strong>
                {t(f.finding.kind === 'violation' ? 'feedbackBad' : 'feedbackGood', { rule: f.rule.title[ui] })} ({f.points > 0 ? '+' : ''}
                {f.points})
              </strong>
              <span> {f.finding.message[ui]}</span>
              {f.finding.kind === 'violation' && <p className="advice">{t('advice', { advice: f.rule.advice[ui] })}</p>}
            </li>
          ))}
        </ul>
      )}
      {choice.note && (
        <p className="note">
          {fillNodes(t('trainerNote'), { note: <span lang={locale}>{choice.note}</span> })}
        </p>
      )}
    </div>
  );
}
