import { useEffect, useId, useRef, useState } from 'react';
import type { DocPath, EditResult } from './doc-edit.ts';
import { useStudioT } from './studio-context.ts';
import type { StudioSession } from './studio-session.ts';
import type { StudioMessageKey } from '../i18n/studio-i18n.ts';

/** Read a value from parsed data along a path, through own properties only. */
export function getIn(data: unknown, path: DocPath): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (typeof k === 'number') v = Array.isArray(v) ? v[k] : undefined;
    else v = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.hasOwn(v, k) ? (v as Record<string, unknown>)[k] : undefined;
  }
  return v;
}

/** Apply an edit result to the session, or show why it was refused (returns the message, or null). */
export function applyEdit(session: StudioSession, r: EditResult, label: string, group?: string): StudioMessageKey | null {
  if (typeof r === 'string') {
    session.apply(r, label, group);
    return null;
  }
  return r.refused === 'yaml-broken' ? 'refused_yamlBroken' : r.refused === 'id-taken' ? 'refused_idTaken' : r.refused === 'id-invalid' ? 'refused_idInvalid' : 'refused_notFound';
}

const COMMIT_AFTER_MS = 500;

/**
 * A text field over one value of the document: typing stays local and is written (one undo step per field)
 * after a pause, on leaving the field or on Enter; a change from elsewhere (undo, the code view) shows at once.
 */
export function TextField({ label, value, onCommit, multiline = false, lang }: { label: string; value: string; onCommit: (v: string) => void; multiline?: boolean; lang?: string | undefined }) {
  const [local, setLocal] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const id = useId();
  useEffect(() => setLocal(value), [value]);
  const commit = (v: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (v !== value) onCommit(v);
  };
  const change = (v: string) => {
    setLocal(v);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => commit(v), COMMIT_AFTER_MS);
  };
  const props = {
    id,
    value: local,
    lang,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => change(e.target.value),
    onBlur: () => commit(local),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={3} {...props} /> : <input {...props} onKeyDown={(e) => e.key === 'Enter' && commit(local)} />}
    </div>
  );
}

/** A refusal shown next to the form that caused it. */
export function Refusal({ message }: { message: StudioMessageKey | null }) {
  const t = useStudioT();
  return message ? <p role="alert">{t(message)}</p> : null;
}
