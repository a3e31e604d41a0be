/**
 * Derives the subtype (variant within a kind) of live records, matching the subtypes that
 * lowering gives desired resources, so a source or engine change can be told apart. The kinds'
 * tables use these as `liveSubtype`.
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

/**
 * The database engine from `database_type` (`standalone-postgresql` → `postgresql`). A KeyDB
 * record has none (app/Models/StandaloneKeydb.php:55 does not append it, unlike every other
 * engine): it is told by its own `keydb_conf` column (visible without read:sensitive too) or
 * its `keydb_password`.
 */
export function databaseSubtype(record: Record<string, unknown>): string | undefined {
  const type = record.database_type ?? record.type;
  if (typeof type === 'string') return type.replace(/^standalone-/, '');
  if ('keydb_conf' in record || 'keydb_password' in record) return 'keydb';
  return undefined;
}

/** The service source: `compose` when raw compose is present and no template type, else `template`. */
export function serviceSubtype(record: Record<string, unknown>): string {
  return typeof record.service_type === 'string' && record.service_type.length > 0 ? 'template' : 'compose';
}
