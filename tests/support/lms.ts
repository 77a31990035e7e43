import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { freePort, type Lrs } from './lrs.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.xml': 'application/xml', '.svg': 'image/svg+xml' };

/** What the test's LMS holds for a cmi5 launch: LMS.LaunchData, the registration and who the learner is. */
export interface LaunchSetup {
  registration: string;
  activityId: string;
  actor: Record<string, unknown>;
  launchData: Record<string, unknown>;
}

/**
 * The LMS side of the tests, on 127.0.0.1: serves an unpacked course package under /pkg/, answers the
 * cmi5 `fetch` URL once per launch, serves LMS.LaunchData and learner preferences itself (the LRS has
 * no State API), and passes /xapi/statements through to the real LRS. /scorm-host.html runs
 * scorm-again's Scorm2004API as the SCORM runtime around the package.
 */
export async function startLms(lrs: Lrs, packageDir: string): Promise<{ origin: string; launches: Map<string, LaunchSetup>; stop(): Promise<void> }> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const launches = new Map<string, LaunchSetup>();
  const fetched = new Set<string>();
  const server: Server = createServer((req, res) => void handle(req, res).catch((e: unknown) => send(res, 500, 'text/plain', String(e))));
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname === '/fetch' && req.method === 'POST') {
      const reg = url.searchParams.get('registration') ?? '';
      // cmi5 8.2.3: the fetch URL hands out its token once.
      if (fetched.has(reg)) return send(res, 200, 'application/json', JSON.stringify({ 'error-code': '1', 'error-text': 'already used' }));
      fetched.add(reg);
      return send(res, 200, 'application/json', JSON.stringify({ 'auth-token': btoa(lrs.auth) }));
    }
    if (url.pathname === '/xapi/activities/state') {
      const launch = launches.get(url.searchParams.get('registration') ?? '');
      if (url.searchParams.get('stateId') !== 'LMS.LaunchData' || !launch) return send(res, 404, 'text/plain', '');
      return send(res, 200, 'application/json', JSON.stringify(launch.launchData));
    }
    if (url.pathname === '/xapi/agents/profile') return send(res, 200, 'application/json', JSON.stringify({ languagePreference: 'en-US', audioPreference: 'off' }));
    if (url.pathname.startsWith('/xapi/statements') || url.pathname === '/xapi/about') return proxy(req, res, lrs, url);
    if (url.pathname === '/scorm-host.html') return send(res, 200, 'text/html', scormHost(url.searchParams.get('launch') ?? ''));
    if (url.pathname === '/scorm2004.js') return send(res, 200, 'text/javascript', readFileSync(join(ROOT, 'node_modules/scorm-again/dist/scorm2004.js')));
    if (url.pathname.startsWith('/pkg/')) return serveFile(res, packageDir, url.pathname.slice(5) || 'index.html');
    send(res, 404, 'text/plain', 'not found');
  }
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return { origin, launches, stop: () => new Promise((r) => server.close(() => r())) };
}

async function proxy(req: IncomingMessage, res: ServerResponse, lrs: Lrs, url: URL): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const target = new URL(url.pathname.replace(/^\/xapi\//, '') + url.search, lrs.endpoint);
  const headers: Record<string, string> = {};
  for (const h of ['authorization', 'content-type', 'x-experience-api-version']) if (typeof req.headers[h] === 'string') headers[h] = req.headers[h];
  const body = chunks.length ? Buffer.concat(chunks) : null;
  const r = await fetch(target, { method: req.method ?? 'GET', headers, ...(body ? { body } : {}) });
  send(res, r.status, r.headers.get('content-type') ?? 'application/json', Buffer.from(await r.arrayBuffer()));
}

function serveFile(res: ServerResponse, dir: string, rel: string): void {
  const path = normalize(join(dir, rel));
  if (!path.startsWith(dir) || !statSync(path, { throwIfNoEntry: false })?.isFile()) return send(res, 404, 'text/plain', 'not found');
  send(res, 200, TYPES[extname(path)] ?? 'application/octet-stream', readFileSync(path));
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': type, 'X-Experience-API-Version': '1.0.3' });
  res.end(body);
}

// The SCORM runtime lives in the host page; the package runs in a frame and finds API_1484_11 in its parent.
function scormHost(launch: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SCORM host</title><script src="/scorm2004.js"></script></head><body>
<script>
  var Api = window.Scorm2004API.Scorm2004API || window.Scorm2004API;
  window.API_1484_11 = new Api({ autocommit: false, logLevel: 5 });
  window.API_1484_11.loadFromJSON({ learner_id: 'agent-42', learner_name: 'Lee, Kim' });
  window.calls = [];
  ['Initialize', 'Commit', 'Terminate'].forEach(function (m) { window.API_1484_11.on(m, function () { window.calls.push(m); }); });
</script>
<iframe title="Course" src="/pkg/${launch.replace(/"/g, '&quot;')}" style="width:100%;height:90vh;border:0"></iframe>
</body></html>`;
}
