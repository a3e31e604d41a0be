/**
 * The data volumes Coolify 4.3.11 creates with every standalone database: each engine's model
 * adds LocalPersistentVolume rows in its `created` hook (app/Models/Standalone<Engine>.php
 * booted()). Checked against the real 4.3.11: a new PostgreSQL lists
 * `postgres-data-<uuid>` at `/var/lib/postgresql/data`.
 */
import type { DatabaseType } from './world.js';

/** One default volume: its name (before the database uuid) and its mount path. */
export interface DefaultVolume {
  prefix: string;
  mount_path: string;
}

/** PostgreSQL 18+ mounts `/var/lib/postgresql`, older images `/var/lib/postgresql/data` (StandalonePostgresql.php:94-104). */
function postgresMount(image: string): string {
  const m = /:(?:pg)?(\d+)/i.exec(image);
  return m && Number(m[1]) >= 18 ? '/var/lib/postgresql' : '/var/lib/postgresql/data';
}

/** The default volumes of a new database of this engine and image. */
export function defaultDatabaseVolumes(type: DatabaseType, image: string): DefaultVolume[] {
  switch (type) {
    case 'postgresql': return [{ prefix: 'postgres-data-', mount_path: postgresMount(image) }]; // StandalonePostgresql.php:106
    case 'mysql': return [{ prefix: 'mysql-data-', mount_path: '/var/lib/mysql' }]; // StandaloneMysql.php:91
    case 'mariadb': return [{ prefix: 'mariadb-data-', mount_path: '/var/lib/mysql' }]; // StandaloneMariadb.php:89
    case 'mongodb': return [ // StandaloneMongodb.php:86-97
      { prefix: 'mongodb-configdb-', mount_path: '/data/configdb' },
      { prefix: 'mongodb-db-', mount_path: '/data/db' },
    ];
    case 'redis': return [{ prefix: 'redis-data-', mount_path: '/data' }]; // StandaloneRedis.php:83
    case 'keydb': return [{ prefix: 'keydb-data-', mount_path: '/data' }]; // StandaloneKeydb.php:85
    case 'dragonfly': return [{ prefix: 'dragonfly-data-', mount_path: '/data' }]; // StandaloneDragonfly.php:84
    case 'clickhouse': return [{ prefix: 'clickhouse-data-', mount_path: '/var/lib/clickhouse' }]; // StandaloneClickhouse.php:85
    case 'sqlite': return [{ prefix: 'sqlite-data-', mount_path: '/var/lib/sqlite' }]; // StandaloneSqlite.php (4.4):19 DATA_DIRECTORY, :72-79 created hook
  }
}
