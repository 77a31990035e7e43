import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { hardcallScenarios } from './src/build/scenario-plugin.ts';
import { hardcallExams } from './src/build/exam-plugin.ts';

export default defineConfig({
  plugins: [react(), hardcallScenarios(), hardcallExams()],
  // Bundled scenarios/*.yaml are loaded by the engine loader at build time (see the plugin): the browser
  // gets a small index plus one validated scenario per call, and the YAML parser only for opened files.
  assetsInclude: [],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The typed-reply reader, the text analyzer it calls, and the grader (which defaults to the reader) with its
    // "say this instead" search load together, lazily. Left to automatic splitting, the grader shares a chunk with
    // the rule pass the call screen runs (engine/index.ts re-exports both), so the first screen would load the
    // analyzer (~29 KB gz) with it.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'typed-reader', includeDependenciesRecursively: false, test: /engine[\\/](grade[\\/](grade-path|scorecard-build|suggest-instead|best-continuation|references|instead-for-turn)|typed[\\/](read-typed|check-typed|closeness|candidates)|text[\\/]|mood[\\/])/ }],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
