/**
 * Best-effort lookup of the property names the schema allows at a location of a document,
 * for "did you mean" hints. It walks the dereferenced schema skeleton alongside the document,
 * applying `allOf`, `if`/`then`/`else` and `dependentSchemas` the way the validator would, so
 * keys that are forbidden in context (e.g. `backups` on a redis database) are left out.
 */
import { isForbidden, isRecord, pointerSegments, type SchemaObject } from './schema-node.js';

/** Checks the simple `if` schemas used in the manifest schema (type, const, enum, bounds, required, properties). */
function matchesCondition(schema: unknown, value: unknown): boolean {
  if (schema === true || schema === undefined) return true;
  if (schema === false || !isRecord(schema)) return false;
  if (schema.type !== undefined && !matchesType(schema.type, value)) return false;
  if ('const' in schema && schema.const !== value) return false;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return false;
  if (typeof schema.minimum === 'number' && typeof value === 'number' && value < schema.minimum) return false;
  if (Array.isArray(schema.required)) {
    if (!isRecord(value) || !schema.required.every((k) => typeof k === 'string' && k in value)) return false;
  }
  if (isRecord(schema.properties) && isRecord(value)) {
    for (const [key, sub] of Object.entries(schema.properties)) {
      if (key in value && !matchesCondition(sub, value[key])) return false;
    }
  }
  if (schema.not !== undefined && matchesCondition(schema.not, value)) return false;
  return true;
}

function matchesType(type: unknown, value: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => {
    switch (t) {
      case 'object':
        return isRecord(value);
      case 'array':
        return Array.isArray(value);
      case 'integer':
        return Number.isInteger(value);
      case 'null':
        return value === null;
      default:
        return typeof value === t;
    }
  });
}

/** The node itself plus every subschema that applies to `value` through allOf, if/then/else, dependentSchemas. */
function applicableSchemas(node: unknown, value: unknown): SchemaObject[] {
  if (!isRecord(node)) return [];
  const out: SchemaObject[] = [node];
  if (Array.isArray(node.allOf)) for (const sub of node.allOf) out.push(...applicableSchemas(sub, value));
  if (node.if !== undefined) {
    const branch = matchesCondition(node.if, value) ? node.then : node.else;
    out.push(...applicableSchemas(branch, value));
  }
  if (isRecord(node.dependentSchemas) && isRecord(value)) {
    for (const [key, sub] of Object.entries(node.dependentSchemas)) {
      if (key in value) out.push(...applicableSchemas(sub, value));
    }
  }
  return out;
}

/** Schemas that describe the child `segment` of a value described by `schemas`. */
function childSchemas(schemas: readonly SchemaObject[], segment: string): unknown[] {
  const out: unknown[] = [];
  for (const schema of schemas) {
    if (isRecord(schema.properties) && segment in schema.properties) {
      out.push(schema.properties[segment]);
    } else if (isRecord(schema.additionalProperties)) {
      out.push(schema.additionalProperties);
    } else if (/^\d+$/.test(segment) && schema.items !== undefined) {
      out.push(schema.items);
    }
  }
  return out.filter((s) => !isForbidden(s));
}

/** Allowed property names at the object located by `pointer` (see module doc); [] when unknown. */
export function allowedKeysIn(skeleton: unknown, doc: unknown, pointer: string): string[] {
  let value: unknown = doc;
  let schemas = applicableSchemas(skeleton, value);
  for (const segment of pointerSegments(pointer)) {
    value = Array.isArray(value) ? value[Number(segment)] : isRecord(value) ? value[segment] : undefined;
    schemas = childSchemas(schemas, segment).flatMap((s) => applicableSchemas(s, value));
    if (schemas.length === 0) return [];
  }
  const allowed: string[] = [];
  const forbidden = new Set<string>();
  for (const schema of schemas) {
    if (!isRecord(schema.properties)) continue;
    for (const [key, sub] of Object.entries(schema.properties)) {
      if (isForbidden(sub)) forbidden.add(key);
      else if (!allowed.includes(key)) allowed.push(key);
    }
  }
  return allowed.filter((key) => !forbidden.has(key));
}
