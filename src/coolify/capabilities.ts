/**
 * What the connected Coolify and token can do: a supported-version check (tiny semver, no
 * dependency) and inference of the `read:sensitive` ability from records already read.
 */

/** The Coolify versions this client is written for; 4.3.11 is the reference. */
export const SUPPORTED_COOLIFY_RANGE = { min: '4.0.0-beta.400', below: '5.0.0' } as const;

/** Human form of SUPPORTED_COOLIFY_RANGE. */
export const SUPPORTED_COOLIFY_RANGE_TEXT = `>=${SUPPORTED_COOLIFY_RANGE.min} <${SUPPORTED_COOLIFY_RANGE.below}`;

/** A parsed version: numbers plus pre-release identifiers. */
export interface ParsedVersion {
  major: number;
  minor: number;
  patch: number;
  prerelease: Array<string | number>;
}

/** Parses `4.3.11`, `v4.0.0-beta.400`, `4.1` (missing parts are 0). Returns undefined if not a version. */
export function parseVersion(text: string): ParsedVersion | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(text.trim());
  if (!m) return undefined;
  return {
    major: Number(m[1]),
    minor: Number(m[2] ?? 0),
    patch: Number(m[3] ?? 0),
    prerelease: m[4] === undefined ? [] : m[4].split('.').map((id) => (/^\d+$/.test(id) ? Number(id) : id)),
  };
}

/** Semver precedence: negative if a < b, 0 if equal, positive if a > b. */
export function compareVersions(a: ParsedVersion, b: ParsedVersion): number {
  for (const key of ['major', 'minor', 'patch'] as const) {
    if (a[key] !== b[key]) return a[key] - b[key];
  }
  // A version without pre-release ranks above the same version with one.
  if (a.prerelease.length === 0 || b.prerelease.length === 0) return b.prerelease.length - a.prerelease.length;
  const n = Math.max(a.prerelease.length, b.prerelease.length);
  for (let i = 0; i < n; i++) {
    const x = a.prerelease[i];
    const y = b.prerelease[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** Result of checkVersion. */
export interface VersionCheck {
  supported: boolean;
  message: string;
}

/** Checks a Coolify version (as `GET /version` returns it) against SUPPORTED_COOLIFY_RANGE. */
export function checkVersion(version: string): VersionCheck {
  const parsed = parseVersion(version);
  if (!parsed) {
    return { supported: false, message: `Coolify reported an unrecognised version "${version.slice(0, 40)}"; supported: ${SUPPORTED_COOLIFY_RANGE_TEXT}.` };
  }
  const min = parseVersion(SUPPORTED_COOLIFY_RANGE.min) as ParsedVersion;
  const below = parseVersion(SUPPORTED_COOLIFY_RANGE.below) as ParsedVersion;
  if (compareVersions(parsed, min) < 0) {
    return { supported: false, message: `Coolify ${version} is too old; ado-coolify supports ${SUPPORTED_COOLIFY_RANGE_TEXT}. Upgrade Coolify.` };
  }
  // As in npm semver ranges, a pre-release of the excluded bound (5.0.0-beta.1) is excluded too.
  if (compareVersions({ ...parsed, prerelease: [] }, below) >= 0) {
    return { supported: false, message: `Coolify ${version} is newer than ado-coolify supports (${SUPPORTED_COOLIFY_RANGE_TEXT}); the API may have changed.` };
  }
  return { supported: true, message: `Coolify ${version} is supported (${SUPPORTED_COOLIFY_RANGE_TEXT}).` };
}

/** What `client.capabilities()` reports. */
export interface Capabilities {
  version: string;
  supported: boolean;
  message: string;
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
  const type = r.database_type;
  if (typeof type === 'string' && type in DATABASE_SECRET_KEYS) {
    const key = DATABASE_SECRET_KEYS[type] as string;
    return key in r || 'internal_db_url' in r;
  }
  if ('build_pack' in r && 'fqdn' in r) return 'custom_labels' in r || 'http_basic_auth_password' in r;
  if ('bucket' in r && 'endpoint' in r) return 'secret' in r;
  if ('key' in r && ('is_literal' in r || 'is_shown_once' in r) && r.is_shown_once !== true) return 'value' in r || 'real_value' in r;
  return undefined;
}
