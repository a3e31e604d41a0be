import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { applyCorrections, type EnforcedSchema, type JsonSchema } from './corrections.js';
import { validationFailed } from '../api-error.js';
import subsetJson from './openapi-subset.json' with { type: 'json' };

/** The vendored subset file as read from disk. */
interface SubsetFile {
  source: { repository: string; commit: string; license: string };
  operations: Record<string, JsonSchema>;
}

// Imported as a JSON module so `tsc` copies it to dist/ next to this file.
function loadSubset(): SubsetFile {
  return subsetJson as unknown as SubsetFile;
}

interface Compiled {
  enforced: EnforcedSchema;
  validate: ValidateFunction;
  allowed: Set<string>;
}

let cache: Map<string, Compiled> | undefined;

function compiled(): Map<string, Compiled> {
  if (cache) return cache;
  const subset = loadSubset();
  const enforced = applyCorrections(subset.operations);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  cache = new Map();
  for (const [op, e] of Object.entries(enforced)) {
    const props = (e.schema.properties as Record<string, unknown> | undefined) ?? {};
    cache.set(op, { enforced: e, validate: ajv.compile(e.schema), allowed: new Set(Object.keys(props)) });
  }
  return cache;
}

/** True when the operation (`METHOD /path`) has a vendored schema. */
export function hasContract(operation: string): boolean {
  return compiled().has(operation);
}

/** The property names an operation accepts (after corrections). */
export function allowedFields(operation: string): Set<string> {
  const c = compiled().get(operation);
  if (!c) throw new Error(`no contract for ${operation}`);
  return c.allowed;
}

/**
 * Every key the operation's contract speaks of: accepted, silently dropped, or in the vendored
 * spec but removed by a correction (those stay rejected).
 */
export function knownFields(operation: string): Set<string> {
  const c = compiled().get(operation);
  if (!c) throw new Error(`no contract for ${operation}`);
  const raw = (loadSubset().operations[operation]?.properties as Record<string, unknown> | undefined) ?? {};
  return new Set([...c.allowed, ...c.enforced.ignore, ...Object.keys(raw)]);
}

function laravelMessage(field: string, err: ErrorObject): string {
  const label = field.replace(/_/g, ' ');
  switch (err.keyword) {
    case 'required':
      return `The ${label} field is required.`;
    case 'type': {
      const t = String((err.params as { type?: unknown }).type ?? '');
      if (t.includes('integer')) return `The ${label} field must be an integer.`;
      if (t.includes('number')) return `The ${label} field must be a number.`;
      if (t.includes('boolean')) return `The ${label} field must be true or false.`;
      if (t.includes('array')) return `The ${label} field must be an array.`;
      if (t.includes('object')) return `The ${label} field must be an array.`;
      return `The ${label} field must be a string.`;
    }
    case 'enum':
      return `The selected ${label} is invalid.`;
    case 'maxLength':
      return `The ${label} field must not be greater than ${String((err.params as { limit?: unknown }).limit)} characters.`;
    case 'minLength':
      return `The ${label} field must be at least ${String((err.params as { limit?: unknown }).limit)} characters.`;
    case 'minimum':
      return `The ${label} field must be at least ${String((err.params as { limit?: unknown }).limit)}.`;
    case 'maximum':
      return `The ${label} field must not be greater than ${String((err.params as { limit?: unknown }).limit)}.`;
    case 'additionalProperties':
      return 'This field is not allowed.';
    default:
      return `The ${label} field is invalid.`;
  }
}

/**
 * Validates a request body against the operation's corrected contract. Throws the 422 Coolify
 * would send: unknown keys first (`This field is not allowed.`), then rule failures in Laravel's
 * wording. Returns the body without keys Coolify silently drops.
 */
export function validateBody(operation: string, body: Record<string, unknown>): Record<string, unknown> {
  const c = compiled().get(operation);
  if (!c) throw new Error(`no contract for ${operation}`);
  const ignored = new Set(c.enforced.ignore);
  const unknown: Record<string, string[]> = {};
  for (const key of Object.keys(body)) {
    if (!c.allowed.has(key) && !ignored.has(key)) unknown[key] = ['This field is not allowed.'];
  }
  if (Object.keys(unknown).length > 0) throw validationFailed(unknown);
  const kept: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) if (!ignored.has(k)) kept[k] = v;
  if (!c.validate(kept)) {
    const errors: Record<string, string[]> = {};
    for (const err of c.validate.errors ?? []) {
      let field = err.instancePath.replace(/^\//, '').replace(/\//g, '.');
      if (err.keyword === 'required') {
        const missing = String((err.params as { missingProperty?: unknown }).missingProperty ?? '');
        field = field ? `${field}.${missing}` : missing;
      } else if (err.keyword === 'additionalProperties') {
        const extra = String((err.params as { additionalProperty?: unknown }).additionalProperty ?? '');
        field = field ? `${field}.${extra}` : extra;
      }
      const required = ((c.enforced.schema.required as string[] | undefined) ?? []).includes(field);
      const msg = kept[field] === null && required ? `The ${field.replace(/_/g, ' ')} field is required.` : laravelMessage(field, err);
      (errors[field || 'body'] ??= []).includes(msg) || errors[field || 'body']!.push(msg);
    }
    throw validationFailed(errors);
  }
  const oneOf = c.enforced.oneOf;
  if (oneOf && !oneOf.some((k) => kept[k] !== undefined && kept[k] !== null && kept[k] !== '')) {
    throw validationFailed(
      Object.fromEntries(oneOf.map((k) => [k, [`You need to provide at least one of ${oneOf.join(' or ')}.`]])),
    );
  }
  return kept;
}
