// Layer and cycle rules for src/ (run by .ci/run): data flows one way,
// Bundle → ValidatedBundle → Placement → RunResult → Evidence → Capsule → Verification → Decision,
// and a module imports only from its own folder or from folders listed before its own.
// A total order of the top-level folders also rules out cycles among folders.

/** Bottom to top. Each entry is a top-level folder (or root file) of src/. */
const LAYERS = [
  'errors.ts', 'version.ts', 'text', 'hash', 'fsio', 'json', 'schemas', 'keys', 'zip', 'trust',
  'bundle', 'execute', 'place', 'collect', 'chain', 'manifest', 'advice', 'record', 'exports',
  'prove', 'sign', 'verify', 'promotion', 'agentplane', 'view', 'diff', 'init',
  'pipeline', 'wrap', 'replay', 'action', 'cli',
];

const escape = (name) => name.replace(/\./g, '\\.');
const pathOf = (name) => (name.endsWith('.ts') ? `^src/${escape(name)}$` : `^src/${escape(name)}/`);

const layerRules = LAYERS.slice(0, -1).map((name, i) => ({
  name: `layer-${name.replace(/\.ts$/, '')}`,
  comment: `${name} is below ${LAYERS.slice(i + 1).join(', ')}: it may not import them`,
  severity: 'error',
  from: { path: pathOf(name) },
  to: { path: LAYERS.slice(i + 1).map(pathOf) },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Files import each other in one direction only',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-unlisted-folder',
      comment: 'Every top-level folder of src/ has its place in LAYERS (.dependency-cruiser.cjs)',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/', pathNot: LAYERS.map(pathOf) },
    },
    {
      name: 'actions-only-in-action',
      comment: 'The GitHub adapter is the only code that knows the runner (@actions/*)',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/action/' },
      to: { path: 'node_modules/@actions/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.generated\\.' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
