#!/usr/bin/env node
/**
 * Bundles the compiled command line (dist/cli/main.js, everything it imports from dist/ and the
 * packages it imports) into one CommonJS file, dist/cli-bundle/cli.cjs, which bin/ado-coolify.js
 * compiles with a V8 code cache (bin/cli-loader.js; the cache is written by
 * scripts/cli-cache.mjs). Node 20 has no compile cache for modules: loading a hundred-odd small
 * ES modules and their packages, parsing and compiling them at every start, was most of a
 * `validate` of a small manifest. One script can be compiled from a cache instead.
 *
 * - `import.meta.url` becomes the bundle's own file URL (the package root and the generated
 *   validator are found from it, as from dist/cli/).
 * - What the code loads at run time with `createRequire` stays outside: the `yaml` package (only
 *   for positioned parsing) and the generated validator (dist/schema/validator-body.cjs, which
 *   has a code cache of its own: src/engine/validator-cache.ts).
 * - The first line names the build: the SHA-256 of the rest of the file. A code cache starts with
 *   the name of the build it was made from and is used for no other (V8 itself checks the
 *   source's length only).
 * The library (dist/index.js) is not bundled.
 *
 *   node scripts/bundle-cli.mjs     # after tsc -p tsconfig.build.json (npm run build does both)
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const outdir = `${root}dist/cli-bundle`;
const outfile = `${outdir}/cli.cjs`;
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: [`${root}dist/cli/main.js`],
  outfile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // import() of a built-in becomes a require: a script compiled from a code cache has no
  // dynamic-import callback under Node 20 (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING)
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__adoCoolifyBundleUrl' },
  banner: { js: 'var __adoCoolifyBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  // less text to read at every start; names are kept for stack traces
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
const code = readFileSync(outfile, 'utf8');
const buildId = createHash('sha256').update(code).digest('hex');
writeFileSync(outfile, `// ado-coolify build ${buildId}\n${code}`);
