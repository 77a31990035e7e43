import type { Statement } from '../index.ts';
import type { CliIO } from './io.ts';

/** Most statement pages read from one LRS: a bound on a server that keeps answering `more`. */
const MAX_PAGES = 10_000;

/** Read every statement of an LRS (following `more` links), with basic auth `user:password` if given. */
export async function fetchStatements(endpoint: string, auth: string | undefined, io: CliIO): Promise<{ ok: true; statements: Statement[] } | { ok: false; error: string }> {
  const doFetch = io.fetch ?? globalThis.fetch;
  const base = endpoint.endsWith('/') ? endpoint : `${endpoint}/`;
  const headers: Record<string, string> = { 'X-Experience-API-Version': '1.0.3', Accept: 'application/json' };
  if (auth) headers.Authorization = `Basic ${btoa(auth)}`;
  const statements: Statement[] = [];
  let url: string | null = new URL('statements?limit=500', base).href;
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const res: Response | Error = await doFetch(url, { headers }).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
    if (res instanceof Error) return { ok: false, error: `cannot reach the LRS at ${url}: ${res.message}` };
    if (!res.ok) return { ok: false, error: `the LRS answered ${res.status} ${res.statusText} for ${url}` };
    const body = (await res.json().catch(() => null)) as { statements?: unknown; more?: unknown } | null;
    if (!body || !Array.isArray(body.statements)) return { ok: false, error: `the LRS sent no statement list for ${url}` };
    statements.push(...(body.statements as Statement[]));
    url = typeof body.more === 'string' && body.more !== '' ? new URL(body.more, base).href : null;
  }
  return { ok: true, statements };
}
