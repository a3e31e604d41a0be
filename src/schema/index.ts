/**
 * The manifest JSON Schema validator (`schema/ado.coolify.schema.json`, compiled ahead of time by
 * `node scripts/build-schema.mjs` into `compiled-validator.ts`, so no ajv compilation at start-up;
 * made into a function on first use by validator.ts).
 */
import { schemaSkeleton } from './compiled-validator.js';
import { manifestValidator } from './validator.js';
import { allowedKeysIn } from './allowed-keys.js';
import { asAjvErrors, toSchemaIssues, type SchemaIssue } from './issues.js';

export type { SchemaIssue } from './issues.js';

/** Validates a parsed manifest document against the schema; [] when it is valid. */
export function validateManifestSchema(doc: unknown): SchemaIssue[] {
  const validate = manifestValidator();
  if (validate(doc)) return [];
  return toSchemaIssues(asAjvErrors(validate.errors), schemaSkeleton);
}

/** Allowed property names at a schema location, for "did you mean" hints: given the instance pointer of an object, return its allowed keys (best effort). */
export function allowedKeysAt(doc: unknown, pointer: string): string[] {
  return allowedKeysIn(schemaSkeleton, doc, pointer);
}

/** The dereferenced schema without documentation keywords (for tools that need to walk it). */
export { schemaSkeleton };
