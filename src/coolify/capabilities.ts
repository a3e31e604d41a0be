/**
 * What the connected Coolify and token can do: a supported-version check that also picks the
 * release table (src/releases) to use, and inference of the `read:sensitive` ability from
 * records already read.
 */
import { compareVersions, parseVersion, type ParsedVersion } from '../releases/version.js';
import { OLDEST_SUPPORTED_RELEASE, requestRouteAbsent, resolveRelease } from '../releases/table.js';

/**
 * The Coolify versions this client supports: from the oldest release the per-release table
 * describes (src/releases; 4.3.11) up to, not including, v5.
 */
export const SUPPORTED_COOLIFY_RANGE = { min: OLDEST_SUPPORTED_RELEASE, below: '5.0.0' } as const;

/** Human form of SUPPORTED_COOLIFY_RANGE. */
export const SUPPORTED_COOLIFY_RANGE_TEXT = `>=${SUPPORTED_COOLIFY_RANGE.min} <${SUPPORTED_COOLIFY_RANGE.below}`;

/** Result of checkVersion. */
export interface VersionCheck {
  supported: boolean;
  message: string;
  /** The known release whose table applies (nearest at or below the version), when supported. */
  release?: string;
  /** Set when the version is newer than the newest known release. */
  warning?: string;
}

/** Checks a Coolify version (as `GET /version` returns it) against SUPPORTED_COOLIFY_RANGE. */
export function checkVersion(version: string): VersionCheck {
  const parsed = parseVersion(version);
  if (!parsed) {
    return { supported: false, message: `Coolify reported an unrecognised version "${version.slice(0, 40)}"; supported: ${SUPPORTED_COOLIFY_RANGE_TEXT}.` };
  }
  const below = parseVersion(SUPPORTED_COOLIFY_RANGE.below) as ParsedVersion;
  // As in npm semver ranges, a pre-release of the excluded bound (5.0.0-beta.1) is excluded too.
  if (compareVersions({ ...parsed, prerelease: [] }, below) >= 0) {
    return { supported: false, message: `Coolify ${version} is newer than ado-coolify supports (${SUPPORTED_COOLIFY_RANGE_TEXT}); the API may have changed.` };
  }
  const resolved = resolveRelease(version);
  if (!resolved.ok) return { supported: false, message: `${resolved.message} Supported: ${SUPPORTED_COOLIFY_RANGE_TEXT}.` };
  return {
    supported: true,
    release: resolved.release,
    message: `Coolify ${version} is supported (${SUPPORTED_COOLIFY_RANGE_TEXT}); using what Coolify ${resolved.release} accepts.`,
    ...(resolved.warning ? { warning: resolved.warning } : {}),
  };
}

/** What `client.capabilities()` reports. */
export interface Capabilities {
  version: string;
  supported: boolean;
  message: string;
  /** The known release whose table applies (see checkVersion). */
  release?: string;
  warning?: string;
  /** undefined when no record read so far could tell. */
  canReadSensitive?: boolean;
}

/**
 * Password field of each database type. Coolify hides sensitive attributes with `makeHidden`
 * when the token cannot read them: the key disappears from the JSON (it is not null), so the
 * key's presence on any record is a reliable, free signal.
 */
const DATABASE_SECRET_KEYS: Record<string, string> = {
  'standalone-postgresql': 'postgres_password',
  'standalone-mysql': 'mysql_password',
  'standalone-mariadb': 'mariadb_password',
  'standalone-mongodb': 'mongo_initdb_root_password',
  'standalone-redis': 'redis_password',
  'standalone-keydb': 'keydb_password',
  'standalone-dragonfly': 'dragonfly_password',
  'standalone-clickhouse': 'clickhouse_admin_password',
};

/**
 * Infers whether the token can read sensitive fields from records the state reader already
 * has: databases (password key / `internal_db_url`), applications (`custom_labels`,
 * `http_basic_auth_password`), S3 storages (`secret`) and env vars (`value`, except
 * `is_shown_once` ones which never show it). undefined when no record is conclusive.
 */
export function inferCanReadSensitive(records: Array<Record<string, unknown>>): boolean | undefined {
  let verdict: boolean | undefined;
  for (const r of records) {
    const v = recordVerdict(r);
    if (v === true) return true;
    if (v === false) verdict = false;
  }
  return verdict;
}

function recordVerdict(r: Record<string, unknown>): boolean | undefined {
  // A KeyDB record carries no database_type (app/Models/StandaloneKeydb.php:55); its keydb_conf column tells it.
  const type = r.database_type ?? ('keydb_conf' in r ? 'standalone-keydb' : undefined);
  if (typeof type === 'string' && type in DATABASE_SECRET_KEYS) {
    const key = DATABASE_SECRET_KEYS[type] as string;
    return key in r || 'internal_db_url' in r;
  }
  if ('build_pack' in r && 'fqdn' in r) return 'custom_labels' in r || 'http_basic_auth_password' in r;
  if ('bucket' in r && 'endpoint' in r) return 'secret' in r;
  if ('key' in r && ('is_literal' in r || 'is_shown_once' in r) && r.is_shown_once !== true) return 'value' in r || 'real_value' in r;
  return undefined;
}

/** True when the release (a known one, see checkVersion) has audit events (`GET /audit-events`, Coolify 4.4). */
export function hasAuditEvents(release: string): boolean {
  return !requestRouteAbsent(release, 'GET', '/audit-events');
}
