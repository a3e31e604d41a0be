import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';
import type { SchemaIssue } from './issues.js';
import { describeType } from '../manifest/parse.js';
import { getAtPointer, parentPointer, splitPointer } from '../manifest/pointer.js';
import { CODES, type CodeInfo } from '../model/diagnostic-codes.js';
import { TEAM_KINDS, teamKindOfSection } from '../model/address.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import { closestMatch, didYouMean } from '../diagnostics/suggest.js';

/**
 * Turns JSON Schema issues into diagnostics with human messages: unknown keys with "did you
 * mean", wrong types naming what was expected and what was found, enums listing the allowed
 * values, missing keys naming the key.
 */

/** What the conversion needs besides the issues. */
export interface SchemaIssueContext {
  /** The validated document. */
  doc: unknown;
  /** Allowed property names of the object at a pointer (the schema's `allowedKeysAt`). */
  allowedKeysAt: (doc: unknown, pointer: string) => string[];
  keyLocation: (pointer: string) => SourceLocation | undefined;
  valueLocation: (pointer: string) => SourceLocation | undefined;
}

const KIND_WORDS: Record<string, string> = { applications: 'application', databases: 'database', services: 'service' };

/** A short description of where a pointer is: "application `api`", "project `ado`", or the dotted path. */
export function describeOwner(pointer: string): string {
  const s = splitPointer(pointer);
  if (s.length === 0) return 'the top level';
  if (s[0] === 'projects' && s.length >= 6 && s[2] === 'environments' && s[4] !== undefined && KIND_WORDS[s[4]]) {
    const tail = s.slice(6);
    return `${KIND_WORDS[s[4]]} \`${s[5]}\`${tail.length ? ` (\`${tail.join('.')}\`)` : ''}`;
  }
  if (s[0] === 'projects' && s.length === 4 && s[2] === 'environments') return `environment \`${s[3]}\``;
  if (s[0] === 'projects' && s.length === 2) return `project \`${s[1]}\``;
  const team = teamKindOfSection(s[0]);
  if (team !== undefined && s.length === 2) return `${TEAM_KINDS[team].label} \`${s[1]}\``;
  return `\`${s.join('.')}\``;
}

/** The name shown for the value at a pointer: its key, or `list[i]` for items. */
function fieldLabel(pointer: string): string {
  const s = splitPointer(pointer);
  const last = s[s.length - 1];
  if (last === undefined) return 'the manifest';
  if (/^\d+$/.test(last)) return `\`${s[s.length - 2] ?? ''}[${last}]\``;
  return `\`${last}\``;
}

function typeList(type: unknown): string {
  const names = (Array.isArray(type) ? type : [type]).map((t) => {
    switch (t) {
      case 'object':
        return 'a mapping';
      case 'array':
        return 'a list';
      case 'integer':
        return 'an integer';
      case 'null':
        return 'null';
      default:
        return `a ${String(t)}`;
    }
  });
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : (names[0] ?? 'something else');
}

function shortValue(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

function codeForKeyword(keyword: string): CodeInfo {
  switch (keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return CODES.UNKNOWN_KEY;
    case 'type':
      return CODES.WRONG_TYPE;
    case 'enum':
    case 'const':
      return CODES.NOT_ALLOWED_VALUE;
    case 'required':
    case 'dependentRequired':
      return CODES.MISSING_REQUIRED;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties':
    case 'multipleOf':
      return CODES.OUT_OF_RANGE;
    case 'pattern':
    case 'format':
    case 'propertyNames':
      return CODES.BAD_FORMAT;
    case 'oneOf':
    case 'anyOf':
    case 'not':
    case 'if':
    case 'then':
    case 'else':
      return CODES.ALTERNATIVES;
    case 'uniqueItems':
      return CODES.DUPLICATE_ITEMS;
    default:
      return CODES.SCHEMA_OTHER;
  }
}

/** Converts one schema issue to a diagnostic. */
export function schemaIssueToDiagnostic(issue: SchemaIssue, ctx: SchemaIssueContext): Diagnostic {
  const { pointer, keyword, params } = issue;
  const info = codeForKeyword(keyword);
  const value = getAtPointer(ctx.doc, pointer);
  const atKey = ctx.keyLocation(pointer) ?? ctx.valueLocation(pointer);
  const atValue = ctx.valueLocation(pointer) ?? ctx.keyLocation(pointer);
  let message = issue.message.startsWith('`') ? issue.message : `${fieldLabel(pointer)} ${issue.message}`;
  let hint: string | undefined;
  let source = atValue;

  if (info === CODES.UNKNOWN_KEY) {
    const key = typeof params.additionalProperty === 'string' ? params.additionalProperty : (splitPointer(pointer).pop() ?? '');
    const owner = parentPointer(pointer);
    const allowed = ctx.allowedKeysAt(ctx.doc, owner);
    message = `unknown key \`${key}\` in ${describeOwner(owner)}`;
    hint = didYouMean(key, allowed) ?? (allowed.length > 0 && allowed.length <= 15 ? `allowed keys: ${allowed.join(', ')}` : undefined);
    source = atKey;
  } else if (keyword === 'propertyNames' || params.propertyName !== undefined) {
    const name = typeof params.propertyName === 'string' ? params.propertyName : (splitPointer(pointer).pop() ?? '');
    message = `name \`${name}\` in ${describeOwner(parentPointer(pointer))}: ${issue.message}`;
    source = atKey;
  } else if (keyword === 'type') {
    message = `${fieldLabel(pointer)} in ${describeOwner(parentPointer(pointer))} must be ${typeList(params.type)}, found ${describeType(value)}`;
  } else if (keyword === 'enum' && Array.isArray(params.allowedValues)) {
    const allowed = params.allowedValues.map((v) => String(v));
    message = `${fieldLabel(pointer)} must be one of ${allowed.map((a) => `\`${a}\``).join(', ')}; found \`${shortValue(value)}\``;
    const near = typeof value === 'string' ? closestMatch(value, allowed) : undefined;
    if (near !== undefined) hint = `did you mean \`${near}\`?`;
  } else if (keyword === 'required') {
    const missing = String(params.missingProperty ?? '');
    message = `missing required key \`${missing}\` in ${describeOwner(pointer)}`;
    source = atKey;
  } else if (info === CODES.ALTERNATIVES) {
    message = `${describeOwner(pointer)}: ${issue.message}`;
    source = atKey;
  }
  return makeDiagnostic(info, message, { path: pointer, ...(source ? { source } : {}), ...(hint ? { hint } : {}) });
}

