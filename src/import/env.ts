/**
 * Env vars and shared variables: live rows → manifest maps. Values of keys that look
 * secret, and values the token cannot read, become `${secrets.X}` placeholders. Flags are
 * written only where they differ from what lowering assumes (build and run time on,
 * literal off, multiline when the value has a newline), and only the flags the kind's env
 * endpoint knows (`EnvSpec.flags`). Coolify's automatic preview copies are skipped.
 */
import { ENV_OWNERSHIP_COMMENT } from '../model/resource.js';
import type { EnvSpec } from '../kinds/spec.js';
import { ENV_PLAIN_MARK } from '../kinds/env-records.js';
import { looksSecret, SecretRef, type SecretBook } from './secrets.js';
import type { ImportNote, WireRecord } from './types.js';

/** An env value in the manifest tree (SecretRefs are finalised later). */
export type ImportedEnvValue = string | SecretRef | { value: string | SecretRef; [flag: string]: unknown };

/** Where the env map belongs, for secret names and notes. */
export interface EnvOwner {
  /** Secret name prefix parts, e.g. `['api-gateway']`. */
  secretPrefix: string[];
  /** Address for notes and the secrets list. */
  where: string;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

function valueOf(row: WireRecord, owner: EnvOwner, book: SecretBook): string | SecretRef {
  const key = str(row.key);
  const readable = 'value' in row && row.value !== undefined;
  const value = readable && row.value !== null ? str(row.value) : undefined;
  if (looksSecret(key) || !readable) return book.add([...owner.secretPrefix, key], `${owner.where} env.${key}`, value);
  return value ?? '';
}

function userComment(row: WireRecord): string | undefined {
  const c = row.comment;
  if (typeof c !== 'string' || c.trim() === '') return undefined;
  const marker = c.startsWith(`${ENV_OWNERSHIP_COMMENT}${ENV_PLAIN_MARK}`) ? `${ENV_OWNERSHIP_COMMENT}${ENV_PLAIN_MARK}` : ENV_OWNERSHIP_COMMENT;
  const stripped = c.replace(`${marker}:`, '').replace(marker, '').trim();
  return stripped === '' ? undefined : stripped;
}

function envEntry(row: WireRecord, spec: EnvSpec, owner: EnvOwner, book: SecretBook): ImportedEnvValue {
  const value = valueOf(row, owner, book);
  const flags: Record<string, unknown> = {};
  if (spec.flags.includes('is_buildtime') && row.is_buildtime === false) flags['buildTime'] = false;
  if (spec.flags.includes('is_runtime') && row.is_runtime === false) flags['runtime'] = false;
  if (spec.flags.includes('is_literal') && row.is_literal === true) flags['literal'] = true;
  const assumedMultiline = typeof value === 'string' && value.includes('\n');
  if (spec.flags.includes('is_multiline') && typeof row.is_multiline === 'boolean' && row.is_multiline !== assumedMultiline) {
    flags['multiline'] = row.is_multiline;
  }
  const comment = userComment(row);
  if (comment !== undefined) flags['comment'] = comment;
  return Object.keys(flags).length === 0 ? value : { value, ...flags };
}

/** The `env` and `previews.env` maps of one resource. */
export function importEnv(
  rows: readonly WireRecord[],
  spec: EnvSpec,
  owner: EnvOwner,
  book: SecretBook,
  notes: ImportNote[],
  skipKeys: ReadonlySet<string> = new Set(),
): { env?: Record<string, ImportedEnvValue>; previewEnv?: Record<string, ImportedEnvValue> } {
  const hasPreview = spec.flags.includes('is_preview');
  const regularKeys = new Set(rows.filter((r) => !(hasPreview && r.is_preview === true)).map((r) => str(r.key)));
  const env: Record<string, ImportedEnvValue> = {};
  const previewEnv: Record<string, ImportedEnvValue> = {};
  const sorted = [...rows].sort((a, b) => str(a.key).localeCompare(str(b.key)));
  for (const row of sorted) {
    const key = str(row.key);
    if (key === '' || skipKeys.has(key)) continue;
    const preview = hasPreview && row.is_preview === true;
    // Coolify copies every non-preview application var into a preview row: not the user's.
    if (preview && regularKeys.has(key)) continue;
    if (row.is_shown_once === true) {
      notes.push({ severity: 'warning', where: `${owner.where} env.${key}`, message: 'is "shown once" in Coolify: its value cannot be read; apply will store it as a normal (hidden) variable' });
    }
    (preview ? previewEnv : env)[key] = envEntry(row, spec, owner, book);
  }
  const out: { env?: Record<string, ImportedEnvValue>; previewEnv?: Record<string, ImportedEnvValue> } = {};
  if (Object.keys(env).length > 0) out.env = env;
  if (Object.keys(previewEnv).length > 0) out.previewEnv = previewEnv;
  return out;
}

/**
 * A `sharedEnv` map (plain strings or placeholders). Flags cannot be written there: a
 * literal shared variable is noted (apply would turn the flag off).
 */
export function importSharedEnv(
  rows: readonly WireRecord[],
  owner: EnvOwner,
  book: SecretBook,
  notes: ImportNote[],
): Record<string, string | SecretRef> | undefined {
  const out: Record<string, string | SecretRef> = {};
  for (const row of [...rows].sort((a, b) => str(a.key).localeCompare(str(b.key)))) {
    const key = str(row.key);
    if (key === '') continue;
    out[key] = valueOf(row, owner, book);
    if (row.is_literal === true) {
      notes.push({ severity: 'warning', where: `${owner.where} sharedEnv.${key}`, message: 'is literal in Coolify; sharedEnv has no flags, so the plan shows the flag as a change' });
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
