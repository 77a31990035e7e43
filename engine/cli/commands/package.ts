import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { cmi5CourseXml, scormManifestXml } from '../../index.ts';
import { defineCommand, EXIT } from '../command.ts';
import { loadExamContext } from '../exam-files.ts';

/** `hardcall package`: publish an exam as a cmi5 course package or a SCORM 2004 package. */
export const command = defineCommand({
  name: 'package',
  synopsis: ['package --exam FILE (--cmi5 | --scorm) --out OUT.zip [--scenarios DIR]'],
  options: { exam: { type: 'string' }, cmi5: { type: 'boolean' }, scorm: { type: 'boolean' }, out: { type: 'string' }, scenarios: { type: 'string' } },
  args: { name: 'FILE', min: 0, max: 0 },
  texts: {
    en: {
      summary: 'publish an exam as a cmi5 or SCORM 2004 package',
      help: `Builds the static app with a relative base (hash routing) and zips it with cmi5.xml (cmi5 course package)
or imsmanifest.xml (SCORM 2004 4th edition) at the zip root. The LMS launches index.html?exam=<id>.
Exit code: 0 written, 1 the exam does not load or the build failed, 2 usage or output error.`,
      missingExam: 'missing --exam FILE',
      missingOut: 'missing --out OUT.zip',
      oneKind: 'give one of --cmi5 or --scorm',
      buildFailed: 'the app build failed (exit {code})',
      done: '{out}: {kind} package of exam {id} v{version} ({files} files)',
    },
    'zh-Hans': {
      summary: '把考试发布为 cmi5 或 SCORM 2004 包',
      help: `以相对路径（hash 路由）构建静态应用，并把它与 cmi5.xml（cmi5 课程包）或 imsmanifest.xml
（SCORM 2004 第 4 版）一起放在 zip 根目录。LMS 启动 index.html?exam=<id>。
退出码：0 已写出，1 考试无法加载或构建失败，2 用法或输出错误。`,
      missingExam: '缺少 --exam FILE',
      missingOut: '缺少 --out OUT.zip',
      oneKind: '请只给 --cmi5 或 --scorm 其中一个',
      buildFailed: '应用构建失败（退出码 {code}）',
      done: '{out}：考试 {id} v{version} 的 {kind} 包（{files} 个文件）',
    },
    'zh-Hant': {
      summary: '把考試發布為 cmi5 或 SCORM 2004 套件',
      help: `以相對路徑（hash 路由）建置靜態應用，並把它與 cmi5.xml（cmi5 課程套件）或 imsmanifest.xml
（SCORM 2004 第 4 版）一起放在 zip 根目錄。LMS 啟動 index.html?exam=<id>。
結束碼：0 已寫出，1 考試無法載入或建置失敗，2 用法或輸出錯誤。`,
      missingExam: '缺少 --exam FILE',
      missingOut: '缺少 --out OUT.zip',
      oneKind: '請只給 --cmi5 或 --scorm 其中一個',
      buildFailed: '應用建置失敗（結束碼 {code}）',
      done: '{out}：考試 {id} v{version} 的 {kind} 套件（{files} 個檔案）',
    },
  },
  async run({ values: v }, ctx) {
    const { io } = ctx;
    if (!v.exam) return ctx.usageError(ctx.say('missingExam'));
    if (!v.out) return ctx.usageError(ctx.say('missingOut'));
    if (!v.cmi5 === !v.scorm) return ctx.usageError(ctx.say('oneKind'));
    const loaded = await loadExamContext(v.exam, v.scenarios, io);
    if (!loaded.ok) {
      for (const p of loaded.problems) io.stderr(`${ctx.problemLine(p)}\n`);
      return EXIT.findings;
    }
    if (!io.writeFile) return EXIT.usage;
    const dir = await mkdtemp(join(tmpdir(), 'hardcall-package-'));
    try {
      const built = await buildApp(io.cwd, dir);
      if (built !== 0) {
        io.stderr(`hardcall package: ${ctx.say('buildFailed', { code: built })}\n`);
        return EXIT.findings;
      }
      const files = await listFiles(dir);
      const entries: Record<string, Uint8Array> = {};
      for (const f of files) entries[f] = new Uint8Array(await readFile(join(dir, f)));
      const exam = loaded.ctx.exam;
      const manifest = v.cmi5 ? ['cmi5.xml', cmi5CourseXml(exam)] : ['imsmanifest.xml', scormManifestXml(exam, files)];
      entries[manifest[0]!] = new TextEncoder().encode(manifest[1]!);
      await io.writeFile(resolve(io.cwd, v.out), zipSync(entries, { level: 9 }));
      io.stdout(`${ctx.say('done', { out: v.out, kind: v.cmi5 ? 'cmi5' : 'SCORM 2004', id: exam.id, version: exam.version, files: files.length + 1 })}\n`);
      return EXIT.ok;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
});

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
