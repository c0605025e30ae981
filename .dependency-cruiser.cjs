/**
 * The dependency check `npm test` runs first (`npm run depcheck`): no import cycle, between modules or between
 * folders, and no layer reaching upward. Layers, top to bottom (README "Layers"); a module may import its own
 * layer and those below it. Rules are written by folder, so a new folder under src/features/ is covered as it
 * appears. Type-only imports count: a cycle of types is still two areas that cannot be read one at a time.
 */
const LAYERS = [
  // Entry points: processes, commands (src/evaluate/ is the evaluate command's runner) and the composition root (context.ts, README "What it does"), with the
  // entry files of worker threads, which build their context there. Nothing imports them (the CLI's commands
  // are imported by src/cli.ts).
  {
    name: 'entry',
    path: ['^src/(main|cli|server|context)\\.ts$', '^src/cli/', '^src/tools/', '^src/evaluate/', '^src/(api|ingest)/.*-worker\\.ts$'],
  },
  // Doors and API (the service's review thread in src/api/review-thread/).
  { name: 'doors', path: ['^src/(api|ingest)/(?!.*-worker\\.ts$)'] },
  // Features: one folder a slice; features/stores.ts, sqlite-stores.ts and mongo-stores.ts assemble them (rule below).
  { name: 'features', path: ['^src/features/'] },
  // Pipeline stages: no order among them, but no cycle between their folders either.
  { name: 'pipeline', path: ['^src/(review|validate|enrich|grouping|rules|benefits|model|decide|generate|catalogue)/'] },
  { name: 'store', path: ['^src/store/'] },
  { name: 'base', path: ['^src/contract/', '^src/money/', '^src/(config|logger|metrics)\\.ts$'] },
];

const either = (paths) => paths.join('|');
const upward = LAYERS.flatMap((layer, i) =>
  i === 0
    ? []
    : [
        {
          name: `no-upward-from-${layer.name}`,
          comment: `${layer.name} may import only ${LAYERS.slice(i).map((l) => l.name).join(', ')}`,
          severity: 'error',
          from: { path: either(layer.path) },
          to: { path: either(LAYERS.slice(0, i).flatMap((l) => l.path)) },
        },
      ],
);

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'modules that import each other, directly or round a loop',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycle',
      comment: 'folders whose modules import each other (areas that cannot be read one at a time)',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    ...upward,
    {
      name: 'stores-on-top-of-features',
      comment: 'features/stores.ts, sqlite-stores.ts and mongo-stores.ts assemble the slices: no slice imports them',
      severity: 'error',
      from: { path: '^src/features/[^/]+/' },
      to: { path: '^src/features/(stores|sqlite-stores|mongo-stores)\\.ts$' },
    },
    {
      name: 'tools-only-from-cli',
      comment: 'src/tools/ holds scripts and CLI helpers: only the CLI commands (and other tools) import them',
      severity: 'error',
      from: { pathNot: '^src/(cli|tools)/' },
      to: { path: '^src/tools/' },
    },
    {
      name: 'in-a-layer',
      comment: 'every module under src/ belongs to a layer (add a new folder to LAYERS in .dependency-cruiser.cjs)',
      severity: 'error',
      from: { path: '^src/', pathNot: either(LAYERS.flatMap((l) => l.path)) },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/api/console/' }, // the console's browser modules: static files, not part of the server
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
