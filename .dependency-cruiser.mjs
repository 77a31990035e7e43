// The layers of HardCall, checked by `npm run deps` and as a step of `npm test` (README, Architecture).
// Data flows one way: engine → app/CLI; the app reaches the engine only through its entry point.

/** Code that runs in Node and may use its built-ins. */
const NODE_SIDE = [
  '^engine/cli/',
  '^scripts/',
  '^tests/',
  '^e2e/',
  '^bin/',
  '^src/build/',
  '^(vite|vitest|playwright)\\.config\\.ts$',
];

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-file-cycle',
      severity: 'error',
      comment: 'Import cycles between files make load order fragile and layers meaningless.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycle',
      severity: 'error',
      comment: 'Folders form layers: a folder may not import one that (through others) imports it back.',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'engine-not-to-app',
      severity: 'error',
      comment: 'The engine is shared by the app, the CLI and the tests; it never reaches into the app.',
      from: { path: '^engine/' },
      to: { path: '^(src|tests|e2e|scripts)/' },
    },
    {
      name: 'engine-no-ui-libs',
      severity: 'error',
      comment: 'The engine stays free of React, the DOM and browser storage, so Node and workers can run it.',
      from: { path: '^engine/' },
      to: { path: 'node_modules/(react|react-dom|scheduler|@xstate/react|idb|fake-indexeddb)/' },
    },
    {
      name: 'node-builtins-only-node-side',
      severity: 'error',
      comment: 'Node built-ins belong to the CLI, build scripts and tests; the engine core and the app run in browsers.',
      from: { pathNot: NODE_SIDE },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'app-through-engine-entry',
      severity: 'error',
      comment: 'The app imports the engine only through engine/index.ts (lazy parts through its load…Module functions).',
      from: { path: '^src/' },
      to: { path: '^engine/', pathNot: '^engine/index\\.ts$' },
    },
    {
      name: 'cli-commands-through-engine-entry',
      severity: 'error',
      comment: 'Each CLI command uses the engine as the app does, through engine/index.ts (the CLI plumbing in engine/cli/ aside).',
      from: { path: '^engine/cli/commands/' },
      to: { path: '^engine/', pathNot: '^engine/(index\\.ts|cli/)' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing is a typo or a missing package (Vite virtual modules excepted).',
      from: {},
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|\\.test-reports)/' },
    // TypeScript 7 has no JavaScript API for dependency-cruiser's tsc parser; swc reads the same syntax.
    parser: 'swc',
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.mjs', '.js'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      // Packages without an exports map name their entry in one of these (@xapi/cmi5 only has `module`).
      mainFields: ['module', 'main', 'browser'],
    },
  },
};
