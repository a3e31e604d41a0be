/**
 * Env var ownership and wire records, shared by the diff and the payload builders.
 */
import { ENV_OWNERSHIP_COMMENT, type DesiredEnvVar, type LiveEnvVar } from '../model/resource.js';
import type { DesiredValue } from '../model/value.js';
import type { EnvSpec } from './spec.js';

/**
 * Written right after the ownership marker on a variable whose value is no secret (not from
 * `${secrets.*}`, not marked `sensitive`, no secret-looking key): once the manifest drops the
 * variable, the plan may show its removed value. Absent (variables written before it, and
 * every secret one): the removed value stays hidden.
 */
export const ENV_PLAIN_MARK = ', plain value';

/**
 * The comment written on env vars we create: the ownership marker (with ENV_PLAIN_MARK when
 * `plain`), then the user's comment.
 */
export function envComment(userComment?: string, plain = false): string {
  const marker = plain ? `${ENV_OWNERSHIP_COMMENT}${ENV_PLAIN_MARK}` : ENV_OWNERSHIP_COMMENT;
  return userComment ? `${marker}: ${userComment}` : marker;
}

/** True when a live env var's comment says we wrote it with a value that is no secret. */
export function isPlainEnvVar(v: Pick<LiveEnvVar, 'comment'>): boolean {
  return typeof v.comment === 'string' && v.comment.startsWith(`${ENV_OWNERSHIP_COMMENT}${ENV_PLAIN_MARK}`);
}

/** A live comment without ENV_PLAIN_MARK, to compare it with `envComment(userComment)`. */
export function withoutPlainMark(comment: string | null | undefined): string | null | undefined {
  return isPlainEnvVar({ comment }) ? ENV_OWNERSHIP_COMMENT + (comment as string).slice(ENV_OWNERSHIP_COMMENT.length + ENV_PLAIN_MARK.length) : comment;
}

/** True when a live env var carries our ownership comment. */
export function isOwnedEnvVar(v: Pick<LiveEnvVar, 'comment'>): boolean {
  return typeof v.comment === 'string' && v.comment.includes(ENV_OWNERSHIP_COMMENT);
}

/** Shared variables as DesiredEnvVars (no build/run flags; literal off). */
export function sharedEnvAsVars(shared: Record<string, DesiredValue>): Record<string, DesiredEnvVar> {
  const out: Record<string, DesiredEnvVar> = {};
  for (const [k, value] of Object.entries(shared)) {
    out[k] = {
      value,
      is_buildtime: true,
      is_runtime: true,
      is_literal: false,
      is_multiline: typeof value === 'string' && value.includes('\n'),
      is_preview: false,
      sensitive: false,
    };
  }
  return out;
}

/** Finds the live row for a key and preview flag (kinds without previews ignore the flag). */
export function findLiveEnv(live: readonly LiveEnvVar[], key: string, preview: boolean, spec: EnvSpec): LiveEnvVar | undefined {
  const hasPreview = spec.flags.includes('is_preview');
  return live.find((v) => v.key === key && (!hasPreview || (v.is_preview === true) === preview));
}

/** Every live row for a key and preview flag (more than one only when Coolify made duplicates). */
export function findLiveEnvs(live: readonly LiveEnvVar[], key: string, preview: boolean, spec: EnvSpec): LiveEnvVar[] {
  const hasPreview = spec.flags.includes('is_preview');
  return live.filter((v) => v.key === key && (!hasPreview || (v.is_preview === true) === preview));
}

/**
 * What Coolify stores of an env value: PHP's trim() of it (spaces, tabs, newlines, NUL and
 * vertical tabs at both ends), on write and on read (app/Models/EnvironmentVariable.php:364,
 * :372). A desired value is compared in that form, so `|` block values ending in a newline
 * do not differ after every apply.
 */
export function storedEnvValue(value: string): string {
  return value.replace(/^[ \t\n\r\0\x0B]+|[ \t\n\r\0\x0B]+$/g, '');
}
