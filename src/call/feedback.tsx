import {
  FALLBACK_CHOICE_ID, findingText, ruleAdvice, ruleTitle, type Evidence, type Instead, type Locale, type PathRun, type RunStep, type Scenario,
} from '../../engine/index.ts';
import { appStore } from '../state/app-store.ts';
import { useStore } from '../state/store.ts';
import { useT } from '../state/use-t.ts';
import { fillNodes } from '../i18n/fill-nodes.tsx';
import type { MessageKey } from '../i18n/i18n.ts';
import { segmentReply } from './highlight.ts';
import { useTypedModule } from './typed-module.ts';

/** A reply with the analyzer's evidence marked, each mark named by the feature it shows. */
export function HighlightedReply({ text, evidence, locale }: { text: string; evidence: readonly Evidence[]; locale: Locale }) {
  const t = useT();
  return (
    <span lang={locale}>
      {segmentReply(text, evidence).map((seg, i) =>
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

/** The evidence to highlight in a reply: what the rules read, else (for a reply whose tags override the text) what the analyzer found. */
function evidenceOf(step: RunStep): readonly Evidence[] {
  const read = step.features?.evidence ?? [];
  return read.length > 0 || !step.choice || step.typed ? read : step.choice.detected.evidence;
}

/** Practice-mode feedback on one reply: the rules it met or broke (from the one rule pass), their advice, the trainer's note. */
export function ReplyFeedback({ step, run, scenario }: { step: RunStep; run: PathRun; scenario: Scenario }) {
  const locale = scenario.locale;
  const t = useT();
  const ui = useStore(appStore, (s) => s.locale);
  const note = step.typed ? undefined : step.choice?.note;
  // For words of the agent's own, the scorecard's "say this instead" (its search loads with the typed-reply reader).
  const typed = useTypedModule(step.typed);
  const instead = typed && step.typed ? typed.insteadForTurn(scenario, run, step) : null;
  return (
    <div className="feedback">
      <p className="feedback-title">{t('feedbackTitle')}</p>
      {step.typed && <TakenAs step={step} locale={locale} />}
      <p className="feedback-reply">
        <span className="feedback-label">{t('highlightedWords')}: </span>
        <HighlightedReply text={step.text} evidence={evidenceOf(step)} locale={locale} />
      </p>
      {step.findings.length === 0 ? (
        <p>{t('feedbackNone')}</p>
      ) : (
        <ul className="findings">
          {step.findings.map((f, i) => {
            const rule = run.rules[f.ruleIndex]!.rule;
            const label = { violation: 'feedbackBad', credit: 'feedbackGood', kept: 'feedbackKept', note: 'feedbackNote' } as const;
            const className = { violation: 'finding-bad', credit: 'finding-good', kept: 'finding-kept', note: 'finding-note' }[f.kind];
            return (
              <li key={i} className={className}>
                <strong>
                  {t(label[f.kind], { rule: ruleTitle(rule, ui) })}
                  {f.points !== 0 && ` (${f.points > 0 ? '+' : ''}${f.points})`}
                </strong>
                <span> {findingText(rule, f.code, f.params, ui, { scenario })}</span>
                {f.kind === 'violation' && <p className="advice">{t('advice', { advice: ruleAdvice(rule, ui, { scenario }) })}</p>}
                {f.kind === 'violation' && f.turn === step.turn && <InsteadLine instead={instead?.get(f.ruleIndex)} locale={locale} />}
              </li>
            );
          })}
        </ul>
      )}
      {note && <p className="note">{fillNodes(t('trainerNote'), { note: <span lang={locale}>{note}</span> })}</p>}
    </div>
  );
}

/** Which authored reply a typed one was taken as: the call went on along it. */
function TakenAs({ step, locale }: { step: RunStep; locale: Locale }) {
  const t = useT();
  if (!step.choice || step.choice.id === FALLBACK_CHOICE_ID) return <p className="taken-as">{t('tookAsFallback')}</p>;
  return (
    <p className="taken-as">
      {t('tookAs')}
      <q lang={locale}>{step.choice.reply}</q>
    </p>
  );
}

/** An authored reply of the same node that keeps the broken rule (the scorecard's suggestion, from the same pass). */
function InsteadLine({ instead, locale }: { instead: Instead | null | undefined; locale: Locale }) {
  const t = useT();
  if (!instead) return null;
  return (
    <p className="instead">
      {t('insteadReply')}
      <q lang={locale}>{instead.reply}</q>
    </p>
  );
}
