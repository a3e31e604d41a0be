#!/usr/bin/env node
/**
 * Writes dist/cli-bundle/cli.cjs.cache: V8's code cache of the bundled command line, which
 * bin/ado-coolify.js hands to vm.Script at every start instead of parsing and compiling the
 * bundle (bin/cli-loader.js). The bundle is first run, in this process with its output thrown
 * away, over short commands (help, and validate of every example and of the ADO manifest, with
 * and without their secrets), so the functions those reach are compiled and in the cache too;
 * the rest compiles lazily as without a cache.
 *
 *   node scripts/cli-cache.mjs     # after scripts/bundle-cli.mjs (npm run build runs both)
 *
 * The cache belongs to the Node.js that made it: V8 refuses it under another version, and the
 * bundle is then compiled as without it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCli, writeCliCache } from '../bin/cli-loader.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const manifests = [
  ...readdirSync(`${root}examples`).filter((f) => f.endsWith('.yaml')).map((f) => `${root}examples/${f}`),
  `${root}ado.coolify.yaml`,
];
/** Every `${env.X}` / `${secrets.X}` of a manifest, given a dummy value: the valid path. */
function dummySecrets(file) {
  const env = {};
  for (const m of readFileSync(file, 'utf8').matchAll(/\$\{\s*(?:env|secrets)\.([A-Za-z0-9_.-]+)\s*\}/g)) env[m[1]] = 'https://cache.example.com';
  return env;
}

const loaded = loadCli({ useCache: false });
const runs = [['--help'], ['plan', '--help'], ['apply', '--help']];
const write = { out: process.stdout.write, err: process.stderr.write };
const savedEnv = { ...process.env };
process.stdout.write = () => true;
process.stderr.write = () => true;
try {
  for (const args of runs) await loaded.cli.runMain(['node', 'ado-coolify', ...args]);
  for (const file of manifests) {
    await loaded.cli.runMain(['node', 'ado-coolify', 'validate', '-f', file]);
    Object.assign(process.env, dummySecrets(file));
    await loaded.cli.runMain(['node', 'ado-coolify', 'validate', '-f', file]);
    process.env = { ...savedEnv };
  }
} finally {
  process.stdout.write = write.out;
  process.stderr.write = write.err;
  process.env = savedEnv;
  process.exitCode = 0;
}
const bytes = writeCliCache(loaded);
process.stdout.write(`wrote dist/cli-bundle/cli.cjs.cache (${bytes} bytes, warmed with ${runs.length + 2 * manifests.length} commands)\n`);
