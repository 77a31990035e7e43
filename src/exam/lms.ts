import type { LmsReporter, ScormApi } from './lms-types.ts';

export type { LmsReporter, ScormApi } from './lms-types.ts';


/** The cmi5 launch parameters, when the page was launched by a cmi5 LMS. */
export function cmi5Launch(search: string): boolean {
  const q = new URLSearchParams(search);
  return ['endpoint', 'fetch', 'actor', 'registration', 'activityId'].every((k) => q.get(k));
}

/** Find the SCORM 2004 runtime API in a parent or opener window (the standard search, at most 10 levels up). */
export function findScormApi(win: Window): ScormApi | null {
  let w: Window | null = win;
  for (let i = 0; w && i < 10; i++) {
    const api = readApi(w);
    if (api) return api;
    if (w.parent === w) break;
    w = w.parent;
  }
  return win.opener ? readApi(win.opener as Window) : null;
}

function readApi(w: Window): ScormApi | null {
  try {
    const api = (w as unknown as { API_1484_11?: ScormApi }).API_1484_11;
    return api && typeof api.Initialize === 'function' ? api : null;
  } catch {
    return null; // a cross-origin parent cannot be read: no API there
  }
}


/** Load the reporter for the LMS that launched the page, if any (their code loads only then). */
export async function detectLms(win: Window): Promise<LmsReporter | null> {
  if (cmi5Launch(win.location.search)) return (await import('./cmi5-reporter.ts')).createCmi5Reporter();
  const api = findScormApi(win);
  if (api) return (await import('./scorm-reporter.ts')).createScormReporter(api, win.sessionStorage);
  return null;
}
