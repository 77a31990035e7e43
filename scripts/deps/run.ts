// `npm run deps`: check the layers (.dependency-cruiser.mjs) over every source folder; exit 1 on any violation.
// dependency-cruiser reads TypeScript and TSX through @swc/core, adapted by scripts/deps/register.mjs.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import process from 'node:process';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Everything with imports: the engine, the app, the scripts, the tests and the tool configs. */
export const CRUISED = ['engine', 'src', 'scripts', 'tests', 'e2e', 'bin', 'vite.config.ts', 'vitest.config.ts', 'playwright.config.ts'];

/** Run dependency-cruiser in `cwd` over `paths` with this project's rules; its exit status and report. */
export function runDepcruise(cwd = ROOT, paths: readonly string[] = CRUISED): { status: number; output: string } {
  const r = spawnSync(
    process.execPath,
    [
      '--import', `${ROOT}scripts/deps/register.mjs`,
      `${ROOT}node_modules/dependency-cruiser/bin/dependency-cruise.mjs`,
      '--config', `${ROOT}.dependency-cruiser.mjs`,
      '--output-type', 'err',
      ...paths,
    ],
    { cwd, encoding: 'utf8' },
  );
  return { status: r.status ?? 1, output: `${r.stdout}${r.stderr}` };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { status, output } = runDepcruise();
  process.stdout.write(output);
  process.exit(status);
}
