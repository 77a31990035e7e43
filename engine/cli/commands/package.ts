import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { cmi5CourseXml, scormManifestXml } from '../../index.ts';
import { parseOptions } from '../exam-args.ts';
import { loadExamContext } from '../exam-files.ts';
import { formatProblem } from '../format-problem.ts';
import type { Command } from '../io.ts';

const USAGE = `Usage: hardcall package --exam FILE (--cmi5 | --scorm) --out OUT.zip [--scenarios DIR]
Builds the static app with a relative base (hash routing) and zips it with cmi5.xml (cmi5 course package)
or imsmanifest.xml (SCORM 2004 4th edition) at the zip root. The LMS launches index.html?exam=<id>.
`;

/** `hardcall package`: publish an exam as a cmi5 course package or a SCORM 2004 package. */
export const runPackage: Command = async (args, io) => {
  const parsed = parseOptions(args, { exam: { type: 'string' }, cmi5: { type: 'boolean' }, scorm: { type: 'boolean' }, out: { type: 'string' }, scenarios: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (typeof parsed !== 'string' && parsed.values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const v = typeof parsed === 'string' ? null : parsed.values;
  const bad = !v ? (parsed as string) : !v.exam ? 'missing --exam FILE' : !v.out ? 'missing --out OUT.zip' : !v.cmi5 === !v.scorm ? 'give one of --cmi5 or --scorm' : null;
  if (bad || !v) {
    io.stderr(`hardcall package: ${bad}\n${USAGE}`);
    return 2;
  }
  const loaded = await loadExamContext(v.exam!, v.scenarios, io);
  if (!loaded.ok) {
    for (const p of loaded.problems) io.stderr(`${formatProblem(p)}\n`);
    return 1;
  }
  if (!io.writeFile) return 2;
  const dir = await mkdtemp(join(tmpdir(), 'hardcall-package-'));
  try {
    const built = await buildApp(io.cwd, dir);
    if (built !== 0) {
      io.stderr(`hardcall package: the app build failed (exit ${built})\n`);
      return 1;
    }
    const files = await listFiles(dir);
    const entries: Record<string, Uint8Array> = {};
    for (const f of files) entries[f] = new Uint8Array(await readFile(join(dir, f)));
    const exam = loaded.ctx.exam;
    const manifest = v.cmi5 ? ['cmi5.xml', cmi5CourseXml(exam)] : ['imsmanifest.xml', scormManifestXml(exam, files)];
    entries[manifest[0]!] = new TextEncoder().encode(manifest[1]!);
    await io.writeFile(resolve(io.cwd, v.out!), zipSync(entries, { level: 9 }));
    io.stdout(`${v.out}: ${v.cmi5 ? 'cmi5' : 'SCORM 2004'} package of exam ${exam.id} v${exam.version} (${files.length + 1} files)\n`);
    return 0;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

// The package is the same app as `npm run build`, with relative URLs so it runs from any LMS folder;
// source maps are left out (they would double the package for nothing a learner needs).
function buildApp(root: string, outDir: string): Promise<number> {
  const vite = resolve(root, 'node_modules', 'vite', 'bin', 'vite.js');
  return new Promise((done) => {
    const child = spawn(process.execPath, [vite, 'build', '--base', './', '--outDir', outDir, '--emptyOutDir', '--sourcemap', 'false', '--logLevel', 'error'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => done(code ?? 1));
    child.on('error', () => done(1));
  });
}

async function listFiles(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p, base)));
    else out.push(relative(base, p).split('\\').join('/'));
  }
  return out;
}
