/**
 * Derives the subtype (variant within a kind) of live records, matching the subtypes that
 * lowering gives desired resources, so a source or engine change can be told apart.
 */

/** The application source: `dockerimage`, `dockerfile`, `deploy-key`, `github-app` or `public`. */
export function applicationSubtype(record: Record<string, unknown>): string {
  const buildPack = record.build_pack;
  if (buildPack === 'dockerimage') return 'dockerimage';
  const repo = record.git_repository;
  if (typeof repo !== 'string' || repo.length === 0) return 'dockerfile';
  const privateKeyId = record.private_key_id;
  if (typeof privateKeyId === 'number' && privateKeyId > 0) return 'deploy-key';
  const sourceType = record.source_type;
  const sourceId = record.source_id;
  if (typeof sourceType === 'string' && sourceType.includes('GithubApp') && typeof sourceId === 'number' && sourceId > 0) {
    return 'github-app';
  }
  return 'public';
}

/** The database engine from `database_type` (`standalone-postgresql` → `postgresql`). */
export function databaseSubtype(record: Record<string, unknown>): string | undefined {
  const type = record.database_type ?? record.type;
  if (typeof type !== 'string') return undefined;
  return type.replace(/^standalone-/, '');
}

/** The service source: `compose` when raw compose is present and no template type, else `template`. */
export function serviceSubtype(record: Record<string, unknown>): string {
  return typeof record.service_type === 'string' && record.service_type.length > 0 ? 'template' : 'compose';
}

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
