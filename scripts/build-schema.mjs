#!/usr/bin/env node
/**
 * Compiles schema/ado.coolify.schema.json ahead of time into src/schema/validator-body.cjs and
 * src/schema/compiled-validator.ts, so `ado-coolify validate` never pays for ajv's run-time
 * compilation (44 ms against 436 ms at start-up). The files are generated, not committed: `npm run build` and `npm run typecheck` run
 * this script first, and so does every vitest run (test/schema/generate-validator.setup.ts).
 *
 *   node scripts/build-schema.mjs          # (re)write the generated files when they differ
 *   node scripts/build-schema.mjs --check  # exit 1 when a generated file is missing or stale
 *
 * The schema is dereferenced first (it has no recursion): every `$ref` is replaced by its target,
 * so every error's `schemaPath` is absolute and unambiguous (ajv reports paths relative to a
 * `$defs` entry when it compiles that entry as a separate function).
 *
 * Two files are generated:
 *   - src/schema/validator-body.cjs: ajv's standalone validator (see `validatorCode` below),
 *   - src/schema/compiled-validator.ts, which exports `validatorBodyHash` (the SHA-256 of that
 *     code) and `schemaSkeleton`: the dereferenced schema without descriptions/examples, used at run time
 *     to find the custom `errorMessage` of a failing rule and the allowed keys at a location.
 *
 * `generateValidatorFiles(schema)` is exported so a test can regenerate in memory and compare;
 * `writeValidator()` is what the build and the test setup call.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';

const root = new URL('../', import.meta.url);
export const schemaPath = fileURLToPath(new URL('schema/ado.coolify.schema.json', root));
export const outputPath = fileURLToPath(new URL('src/schema/compiled-validator.ts', root));
export const bodyPath = fileURLToPath(new URL('src/schema/validator-body.cjs', root));

/** Keywords that only document the schema; stripped from the run-time skeleton. */
const DOC_KEYWORDS = new Set(['description', 'examples', 'title', '$comment', '$schema', '$id']);

/** Options shared by the build and the tests: all errors, strict schema checks. */
export function createAjv() {
  const ajv = new Ajv2020.default({
    allErrors: true,
    strict: true,
    // `type: ["string", "number", ...]` is deliberate (env values, CPU counts).
    allowUnionTypes: true,
    // `if`/`then` rule schemas test `properties` without repeating `type: object`.
    strictTypes: false,
    // Rule schemas (`then: { required: [...] }`) name properties defined by their parent.
    strictRequired: false,
    code: { source: true, esm: true, lines: true },
  });
  // VS Code / yaml-language-server extension keyword: a human message for a failing rule.
  // Annotation only for ajv; src/schema/index.ts reads it from the skeleton.
  ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' });
  return ajv;
}

/**
 * Replaces every local `$ref` (`#/$defs/name`) by a copy of its target and drops `$defs`.
 * Siblings of `$ref` may only be documentation keywords; they override the target's.
 */
export function dereference(node, defs) {
  if (Array.isArray(node)) return node.map((item) => dereference(item, defs));
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    const match = /^#\/\$defs\/([^/]+)$/.exec(node.$ref);
    const target = match ? defs[match[1]] : undefined;
    if (!target) throw new Error(`unsupported $ref ${node.$ref}`);
    const { $ref: _ref, ...siblings } = node;
    for (const key of Object.keys(siblings)) {
      if (!DOC_KEYWORDS.has(key)) throw new Error(`keyword "${key}" next to $ref ${node.$ref}: only documentation keywords may sit there`);
    }
    return { ...dereference(target, defs), ...siblings };
  }
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$defs') continue;
    out[key] = dereference(value, defs);
  }
  return out;
}

/** Removes documentation keywords, keeping everything the validator and `allowedKeysAt` need. */
export function skeletonOf(node, parentKey) {
  if (Array.isArray(node)) return node.map((item) => skeletonOf(item, undefined));
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    // Inside `properties`/`$defs` maps the keys are names, not keywords: keep them all.
    const isNameMap = parentKey === 'properties' || parentKey === 'dependentSchemas';
    if (!isNameMap && DOC_KEYWORDS.has(key)) continue;
    out[key] = skeletonOf(value, key);
  }
  return out;
}

