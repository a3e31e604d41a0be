#!/usr/bin/env node
/**
 * Compiles schema/ado.coolify.schema.json ahead of time into src/schema/compiled-validator.ts,
 * so `ado-coolify validate` never pays for ajv's run-time compilation (44 ms against 436 ms at
 * start-up). The file is generated, not committed: `npm run build` and `npm run typecheck` run
 * this script first, and so does every vitest run (test/schema/generate-validator.setup.ts).
 *
 *   node scripts/build-schema.mjs          # (re)write the generated file when it differs
 *   node scripts/build-schema.mjs --check  # exit 1 when the generated file is missing or stale
 *
 * The schema is dereferenced first (it has no recursion): every `$ref` is replaced by its target,
 * so every error's `schemaPath` is absolute and unambiguous (ajv reports paths relative to a
 * `$defs` entry when it compiles that entry as a separate function).
 *
 * The generated module exports:
 *   - `validate`: ajv's standalone validator (ESM; ajv runtime helpers loaded with createRequire),
 *   - `schemaSkeleton`: the dereferenced schema without descriptions/examples, used at run time
 *     to find the custom `errorMessage` of a failing rule and the allowed keys at a location.
 *
 * `generateValidatorSource(schema)` is exported so a test can regenerate in memory and compare;
 * `writeValidator()` is what the build and the test setup call.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';

const root = new URL('../', import.meta.url);
export const schemaPath = fileURLToPath(new URL('schema/ado.coolify.schema.json', root));
export const outputPath = fileURLToPath(new URL('src/schema/compiled-validator.ts', root));

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
 * In an ES module there is no `require`, so the generated file creates one with
 * `createRequire(import.meta.url)`: it resolves the same way under Node and under vitest (a
 * default `import` of these CJS files gives different objects in the two).
 */
function toEsmImports(code) {
  const needsRequire = /require\("ajv\/dist\/runtime\/[a-z0-9_]+"\)/i.test(code);
  const importLines = needsRequire
    ? ['import { createRequire } from "node:module";', 'const require = createRequire(import.meta.url);']
    : [];
  return { importLines, code };
}

/** Builds the whole text of src/schema/compiled-validator.ts from a parsed schema. */
export function generateValidatorSource(schema) {
  const flat = dereference(schema, schema.$defs ?? {});
  const ajv = createAjv();
  const validate = ajv.compile(flat);
  const raw = standaloneCode(ajv, validate).replace(/^"use strict";\n?/, '');
  const { importLines, code: esmCode } = toEsmImports(raw);
  // Give the exports small, explicit types so the emitted .d.ts stays tiny.
  const exportLines = /^export const validate = (validate\d+);\nexport default validate\d+;\n/;
  const exportMatch = exportLines.exec(esmCode);
  if (!exportMatch) throw new Error('unexpected ajv standalone output: export lines not found');
  const code = esmCode.replace(
    exportLines,
    `/** Validates a manifest document; on failure, \`validate.errors\` holds ajv's error objects. */\n` +
      `export const validate: ((data: unknown) => boolean) & { errors?: unknown } = ${exportMatch[1]};\n`,
  );
  const header = [
    '// @ts-nocheck',
    '/* eslint-disable */',
    '// GENERATED FILE, DO NOT EDIT, NOT COMMITTED. Source: schema/ado.coolify.schema.json.',
    '// Made by node scripts/build-schema.mjs, which npm run build, npm run typecheck and vitest run first.',
  ];
  const skeleton = JSON.stringify(skeletonOf(flat, undefined));
  return [
    ...header,
    ...importLines,
    code.trimEnd(),
    '',
    '/** The dereferenced schema without documentation keywords: rule messages and allowed keys. */',
    `export const schemaSkeleton: unknown = JSON.parse(${JSON.stringify(skeleton)});`,
    '',
  ].join('\n');
}

/**
 * Writes src/schema/compiled-validator.ts from the schema unless it already holds exactly that
 * text (so a run that changes nothing leaves the file and its time stamp alone). Returns whether
 * it wrote.
 */
export function writeValidator() {
  const source = generateValidatorSource(JSON.parse(readFileSync(schemaPath, 'utf8')));
  if (existsSync(outputPath) && readFileSync(outputPath, 'utf8') === source) return { written: false, bytes: source.length };
  writeFileSync(outputPath, source);
  return { written: true, bytes: source.length };
}

function main() {
  if (process.argv.includes('--check')) {
    const source = generateValidatorSource(JSON.parse(readFileSync(schemaPath, 'utf8')));
    if (!existsSync(outputPath) || readFileSync(outputPath, 'utf8') !== source) {
      process.stderr.write(`${outputPath} is missing or stale: run node scripts/build-schema.mjs\n`);
      process.exitCode = 1;
    }
    return;
  }
  const { written, bytes } = writeValidator();
  if (written) process.stdout.write(`wrote ${outputPath} (${bytes} bytes)\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
