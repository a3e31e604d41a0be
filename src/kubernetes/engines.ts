/** Per-engine facts for running Coolify's database types on Kubernetes. */
import type { DatabaseType } from '../manifest/types.js';

/** How one engine runs in a StatefulSet. */
export interface K8sEngine {
  /** Image when the manifest sets none (Coolify's defaults). */
  image: string;
  port: number;
  dataPath: string;
  /** URL scheme of the internal URL. */
  scheme: string;
  defaultUser?: string;
  defaultDatabase?: string;
  /** Env names of user, database, password, root password. */
  userEnv?: string;
  databaseEnv?: string;
  passwordEnv: string;
  rootPasswordEnv?: string;
  /** Container args (may use `$(PASSWORD_ENV)`), for engines configured on the command line. */
  args?: string[];
  /** Extra plain env. */
  extraEnv?: Record<string, string>;
  /** Shell probe (reads env with `$VAR`). */
  probe: string;
  /** URL suffix after host:port. */
  urlPath: (database: string) => string;
}

/** The engines Kubernetes can run (SQLite is a file on a volume, not a server: not exported). */
export const K8S_ENGINES: Readonly<Partial<Record<DatabaseType, K8sEngine>>> = {
  postgresql: {
    image: 'postgres:16-alpine', port: 5432, dataPath: '/var/lib/postgresql/data', scheme: 'postgres',
    defaultUser: 'postgres', defaultDatabase: 'postgres',
    userEnv: 'POSTGRES_USER', databaseEnv: 'POSTGRES_DB', passwordEnv: 'POSTGRES_PASSWORD',
    extraEnv: { PGDATA: '/var/lib/postgresql/data/pgdata' },
    probe: 'pg_isready -U "$POSTGRES_USER" -d "$POSTGRES_DB"',
    urlPath: (db) => `/${db}`,
  },
  mysql: {
    image: 'mysql:8', port: 3306, dataPath: '/var/lib/mysql', scheme: 'mysql',
    defaultUser: 'mysql', defaultDatabase: 'default',
    userEnv: 'MYSQL_USER', databaseEnv: 'MYSQL_DATABASE', passwordEnv: 'MYSQL_PASSWORD', rootPasswordEnv: 'MYSQL_ROOT_PASSWORD',
    probe: 'mysqladmin ping -h 127.0.0.1 -u root -p"$MYSQL_ROOT_PASSWORD"',
    urlPath: (db) => `/${db}`,
  },
  mariadb: {
    image: 'mariadb:11', port: 3306, dataPath: '/var/lib/mysql', scheme: 'mysql',
    defaultUser: 'mariadb', defaultDatabase: 'default',
    userEnv: 'MARIADB_USER', databaseEnv: 'MARIADB_DATABASE', passwordEnv: 'MARIADB_PASSWORD', rootPasswordEnv: 'MARIADB_ROOT_PASSWORD',
    probe: 'healthcheck.sh --connect --innodb_initialized',
    urlPath: (db) => `/${db}`,
  },
  mongodb: {
    image: 'mongo:7', port: 27017, dataPath: '/data/db', scheme: 'mongodb',
    defaultUser: 'root', defaultDatabase: 'default',
    userEnv: 'MONGO_INITDB_ROOT_USERNAME', databaseEnv: 'MONGO_INITDB_DATABASE', passwordEnv: 'MONGO_INITDB_ROOT_PASSWORD',
    probe: 'mongosh --quiet --eval "db.adminCommand(\'ping\')"',
    urlPath: () => '/?directConnection=true',
  },
  redis: {
    image: 'redis:7.2', port: 6379, dataPath: '/data', scheme: 'redis', defaultUser: 'default',
    passwordEnv: 'REDIS_PASSWORD', args: ['redis-server', '--requirepass', '$(REDIS_PASSWORD)', '--appendonly', 'yes'],
    probe: 'redis-cli -a "$REDIS_PASSWORD" --no-auth-warning ping | grep -q PONG',
    urlPath: () => '/0',
  },
  keydb: {
    image: 'eqalpha/keydb:latest', port: 6379, dataPath: '/data', scheme: 'redis', defaultUser: 'default',
    passwordEnv: 'KEYDB_PASSWORD', args: ['keydb-server', '--requirepass', '$(KEYDB_PASSWORD)', '--appendonly', 'yes'],
    probe: 'keydb-cli -a "$KEYDB_PASSWORD" ping | grep -q PONG',
    urlPath: () => '/0',
  },
  dragonfly: {
    image: 'docker.dragonflydb.io/dragonflydb/dragonfly', port: 6379, dataPath: '/data', scheme: 'redis', defaultUser: 'default',
    passwordEnv: 'DRAGONFLY_PASSWORD', args: ['--requirepass=$(DRAGONFLY_PASSWORD)'],
    probe: 'redis-cli -a "$DRAGONFLY_PASSWORD" --no-auth-warning ping | grep -q PONG',
    urlPath: () => '/0',
  },
  clickhouse: {
    image: 'clickhouse/clickhouse-server', port: 9000, dataPath: '/var/lib/clickhouse', scheme: 'clickhouse',
    defaultUser: 'default', userEnv: 'CLICKHOUSE_USER', passwordEnv: 'CLICKHOUSE_PASSWORD',
    probe: 'clickhouse-client --query "SELECT 1"',
    urlPath: () => '',
  },
};