/**
 * ajv standalone code calls CommonJS `require("ajv/dist/runtime/x")` for its runtime helpers.
 * The validator is generated as a CommonJS file of its own, `validator-body.cjs`, exporting
 * `{ hash, create(require) }`: `create` returns ajv's validator; `hash` is the SHA-256 of the
 * code, which the generated module also exports (`validatorBodyHash`), so a stale copy is caught.
 *
 * Why a file of its own: a megabyte of ES module code is parsed at every start-up, and Node 20
 * has no compile cache for ES modules (nor for CommonJS). The command line compiles the file
 * through `vm.Script` with a V8 code cache instead (src/engine/validator-cache.ts, written at
 * build time by scripts/validator-cache.mjs), which skips the parse and the compile; the library
 * and the tests `require` it (src/schema/validator.ts).
 *
 * The code is kept ASCII, so that it is read as a one-byte string without UTF-8 decoding: ajv
 * writes the schema's text (descriptions with `…`, patterns for `new RegExp`) as JSON string
 * literals, where a non-ASCII character and its `\uXXXX` escape are the same string.
 */
function validatorCode(code) {
  const exportLines = /^export const validate = (validate\d+);\nexport default validate\d+;\n/m;
  const exportMatch = exportLines.exec(code);
  if (!exportMatch) throw new Error('unexpected ajv standalone output: export lines not found');
  const ascii = code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${ascii.replace(exportLines, '').trimEnd()}\nreturn ${exportMatch[1]};`;
}

const GENERATED_HEADER = [
  '// GENERATED FILE, DO NOT EDIT, NOT COMMITTED. Source: schema/ado.coolify.schema.json.',
  '// Made by node scripts/build-schema.mjs, which npm run build, npm run typecheck and vitest run first.',
];

/** Both generated texts from a parsed schema: `module` (compiled-validator.ts) and `body` (validator-body.cjs). */
export function generateValidatorFiles(schema) {
  const flat = dereference(schema, schema.$defs ?? {});
  const ajv = createAjv();
  const validate = ajv.compile(flat);
  const raw = standaloneCode(ajv, validate).replace(/^"use strict";\n?/, '');
  const code = validatorCode(raw);
  const hash = createHash('sha256').update(code).digest('hex');
  const body = [
    ...GENERATED_HEADER,
    '"use strict";',
    `module.exports = { hash: ${JSON.stringify(hash)}, create: function (require) {`,
    code,
    '} };',
    '',
  ].join('\n');
  const skeleton = JSON.stringify(skeletonOf(flat, undefined));
  const module = [
    '// @ts-nocheck',
    '/* eslint-disable */',
    ...GENERATED_HEADER,
    '',
    '/** SHA-256 of the validator\'s code in validator-body.cjs (made at the same time): a copy or a cache of other code is refused. */',
    `export const validatorBodyHash: string = ${JSON.stringify(hash)};`,
    '',
    '/** The dereferenced schema without documentation keywords: rule messages and allowed keys. */',
    `export const schemaSkeleton: unknown = JSON.parse(${JSON.stringify(skeleton)});`,
    '',
  ].join('\n');
  return { module, body };
}

/** The text of src/schema/compiled-validator.ts. */
export function generateValidatorSource(schema) {
  return generateValidatorFiles(schema).module;
}

/** Writes `path` unless it already holds exactly `text`; returns whether it wrote. */
function writeIfChanged(path, text) {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  writeFileSync(path, text);
  return true;
}

/**
 * Writes src/schema/compiled-validator.ts and src/schema/validator-body.cjs from the schema,
 * each unless it already holds exactly that text (so a run that changes nothing leaves the files
 * and their time stamps alone). Returns whether it wrote, and the sizes.
 */
export function writeValidator() {
  const { module, body } = generateValidatorFiles(JSON.parse(readFileSync(schemaPath, 'utf8')));
  const wroteModule = writeIfChanged(outputPath, module);
  const wroteBody = writeIfChanged(bodyPath, body);
  return { written: wroteModule || wroteBody, bytes: module.length + body.length };
}

function main() {
  if (process.argv.includes('--check')) {
    const { module, body } = generateValidatorFiles(JSON.parse(readFileSync(schemaPath, 'utf8')));
    for (const [path, text] of [[outputPath, module], [bodyPath, body]]) {
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
        process.stderr.write(`${path} is missing or stale: run node scripts/build-schema.mjs\n`);
        process.exitCode = 1;
      }
    }
    return;
  }
  const { written, bytes } = writeValidator();
  if (written) process.stdout.write(`wrote ${outputPath} and ${bodyPath} (${bytes} bytes)\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