/** Converts every schema issue; one diagnostic each. */
export function schemaIssuesToDiagnostics(issues: readonly SchemaIssue[], ctx: SchemaIssueContext): Diagnostic[] {
  return issues.map((i) => schemaIssueToDiagnostic(i, ctx));
}

/**
 * Semantic codes that restate a schema rule with a more precise message, and the pointers
 * (relative to the semantic diagnostic's own) whose generic schema diagnostics they cover.
 */
const PRECISE_COVERS: Readonly<Record<string, readonly string[]>> = {
  [CODES.NAME_TOO_SHORT.code]: ['', '..'],
  [CODES.BAD_CRON.code]: ['', '..'],
  [CODES.BAD_DOMAIN.code]: ['', '..'],
  [CODES.BAD_URL_TEMPLATE.code]: ['', '..'],
  [CODES.DUPLICATE_PORT.code]: ['', '..'],
  [CODES.BACKUP_UNSUPPORTED.code]: ['', '..'],
  [CODES.REPLICAS_WITH_DOMAINS.code]: ['', '..', '../domains', '../replicas'],
  [CODES.SOURCE_COUNT.code]: ['', '/image', '/git', '/dockerfile'],
};
const GENERIC_CODES: ReadonlySet<string> = new Set([
  CODES.BAD_FORMAT.code,
  CODES.ALTERNATIVES.code,
  CODES.MISSING_REQUIRED.code,
  CODES.OUT_OF_RANGE.code,
  CODES.DUPLICATE_ITEMS.code,
  CODES.SCHEMA_OTHER.code,
]);

/**
 * Drops generic schema diagnostics that a precise semantic diagnostic already reports: same
 * pointer, the object holding the field, or a related sibling (e.g. `domains` for replicas).
 */
export function dropCoveredSchemaDiagnostics(schema: readonly Diagnostic[], semantic: readonly Diagnostic[]): Diagnostic[] {
  const covered = new Set<string>();
  for (const d of semantic) {
    const rel = PRECISE_COVERS[d.code];
    if (!rel || d.path === undefined) continue;
    for (const r of rel) {
      if (r === '') covered.add(d.path);
      else if (r === '..') covered.add(parentPointer(d.path));
      else if (r.startsWith('../')) covered.add(parentPointer(d.path) + r.slice(2));
      else covered.add(d.path + r);
    }
  }
  return schema.filter((d) => !(GENERIC_CODES.has(d.code) && d.path !== undefined && covered.has(d.path)));
}
