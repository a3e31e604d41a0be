/**
 * The layers of src/ (docs/architecture.md, "Layers"), checked by dependency-cruiser in every
 * `npm test` (test/layering/layering.test.ts). Run by hand: `npx depcruise src`.
 *
 * - The pure core imports no I/O module of Node and no folder of the shell.
 * - The shell only imports downward: coolify < kind-ops < state < apply < engine < day2 < github < serve < cli.
 *   init and sandbox stand beside it and import only the core.
 * - Nothing in src/ imports a devDependency, and no file imports something that does not resolve.
 *
 * `process` is a global, not an import: test/layering/no-process-in-core.test.ts checks it.
 */

/** The pure core: folders (and top-level files) that compute, never touch the world. */
const CORE_FOLDERS = [
  'model',
  'manifest',
  'load',
  'schema',
  'resolve',
  'validate',
  'kinds',
  'releases',
  'diff',
  'plan',
  'graph',
  'render',
  'diagnostics',
  'compose',
  'kubernetes',
  'import',
  'policy',
];
const CORE = `^src/(${CORE_FOLDERS.join('|')})/|^src/errors[.]ts$`;

/** Node built-ins the core may use: hashing, path strings, createRequire for ajv's runtime. */
const PURE_BUILTINS = '^(node:)?(crypto|path|module)$';

/** The shell, bottom to top. A layer imports the core and the layers before it in this list. */
const SHELL_ORDER = ['coolify', 'kind-ops', 'state', 'apply', 'engine', 'day2', 'github', 'serve', 'cli'];
/** Shell folders beside the stack: they import only the core. */
const SIDE_FOLDERS = ['init', 'sandbox'];
const SHELL_FILES = ['version', 'index'];

/** A path pattern for the given src/ folders. */
function folders(names) {
  return `^src/(${names.join('|')})/`;
}

/** Every shell layer but the top one (cli, which may import everything but the library entry). */
const shellRules = SHELL_ORDER.slice(0, -1).map((layer, i) => ({
  name: `shell-downward-${layer}`,
  comment: `src/${layer}/ imports only the core and the shell layers below it (${SHELL_ORDER.slice(0, i).join(', ') || 'none'}).`,
  severity: 'error',
  from: { path: folders([layer]) },
  to: { path: [folders([...SHELL_ORDER.slice(i + 1), ...SIDE_FOLDERS]), '^src/index[.]ts$'] },
}));

const sideRules = SIDE_FOLDERS.map((side) => ({
  name: `side-${side}-core-only`,
  comment: `src/${side}/ stands beside the shell stack: it imports only the core (and version.ts).`,
  severity: 'error',
  from: { path: folders([side]) },
  to: { path: [folders([...SHELL_ORDER, ...SIDE_FOLDERS.filter((s) => s !== side)]), '^src/index[.]ts$'] },
}));

module.exports = {
  forbidden: [
    {
      name: 'core-no-io-builtins',
      comment: `The pure core imports no I/O module of Node (only ${PURE_BUILTINS}): reading files, sockets and processes is the shell's work.`,
      severity: 'error',
      from: { path: CORE },
      to: { dependencyTypes: ['core'], pathNot: PURE_BUILTINS },
    },
    {
      name: 'core-no-shell',
      comment: 'The pure core imports no folder of the shell (client, state, apply, engine, day2, github, cli, init, sandbox).',
      severity: 'error',
      from: { path: CORE },
      to: { path: [folders([...SHELL_ORDER, ...SIDE_FOLDERS]), `^src/(${SHELL_FILES.join('|')})[.]ts$`] },
    },
    ...shellRules,
    ...sideRules,
    {
      name: 'nothing-imports-the-entry-points',
      comment: 'src/index.ts (the library) and src/cli/ (the program) are the tops: no other folder imports them.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(cli/|index[.]ts$)' },
      to: { path: '^src/(cli/|index[.]ts$)' },
    },
    {
      name: 'no-circular',
      comment: 'Files do not import each other in a loop.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-dev-deps-in-src',
      comment: 'src/ ships to users: it may not import a devDependency.',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'] },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves.',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
