import { useCallback, useEffect, useRef, useState } from 'react';
import type { Locale } from '../../engine/index.ts';
import { speechLang } from './speech.ts';

/** The part of the Web Speech API's SpeechRecognition this app uses (not in TypeScript's DOM library yet). */
interface Recognition {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  maxAlternatives: number;
  onresult: ((e: { resultIndex: number; results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal?: boolean }> }) => void) | null;
  onerror: ((e: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}

type RecognitionConstructor = new () => Recognition;

/** The browser's speech recognition constructor (Chromium still prefixes it), or null where there is none. */
export function findRecognition(w: object = globalThis): RecognitionConstructor | null {
  const g = w as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor };
  return g.SpeechRecognition ?? g.webkitSpeechRecognition ?? null;
}

/** What the speak button shows: whether it can listen, is listening, and the last failure ('' for none). */
export interface SpeechInput {
  supported: boolean;
  listening: boolean;
  error: string;
  toggle(): void;
}

/**
 * Listen for one spoken reply in the scenario's language and hand its transcript to `onText`; the agent
 * checks the words and sends them like a typed reply. Stops listening when the component goes away.
 */
export function useSpeechInput(locale: Locale, onText: (text: string) => void): SpeechInput {
  const [listening, setListening] = useState(false);
  const [error, setError] = useState('');
  const current = useRef<Recognition | null>(null);
  const deliver = useRef(onText);
  deliver.current = onText;
  const Ctor = findRecognition();

  useEffect(() => () => current.current?.abort(), []);

  const toggle = useCallback(() => {
    if (current.current) {
      current.current.stop();
      return;
    }
    if (!Ctor) return;
    const rec = new Ctor();
    rec.lang = speechLang(locale);
    rec.interimResults = false;
    rec.continuous = false;
    rec.maxAlternatives = 1;
    rec.onresult = (e) => {
      let text = '';
      for (let i = e.resultIndex; i < e.results.length; i++) text += e.results[i]![0]?.transcript ?? '';
      if (text.trim() !== '') deliver.current(text.trim());
    };
    // 'aborted' is our own stop on leaving; 'no-speech' and the rest are worth telling the agent.
    rec.onerror = (e) => e.error !== 'aborted' && setError(e.error || 'error');
    rec.onend = () => {
      current.current = null;
      setListening(false);
    };
    setError('');
    try {
      rec.start();
      current.current = rec;
      setListening(true);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [Ctor, locale]);

  return { supported: Ctor !== null, listening, error, toggle };
}
