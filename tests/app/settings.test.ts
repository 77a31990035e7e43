import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, readLocale, readOptions, readProgressHint, writeLocale, writeOptions, writeProgressHint, type KeyValue } from '../../src/storage/settings.ts';

function memoryKv(): KeyValue & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}
const throwing: KeyValue = {
  getItem: () => {
    throw new Error('blocked');
  },
  setItem: () => {
    throw new Error('blocked');
  },
};

describe('remembered settings', () => {
  it('remembers the UI language and ignores values that are not a UI language', () => {
    const kv = memoryKv();
    expect(readLocale(kv)).toBeNull();
    expect(writeLocale(kv, 'zh-Hant')).toBe(true);
    expect(readLocale(kv)).toBe('zh-Hant');
    kv.data.set('hardcall.uiLocale', 'fr');
    expect(readLocale(kv)).toBeNull();
  });

  it('remembers call options and falls back field by field on bad data', () => {
    const kv = memoryKv();
    expect(readOptions(kv)).toEqual(DEFAULT_OPTIONS);
    writeOptions(kv, { practice: false, timerSeconds: 20, readAloud: true });
    expect(readOptions(kv)).toEqual({ practice: false, timerSeconds: 20, readAloud: true });
    kv.data.set('hardcall.callOptions', JSON.stringify({ practice: 'yes', timerSeconds: 7, readAloud: true }));
    expect(readOptions(kv)).toEqual({ practice: true, timerSeconds: 0, readAloud: true });
    kv.data.set('hardcall.callOptions', '{not json');
    expect(readOptions(kv)).toEqual(DEFAULT_OPTIONS);
  });

  it('never throws when storage is blocked or missing', () => {
    expect(readLocale(throwing)).toBeNull();
    expect(writeLocale(throwing, 'en')).toBe(false);
    expect(readOptions(null)).toEqual(DEFAULT_OPTIONS);
    expect(writeOptions(null, DEFAULT_OPTIONS)).toBe(false);
  });
});

describe('progress hint', () => {
  it('round-trips the keys of calls in progress, sorted and unique', () => {
    const data = new Map<string, string>();
    const kv: KeyValue = { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
    expect(readProgressHint(kv)?.size).toBe(0);
    expect(writeProgressHint(kv, ['b', 'a', 'b'])).toBe(true);
    expect([...readProgressHint(kv)!]).toEqual(['a', 'b']);
    writeProgressHint(kv, []);
    expect(readProgressHint(kv)?.size).toBe(0);
  });

  it('is unknown (null) when corrupt or blocked, so callers wait for IndexedDB', () => {
    const data = new Map<string, string>([['hardcall.callsInProgress', '{"a":1}']]);
    const kv: KeyValue = { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
    expect(readProgressHint(kv)).toBeNull();
    data.set('hardcall.callsInProgress', 'not json');
    expect(readProgressHint(kv)).toBeNull();
    expect(readProgressHint(throwing)).toBeNull();
    expect(readProgressHint(null)).toBeNull();
    expect(writeProgressHint(null, ['a'])).toBe(false);
  });
});
