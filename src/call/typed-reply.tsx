import { useCallback, useState } from 'react';
import { typedProblemText, type Locale, type ScenarioNode, type TypedProblem } from '../../engine/index.ts';
import { appStore } from '../state/app-store.ts';
import { useStore } from '../state/store.ts';
import { useT } from '../state/use-t.ts';
import { localeNameKey } from '../i18n/i18n.ts';
import type { CallSession } from './call-session.ts';
import { getTypedModule } from './typed-module.ts';
import { useSpeechInput, type SpeechInput } from './use-speech-input.ts';

type Failure = { kind: 'problem'; problem: TypedProblem } | { kind: 'unavailable' } | null;

/** The draft of a typed or spoken reply and sending it: cleared once taken, kept with the reason when refused. */
function useTypedDraft(session: CallSession, onTaken?: (text: string) => void) {
  const [draft, setDraft] = useState('');
  const [failure, setFailure] = useState<Failure>(null);
  const [heard, setHeard] = useState('');
  const hear = useCallback((text: string) => {
    setDraft((d) => (d.trim() === '' ? text : `${d.trimEnd()} ${text}`));
    setHeard(text);
    setFailure(null);
  }, []);
  const send = useCallback(async () => {
    const typed = await getTypedModule().catch(() => null);
    if (!typed) return setFailure({ kind: 'unavailable' });
    session.setReader(typed.readTyped);
    const text = typed.tidyTypedText(draft);
    const r = session.typeReply(text);
    if (r.ok) {
      onTaken?.(text);
      setDraft('');
      setHeard('');
      setFailure(null);
    } else if (r.problem === 'not-ready' || r.problem === 'ended') setFailure({ kind: 'unavailable' });
    else setFailure({ kind: 'problem', problem: r.problem });
  }, [session, draft, onTaken]);
  return { draft, setDraft, failure, heard, hear, send };
}

/**
 * A free reply (practice mode, and exams that allow it): type what you would say (or speak it where the browser can listen), and the
 * call goes on as the engine reads it. The draft survives turns (a timed-out silence, a rewind) and is
 * cleared only once a reply is taken; a refused reply stays in the box with the reason beside it.
 */
export function TypedReply({ session, node, locale, onTaken }: { session: CallSession; node: ScenarioNode; locale: Locale; onTaken?: (text: string) => void }) {
  const t = useT();
  const ui = useStore(appStore, (s) => s.locale);
  const { draft, setDraft, failure, heard, hear, send } = useTypedDraft(session, onTaken);
  const speech = useSpeechInput(locale, hear);

  if (node.choicesOnly) {
    return (
      <p className="hint typed-closed">
        {typedProblemText('choices-only', ui, { scenarioLocale: locale })}
      </p>
    );
  }
  const language = t(localeNameKey(locale));
  const message = failure?.kind === 'problem' ? typedProblemText(failure.problem, ui, { scenarioLocale: locale }) : failure ? t('typedUnavailable') : '';
  return (
    <section className="typed" aria-labelledby="typed-heading">
      <h2 id="typed-heading">{t('typedHeading')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <label htmlFor="typed-reply">{t('typedLabel', { language })}</label>
        <textarea
          id="typed-reply"
          lang={locale}
          rows={3}
          value={draft}
          aria-invalid={failure ? true : undefined}
          aria-describedby="typed-hint typed-error"
          // The reader and the analyzer download when the agent starts on a reply of their own, not with the call.
          onFocus={() => void getTypedModule().catch(() => undefined)}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            // Enter sends; Shift+Enter is a new line; Enter while an input method is composing picks a character.
            if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing) return;
            e.preventDefault();
            void send();
          }}
        />
        <p id="typed-hint" className="hint">
          {t('typedHint')}
        </p>
        <p id="typed-error" className="typed-error" role="alert">
          {message}
        </p>
        <p className="typed-actions">
          <button type="submit" className="button primary">
            {t('typedSend')}
          </button>{' '}
          <SpeakButton speech={speech} />
        </p>
        <SpeechStatus heard={heard} error={speech.error} />
      </form>
    </section>
  );
}

/** Listen for a spoken reply (only where the browser can); the reader starts loading on the first press. */
function SpeakButton({ speech }: { speech: SpeechInput }) {
  const t = useT();
  if (!speech.supported) return null;
  return (
    <button
      type="button"
      aria-pressed={speech.listening}
      onClick={() => {
        void getTypedModule().catch(() => undefined);
        speech.toggle();
      }}
    >
      {speech.listening ? t('typedListening') : t('typedSpeak')}
    </button>
  );
}

/** What was heard (announced, for checking before sending) and why listening stopped, if it failed. */
function SpeechStatus({ heard, error }: { heard: string; error: string }) {
  const t = useT();
  return (
    <>
      <p className="visually-hidden" aria-live="polite">
        {heard ? t('speechHeard', { text: heard }) : ''}
      </p>
      {error && <p role="alert">{t('speechFailed', { reason: error })}</p>}
    </>
  );
}
