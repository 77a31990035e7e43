import type { Locale } from '../../engine/index.ts';
import { isLocale } from '../i18n/i18n.ts';

/** How a call is played; remembered between visits. */
export interface CallOptions {
  practice: boolean;
  /** Seconds allowed per reply; 0 turns the timer off. */
  timerSeconds: number;
  readAloud: boolean;
}

export const TIMER_CHOICES: readonly number[] = [0, 10, 20, 30];
export const DEFAULT_OPTIONS: CallOptions = { practice: true, timerSeconds: 0, readAloud: false };

/** The small synchronous key-value store settings live in (localStorage in the app). */
export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const LOCALE_KEY = 'hardcall.uiLocale';
const PROGRESS_HINT_KEY = 'hardcall.callsInProgress';
const OPTIONS_KEY = 'hardcall.callOptions';

/** Read the remembered UI language, if any. */
export function readLocale(kv: KeyValue | null): Locale | null {
  const v = safeGet(kv, LOCALE_KEY);
  return isLocale(v) ? v : null;
}

/** Remember the UI language; false when it could not be stored. */
export function writeLocale(kv: KeyValue | null, locale: Locale): boolean {
  return safeSet(kv, LOCALE_KEY, locale);
}

/** Read the remembered call options, falling back field by field to the defaults. */
export function readOptions(kv: KeyValue | null): CallOptions {
  const raw = safeGet(kv, OPTIONS_KEY);
  if (!raw) return DEFAULT_OPTIONS;
  try {
    const o = JSON.parse(raw) as Partial<Record<keyof CallOptions, unknown>>;
    return {
      practice: typeof o.practice === 'boolean' ? o.practice : DEFAULT_OPTIONS.practice,
      timerSeconds: typeof o.timerSeconds === 'number' && TIMER_CHOICES.includes(o.timerSeconds) ? o.timerSeconds : 0,
      readAloud: typeof o.readAloud === 'boolean' ? o.readAloud : DEFAULT_OPTIONS.readAloud,
    };
  } catch {
    return DEFAULT_OPTIONS;
  }
}

/** Remember the call options; false when they could not be stored. */
export function writeOptions(kv: KeyValue | null, options: CallOptions): boolean {
  return safeSet(kv, OPTIONS_KEY, JSON.stringify(options));
}

/**
 * The keys of calls with saved progress, mirrored from IndexedDB into synchronous storage so a call with
 * nothing to resume can start before IndexedDB has opened. Never written yet (a first visit): none.
 * Null when unknown (storage blocked, or a corrupt value): then wait for IndexedDB.
 */
export function readProgressHint(kv: KeyValue | null): Set<string> | null {
  if (!kv) return null;
  let raw: string | null;
  try {
    raw = kv.getItem(PROGRESS_HINT_KEY);
  } catch {
    return null;
  }
  if (raw === null) return new Set();
  try {
    const keys: unknown = JSON.parse(raw);
    return Array.isArray(keys) && keys.every((k) => typeof k === 'string') ? new Set(keys) : null;
  } catch {
    return null;
  }
}

/** Mirror the keys of the calls in progress; false when they could not be stored. */
export function writeProgressHint(kv: KeyValue | null, keys: Iterable<string>): boolean {
  return safeSet(kv, PROGRESS_HINT_KEY, JSON.stringify([...new Set(keys)].sort()));
}

/** The browser's localStorage, or null where it is missing or blocked. */
export function browserKeyValue(): KeyValue | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function safeGet(kv: KeyValue | null, key: string): string | null {
  try {
    return kv?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function safeSet(kv: KeyValue | null, key: string, value: string): boolean {
  try {
    if (!kv) return false;
    kv.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
