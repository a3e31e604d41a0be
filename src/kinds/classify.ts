/**
 * Classifies what the state reader reads: whether the token can read sensitive fields. (Live
 * subtypes are the kinds' `liveSubtype`, src/kinds/live-subtype.ts.)
 */

/**
 * Whether the token can read sensitive fields, inferred from records already read (no extra
 * request): database records carry `*_password` keys, env records carry `value`, S3 storages
 * carry `key`, only for tokens with `read:sensitive` or `root`. Undefined when nothing tells.
 */
export function inferSensitiveAccess(
  databases: Array<Record<string, unknown>>,
  envRecords: Array<Record<string, unknown>>,
  s3Storages: Array<Record<string, unknown>>,
): boolean | undefined {
  if (databases.length > 0) {
    return databases.some((d) => Object.keys(d).some((k) => k.endsWith('_password') || k === 'internal_db_url'));
  }
  if (envRecords.length > 0) return envRecords.some((e) => 'value' in e);
  if (s3Storages.length > 0) return s3Storages.some((s) => 'key' in s || 'secret' in s);
  return undefined;
}
