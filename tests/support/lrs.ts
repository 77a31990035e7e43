import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** A free TCP port on 127.0.0.1 (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/** A real LRS (xapi-statements 5.0.1, GPL-3.0, a devDependency only) running on 127.0.0.1 for one test file. */
export interface Lrs {
  /** The xAPI endpoint, ending in `/xAPI/`. */
  endpoint: string;
  /** Basic credentials it accepts (its `test` auth repo accepts any). */
  auth: string;
  stop(): Promise<void>;
}

/** Start the LRS on a free port in a scratch folder (its local storage lands there) and wait until it answers. */
export async function startLrs(): Promise<Lrs> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'hardcall-lrs-'));
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'node_modules/xapi-statements/dist/index.js')], {
    cwd: dir,
    env: { ...process.env, AUTH_REPO: 'test', EVENTS_REPO: 'test', MODELS_REPO: 'memory', STORAGE_REPO: 'local', EXPRESS_PORT: String(port), NODE_NO_WARNINGS: '1' },
    stdio: 'ignore',
  });
  const endpoint = `http://127.0.0.1:${port}/xAPI/`;
  const stop = async () => {
    child.kill();
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 150; i++) {
    const up = await fetch(`${endpoint}about`).then((r) => r.ok, () => false);
    if (up) return { endpoint, auth: 'hardcall:test', stop };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error('the LRS did not start');
}

/** Read every statement back from the LRS, oldest first. */
export async function readStatements(lrs: Lrs): Promise<Array<Record<string, unknown>>> {
  const headers = { 'X-Experience-API-Version': '1.0.3', Authorization: `Basic ${btoa(lrs.auth)}` };
  const out: Array<Record<string, unknown>> = [];
  let url: string | null = `${lrs.endpoint}statements?limit=100&ascending=true`;
  for (let page = 0; url && page < 100; page++) {
    const body = (await (await fetch(url, { headers })).json()) as { statements: Array<Record<string, unknown>>; more: string };
    out.push(...body.statements);
    url = body.more ? new URL(body.more, lrs.endpoint).href : null;
  }
  return out;
}
