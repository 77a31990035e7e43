import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadScenario, type Problem, type Scenario } from '../../engine/index.ts';
import type { BundledEntry } from '../state/bundled-types.ts';
import { hashText } from '../state/hash-text.ts';

const INDEX_ID = 'virtual:hardcall/scenario-index';
const SCENARIO_PREFIX = 'virtual:hardcall/scenario/';
const SOURCE_PREFIX = 'virtual:hardcall/source/';

/**
 * Vite plugin: loads the bundled scenarios/*.yaml with the engine loader at build time, so the browser
 * gets a small index for the library and one lazily imported, already validated scenario per call,
 * without shipping the YAML parser and schema in the initial JavaScript. Broken files become index
 * entries carrying their located problems, shown in the library instead of failing the build.
 */
export function hardcallScenarios(options: { dir?: string } = {}): Plugin {
  let dir = '';
  let base = '/';
  let loaded: Array<{ entry: BundledEntry; scenario?: Scenario; text?: string }> = [];
  return {
    name: 'hardcall-scenarios',
    configResolved(config) {
      dir = resolve(config.root, options.dir ?? 'scenarios');
      base = config.base;
    },
    // A deep link or reload of `#/call/<key>` fetches that scenario's chunk alongside the app's own
    // JavaScript instead of after it has run: a tiny inline script maps the key to its built chunk.
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const chunks: Record<string, string> = {};
        for (const out of Object.values(ctx.bundle)) {
          const id = out.type === 'chunk' ? out.facadeModuleId : null;
          if (id?.startsWith(`\0${SCENARIO_PREFIX}`)) chunks[decodeURIComponent(id.slice(SCENARIO_PREFIX.length + 1))] = base + out.fileName;
        }
        return [{ tag: 'script', children: preloadScript(chunks), injectTo: 'head' }];
      },
    },
    resolveId(id) {
      return id === INDEX_ID || id.startsWith(SCENARIO_PREFIX) || id.startsWith(SOURCE_PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (id === `\0${INDEX_ID}`) {
        loaded = loadAll(dir);
        this.addWatchFile(dir);
        for (const { entry } of loaded) this.addWatchFile(join(dir, entry.file));
        return indexModule(loaded.map((l) => l.entry));
      }
      if (id.startsWith(`\0${SCENARIO_PREFIX}`)) {
        const key = decodeURIComponent(id.slice(SCENARIO_PREFIX.length + 1));
        const hit = loaded.find((l) => l.entry.ok && l.entry.key === key);
        if (!hit?.scenario) return null;
        // In `vite dev`, editing the file must reload this module too, not only the index.
        this.addWatchFile(join(dir, hit.entry.file));
        const found = hit.scenario;
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(found))});`;
      }
      // The file's text, fetched only when a finished attempt pins this version (to re-grade it later).
      if (id.startsWith(`\0${SOURCE_PREFIX}`)) {
        const key = decodeURIComponent(id.slice(SOURCE_PREFIX.length + 1));
        const hit = loaded.find((l) => l.entry.ok && l.entry.key === key);
        return hit?.text === undefined ? null : `export default ${JSON.stringify(hit.text)};`;
      }
      return null;
    },
  };
}

/** Load every scenario file of a folder, reporting duplicate ids as problems of the later file. */
export function loadAll(dir: string): Array<{ entry: BundledEntry; scenario?: Scenario; text?: string }> {
  const files = readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/i.test(f) && !f.endsWith('.schema.json'))
    .sort();
  const seen = new Map<string, string>();
  return files.map((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const result = loadScenario(text, file);
    if (!result.ok) return { entry: { ok: false, file, problems: result.problems } };
    const s = result.value;
    const first = seen.get(s.id);
    if (first) {
      const problem: Problem = { code: 'duplicate-scenario-id', severity: 'error', params: { id: s.id, firstFile: first }, file, line: 1, column: 1 };
      return { entry: { ok: false, file, problems: [problem] } };
    }
    seen.set(s.id, file);
    const entry: BundledEntry = {
      ok: true,
      key: s.id,
      file,
      hash: hashText(text),
      summary: { id: s.id, version: s.version, locale: s.locale, title: s.title, difficulty: s.difficulty, persona: s.persona },
    };
    return { entry, scenario: s, text };
  });
}

function preloadScript(chunks: Record<string, string>): string {
  return `(function(){var m=${JSON.stringify(chunks)};var k=/^#\\/call\\/([^/]+)/.exec(location.hash);var u;try{u=k&&m[decodeURIComponent(k[1])]}catch(e){}if(u){var l=document.createElement('link');l.rel='modulepreload';l.href=u;document.head.appendChild(l)}})();`;
}

function indexModule(entries: BundledEntry[]): string {
  const items = entries.map((e) =>
    e.ok
      ? `{...${JSON.stringify(e)}, load: () => import(${JSON.stringify(SCENARIO_PREFIX + encodeURIComponent(e.key))}).then((m) => m.default), loadSource: () => import(${JSON.stringify(SOURCE_PREFIX + encodeURIComponent(e.key))}).then((m) => m.default)}`
      : JSON.stringify(e),
  );
  return `export const entries = [\n${items.join(',\n')}\n];\n`;
}
