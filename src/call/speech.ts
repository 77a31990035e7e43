import type { Locale } from '../../engine/index.ts';

/** The part of a SpeechSynthesisVoice that voice choice needs. */
export interface VoiceLike {
  lang: string;
  name: string;
  default?: boolean;
}

// Browsers and OS voice packs name Chinese voices either zh-CN/zh-TW/zh-HK or by spoken language
// (cmn for Mandarin, yue for Cantonese), sometimes with a script subtag; underscores appear on Android.
const PREFERENCES: Record<Locale, RegExp[]> = {
  'zh-Hans': [/^zh-(hans|cn|sg)\b/, /^cmn-(hans|cn)\b/, /^cmn\b(?!-(hant|tw))/, /^zh$/, /^zh\b(?!-(hant|tw|hk|mo))/],
  'zh-Hant': [/^zh-(hant|tw)\b/, /^cmn-(hant|tw)\b/, /^zh-(hk|mo)\b/, /^yue\b/, /^cmn\b/, /^zh\b/],
  en: [/^en\b/],
};

/** Pick the voice to read a scenario's lines: the best match for its language, or null when none fits. */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], locale: Locale): V | null {
  for (const pattern of PREFERENCES[locale]) {
    const matching = voices.filter((v) => pattern.test(v.lang.toLowerCase().replace(/_/g, '-')));
    if (matching.length > 0) return matching.find((v) => v.default) ?? matching[0]!;
  }
  return null;
}

/** The BCP 47 tag to put on an utterance for a scenario language. */
export function speechLang(locale: Locale): string {
  return locale === 'zh-Hans' ? 'zh-CN' : locale === 'zh-Hant' ? 'zh-TW' : 'en-US';
}

/** Read a line aloud with the Web Speech API; returns what happened so the UI can say so. */
export function speakLine(text: string, locale: Locale): 'spoken' | 'no-voice' | 'unsupported' {
  const synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return 'unsupported';
  const voice = pickVoice(synth.getVoices(), locale);
  if (!voice) return 'no-voice';
  synth.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.voice = voice;
  u.lang = voice.lang;
  synth.speak(u);
  return 'spoken';
}
