#!/usr/bin/env node
/**
 * Copies the generated src/schema/validator-body.cjs into dist/schema/ (tsc copies no .cjs) and
 * writes dist/schema/validator-body.cache beside it: V8's code cache of the manifest validator, which the command line
 * hands to `vm.Script` at start-up instead of parsing and compiling the validator's megabyte of
 * generated code (src/engine/validator-cache.ts). The validator is first run over every example
 * manifest and the ADO manifest, so that the functions they reach are in the cache too.
 *
 *   node scripts/validator-cache.mjs     # after tsc -p tsconfig.build.json (npm run build does both)
 *
 * The cache belongs to the Node.js that made it: V8 refuses it under another version, and the
 * validator is then compiled as without it.
 */
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load as loadYaml } from 'js-yaml';
import { writeValidatorCache } from '../dist/engine/validator-cache.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const manifests = [
  ...readdirSync(`${root}examples`).filter((f) => f.endsWith('.yaml')).map((f) => `${root}examples/${f}`),
  `${root}ado.coolify.yaml`,
];
const docs = manifests.flatMap((file) => {
  try {
    return [loadYaml(readFileSync(file, 'utf8'))];
  } catch {
    return []; // an example the plain YAML reader cannot take only warms less
  }
});
copyFileSync(`${root}src/schema/validator-body.cjs`, `${root}dist/schema/validator-body.cjs`);
const bytes = writeValidatorCache(docs);
process.stdout.write(`wrote dist/schema/validator-body.cache (${bytes} bytes, warmed with ${docs.length} manifests)\n`);
