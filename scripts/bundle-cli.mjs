#!/usr/bin/env node
/**
 * Bundles the compiled command line (dist/cli/main.js and everything it imports from dist/)
 * into dist/cli-bundle/, which bin/ado-coolify.js runs. Node 20 has no module compile cache,
 * and loading a hundred-odd small ES modules one by one was a third of a `validate` of a small
 * manifest. Packages stay external (node_modules, as installed); the commands that are loaded
 * lazily stay lazy (code splitting: each is a chunk of its own). The library (dist/index.js)
 * is not bundled.
 *
 *   node scripts/bundle-cli.mjs     # after tsc -p tsconfig.build.json (npm run build does both)
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const outdir = `${root}dist/cli-bundle`;
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: `${root}dist/cli/main.js` },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  // less text to parse at every start (the schema validator alone is ~1 MB); names are kept for stack traces
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
