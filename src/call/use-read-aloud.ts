import { useEffect, useState } from 'react';
import type { Locale } from '../../engine/index.ts';
import { speakLine } from './speech.ts';

export type SpeechStatus = 'idle' | 'spoken' | 'no-voice' | 'unsupported';

/** Read each new customer line aloud while enabled, waiting for the voice list when it loads late. */
export function useReadAloud(enabled: boolean, text: string, locale: Locale, lineKey: string): SpeechStatus {
  const [status, setStatus] = useState<SpeechStatus>('idle');
  useEffect(() => {
    if (!enabled) {
      if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
      setStatus('idle');
      return;
    }
    let result = speakLine(text, locale);
    if (result !== 'no-voice' || typeof speechSynthesis === 'undefined' || speechSynthesis.getVoices().length > 0) {
      setStatus(result);
      return;
    }
    // Chromium fills the voice list asynchronously; an empty list at first does not mean "no voices".
    const fallback = setTimeout(() => setStatus('no-voice'), 1500);
    const retry = () => {
      clearTimeout(fallback);
      result = speakLine(text, locale);
      setStatus(result);
    };
    speechSynthesis.addEventListener('voiceschanged', retry, { once: true });
    return () => {
      speechSynthesis.removeEventListener('voiceschanged', retry);
      clearTimeout(fallback);
    };
  }, [enabled, text, locale, lineKey]);
  return status;
}
