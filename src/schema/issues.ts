/**
 * Turns ajv's raw error objects into SchemaIssues: one issue per mistake, pointing at the
 * offending key where there is one, with the schema's own `errorMessage` when it has one.
 */
import { escapePointerSegment, isRecord, pointerSegments, schemaAt } from './schema-node.js';

/** One JSON Schema violation, located by JSON pointer into the manifest document. */
export interface SchemaIssue {
  /** JSON pointer of the offending value (or key, for unknown and badly named keys). */
  pointer: string;
  /** The JSON Schema keyword that failed, e.g. `required`, `additionalProperties`, `not`. */
  keyword: string;
  /** A human message; never contains the offending value (it may be a secret). */
  message: string;
  /** ajv's params, plus `propertyName` for bad key names. */
  params: Record<string, unknown>;
  /** Absolute location of the failing keyword in the dereferenced schema, e.g. `#/properties/version/const`. */
  schemaPath: string;
}

/** The subset of ajv's ErrorObject that the generated validator produces. */
export interface AjvErrorLike {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  /** Set by ajv on errors raised inside `propertyNames`. */
  propertyName?: string;
}

/** Keywords that only repeat an error already reported by their subschema. */
const WRAPPER_KEYWORDS = new Set(['if', 'propertyNames']);
/** Keywords whose branch errors are noise once the rule has a message of its own. */
const SUMMARY_KEYWORDS = new Set(['anyOf', 'oneOf']);

/** Narrows the generated validator's `errors` to ajv error objects. */
export function asAjvErrors(errors: unknown): AjvErrorLike[] {
  if (!Array.isArray(errors)) return [];
  return errors.filter(
    (e): e is AjvErrorLike =>
      isRecord(e) && typeof e.instancePath === 'string' && typeof e.schemaPath === 'string' && typeof e.keyword === 'string',
  );
}

/** The `errorMessage` of the schema object holding the failing keyword, if any. */
function ruleMessage(skeleton: unknown, error: AjvErrorLike): string | undefined {
  if (error.keyword === 'additionalProperties') return undefined;
  const holder = schemaAt(skeleton, pointerSegments(error.schemaPath).slice(0, -1));
  return isRecord(holder) && typeof holder.errorMessage === 'string' ? holder.errorMessage : undefined;
}

function describeType(type: unknown): string {
  const names = (Array.isArray(type) ? type : [type]).map(String);
  const withArticle = names.map((n) => (n === 'integer' || n === 'object' || n === 'array' ? `an ${n}` : `a ${n}`));
  return withArticle.length > 1 ? `${withArticle.slice(0, -1).join(', ')} or ${withArticle.at(-1)}` : (withArticle[0] ?? 'valid');
}

/** A default message for errors whose schema has no `errorMessage`; never includes data. */
function defaultMessage(error: AjvErrorLike): string {
  const p = error.params;
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown key \`${String(p.additionalProperty)}\``;
    case 'required':
      return `missing required key \`${String(p.missingProperty)}\``;
    case 'type':
      return `must be ${describeType(p.type)}`;
    case 'enum':
      return `must be one of: ${Array.isArray(p.allowedValues) ? p.allowedValues.map(String).join(', ') : '?'}`;
    case 'const':
      return `must be \`${JSON.stringify(p.allowedValue)}\``;
    case 'not':
      return 'is not allowed here';
    default:
      return error.message ?? `fails \`${error.keyword}\``;
  }
}

function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** Maps raw ajv errors to de-duplicated issues (see module doc). */
export function toSchemaIssues(errors: readonly AjvErrorLike[], skeleton: unknown): SchemaIssue[] {
  const kept = errors.filter((e) => !WRAPPER_KEYWORDS.has(e.keyword));
  // An anyOf/oneOf rule with its own message replaces the errors of its branches.
  const summaries = kept.filter((e) => SUMMARY_KEYWORDS.has(e.keyword) && ruleMessage(skeleton, e) !== undefined);
  const relevant = kept.filter(
    (e) =>
      !summaries.some(
        (s) => s !== e && e.schemaPath.startsWith(`${s.schemaPath}/`) && isUnder(e.instancePath, s.instancePath),
      ),
  );

  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const error of relevant) {
    const params: Record<string, unknown> = { ...error.params };
    let pointer = error.instancePath;
    if (error.propertyName !== undefined) {
      params.propertyName = error.propertyName;
      pointer = `${pointer}/${escapePointerSegment(error.propertyName)}`;
    } else if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
      pointer = `${pointer}/${escapePointerSegment(params.additionalProperty)}`;
    }
    const message = ruleMessage(skeleton, error) ?? defaultMessage(error);
    // Same place, same rule kind: one issue (e.g. `dockerfile` forbidden by both `image` and `git`).
    const key = `${pointer}\u0000${error.keyword}\u0000${error.keyword === 'required' ? String(params.missingProperty) : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ pointer, keyword: error.keyword, message, params, schemaPath: error.schemaPath });
  }
  return issues;
}
