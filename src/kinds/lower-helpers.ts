/**
 * Helpers shared by the per-kind lowering functions (manifest → DesiredResource).
 * Not for use outside `src/kinds/`.
 */
import type { DesiredEnvVar } from '../model/resource.js';
import { isSecretPart, isTemplate, type DesiredValue, type StringPart, type TemplateString } from '../model/value.js';

/** A resolved manifest string: plain, or a template holding secrets/references. */
export type ResolvedString = string | TemplateString;

/** Sets `fields[key]` only when the manifest set the value (unset means unmanaged). */
export function setIf(fields: Record<string, DesiredValue>, key: string, value: DesiredValue | undefined): void {
  if (value !== undefined) fields[key] = value;
}

/**
 * A plain string for names (servers, GitHub Apps, S3 storages): literal parts only.
 * Names never hold secrets or references; the schema forbids them.
 */
export function asPlain(value: ResolvedString | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isTemplate(value)) return value;
  return value.$template.filter((p): p is string => typeof p === 'string').join('');
}

/** Joins strings and templates with a separator, keeping templates as templates. */
export function joinValues(values: ReadonlyArray<ResolvedString | number>, sep: string): DesiredValue {
  if (values.every((v) => !isTemplate(v))) return values.map(String).join(sep);
  const parts: StringPart[] = [];
  values.forEach((v, i) => {
    if (i > 0) parts.push(sep);
    if (isTemplate(v)) parts.push(...v.$template);
    else parts.push(String(v));
  });
  return { $template: parts };
}

/** Converts a scalar env value to a DesiredValue string. */
function envScalar(value: unknown): DesiredValue {
  if (isTemplate(value)) return value;
  if (typeof value === 'string') return value;
  return String(value);
}

/** A resolved env value as written: scalar or record with flags. */
export type ResolvedEnvValue = ResolvedString | number | boolean | {
  value: ResolvedString | number | boolean;
  buildTime?: boolean;
  runtime?: boolean;
  literal?: boolean;
  multiline?: boolean;
  sensitive?: boolean;
  comment?: ResolvedString;
};

/** Lowers one env value (defaults: build time and run time on, literal and multiline off). */
export function lowerEnvVar(spec: ResolvedEnvValue, isPreview: boolean): DesiredEnvVar {
  if (typeof spec === 'object' && !isTemplate(spec)) {
    const value = envScalar(spec.value);
    const multiline = spec.multiline ?? (typeof value === 'string' && value.includes('\n'));
    const out: DesiredEnvVar = {
      value,
      is_buildtime: spec.buildTime ?? true,
      is_runtime: spec.runtime ?? true,
      is_literal: spec.literal ?? false,
      is_multiline: multiline,
      is_preview: isPreview,
      sensitive: spec.sensitive ?? false,
    };
    const comment = asPlain(spec.comment);
    if (comment !== undefined) out.comment = comment;
    return out;
  }
  const value = envScalar(spec);
  return {
    value,
    is_buildtime: true,
    is_runtime: true,
    is_literal: false,
    is_multiline: typeof value === 'string' && value.includes('\n'),
    is_preview: isPreview,
    sensitive: false,
  };
}

/** Record key of a preview-only env var in `DesiredResource.env` (`#` cannot occur in keys). */
export const PREVIEW_ENV_SUFFIX = '#preview';

/** The Coolify key and preview flag of a `DesiredResource.env` record key. */
export function envRecordKeyParts(recordKey: string): { key: string; preview: boolean } {
  return recordKey.endsWith(PREVIEW_ENV_SUFFIX)
    ? { key: recordKey.slice(0, -PREVIEW_ENV_SUFFIX.length), preview: true }
    : { key: recordKey, preview: false };
}

/** Lowers a manifest env map (and optional preview env map) to `DesiredResource.env`. */
export function lowerEnvMap(
  env: Record<string, ResolvedEnvValue> | undefined,
  previewEnv?: Record<string, ResolvedEnvValue>,
): Record<string, DesiredEnvVar> | undefined {
  if (env === undefined && previewEnv === undefined) return undefined;
  const out: Record<string, DesiredEnvVar> = {};
  for (const [k, v] of Object.entries(env ?? {})) out[k] = lowerEnvVar(v, false);
  for (const [k, v] of Object.entries(previewEnv ?? {})) out[k + PREVIEW_ENV_SUFFIX] = lowerEnvVar(v, true);
  return out;
}

/** Lowers a `sharedEnv` map (plain strings or templates). */
export function lowerSharedEnv(
  shared: Record<string, ResolvedString> | undefined,
): Record<string, DesiredValue> | undefined {
  if (shared === undefined) return undefined;
  return { ...shared };
}

/** True when the value is a template holding a secret (for tests and redaction). */
export function holdsSecret(value: DesiredValue): boolean {
  return isTemplate(value) && value.$template.some((p) => isSecretPart(p));
}
