import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { checkPins, loadExam, loadScenario, type Exam, type Scenario } from '../../engine/index.ts';

const EXAMS_ID = 'virtual:hardcall/exam-index';

/** A bundled exam as the browser sees it: ready to sit, or broken with its problems' wording. */
export type BundledExam = { ok: true; file: string; exam: Exam } | { ok: false; file: string; problems: string[] };

/**
 * Vite plugin: loads scenarios/exams/*.exam.yaml at build time and checks every pin against the bundled
 * scenarios, so the app gets exams that are known to match what it will play (or their problems).
 * Only the lazily loaded exam screen imports the module.
 */
export function hardcallExams(options: { dir?: string } = {}): Plugin {
  let dir = '';
  return {
    name: 'hardcall-exams',
    configResolved(config) {
      dir = resolve(config.root, options.dir ?? 'scenarios');
    },
    resolveId: (id) => (id === EXAMS_ID ? `\0${id}` : null),
    load(id) {
      if (id !== `\0${EXAMS_ID}`) return null;
      this.addWatchFile(join(dir, 'exams'));
      return `export const exams = ${JSON.stringify(loadExams(dir))};\n`;
    },
  };
}

/** Load every exam under `<dir>/exams` and check its pins against the scenario files of `<dir>`. */
export function loadExams(dir: string): BundledExam[] {
  const examDir = join(dir, 'exams');
  let names: string[] = [];
  try {
    names = readdirSync(examDir).filter((f) => /\.exam\.ya?ml$/.test(f)).sort();
  } catch {
    return [];
  }
  const index = new Map<string, { scenario: Scenario; file: string }>();
  for (const f of readdirSync(dir).filter((n) => /\.(ya?ml|json)$/.test(n) && !n.endsWith('.schema.json'))) {
    const r = loadScenario(readFileSync(join(dir, f), 'utf8'), f);
    if (r.ok && !index.has(r.value.id)) index.set(r.value.id, { scenario: r.value, file: f });
  }
  return names.map((file): BundledExam => {
    const r = loadExam(readFileSync(join(examDir, file), 'utf8'), file);
    if (!r.ok) return { ok: false, file, problems: r.problems.map((p) => `${p.line}:${p.column} ${p.message}`) };
    const problems = checkPins(r.exam, r.doc, index, file);
    return problems.length ? { ok: false, file, problems: problems.map((p) => `${p.line}:${p.column} ${p.message}`) } : { ok: true, file, exam: r.exam };
  });
}
