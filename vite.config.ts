import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { hardcallScenarios } from './src/build/scenario-plugin.ts';
import { hardcallExams } from './src/build/exam-plugin.ts';

export default defineConfig({
  plugins: [react(), hardcallScenarios(), hardcallExams()],
  // Bundled scenarios/*.yaml are loaded by the engine loader at build time (see the plugin): the browser
  // gets a small index plus one validated scenario per call, and the YAML parser only for opened files.
  assetsInclude: [],
  build: { target: 'es2022', sourcemap: true },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
