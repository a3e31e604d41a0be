/**
 * Recognises database images (`postgres`, `mysql`, `mariadb`, `mongo`, `redis`, from any
 * registry, any tag, but only the official repositories: `bitnami/redis` is an application)
 * and reads their settings from the engine's conventional env vars.
 */
import type { DatabaseType } from '../manifest/types.js';

/** Repository names (after the registry and `library/`) that map to a database type. */
const IMAGE_TYPES: Record<string, DatabaseType> = {
  postgres: 'postgresql',
  mysql: 'mysql',
  mariadb: 'mariadb',
  mongo: 'mongodb',
  redis: 'redis',
};

/** The repository path of an image without registry host, tag or digest. */
export function imageRepository(image: string): string {
  let rest = image.split('@')[0] ?? image;
  const parts = rest.split('/');
  const first = parts[0] ?? '';
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) parts.shift();
  rest = parts.join('/');
  const colon = rest.lastIndexOf(':');
  if (colon >= 0) rest = rest.slice(0, colon);
  return rest.replace(/^library\//, '');
}

/** The database type of an image, or undefined when it is not an official database image. */
export function databaseTypeOfImage(image: string): DatabaseType | undefined {
  return IMAGE_TYPES[imageRepository(image)];
}

/** Which env vars hold the database name, user and passwords, per type. */
export interface EngineEnv {
  database?: string[];
  user?: string[];
  password?: string[];
  rootPassword?: string[];
  /** Extra env vars that map to dedicated manifest fields. */
  fields?: Record<string, 'initdbArgs' | 'hostAuthMethod'>;
  /** URL schemes for which `${databases.X.internalUrl}` is a drop-in replacement. */
  schemes: string[];
}

/** Engine env conventions of the images we recognise. */
export const ENGINE_ENV: Partial<Record<DatabaseType, EngineEnv>> = {
  postgresql: {
    database: ['POSTGRES_DB'],
    user: ['POSTGRES_USER'],
    password: ['POSTGRES_PASSWORD'],
    fields: { POSTGRES_INITDB_ARGS: 'initdbArgs', POSTGRES_HOST_AUTH_METHOD: 'hostAuthMethod' },
    schemes: ['postgres', 'postgresql'],
  },
  mysql: {
    database: ['MYSQL_DATABASE'],
    user: ['MYSQL_USER'],
    password: ['MYSQL_PASSWORD'],
    rootPassword: ['MYSQL_ROOT_PASSWORD'],
    schemes: ['mysql'],
  },
  mariadb: {
    database: ['MARIADB_DATABASE', 'MYSQL_DATABASE'],
    user: ['MARIADB_USER', 'MYSQL_USER'],
    password: ['MARIADB_PASSWORD', 'MYSQL_PASSWORD'],
    rootPassword: ['MARIADB_ROOT_PASSWORD', 'MYSQL_ROOT_PASSWORD'],
    schemes: ['mysql', 'mariadb'],
  },
  mongodb: {
    database: ['MONGO_INITDB_DATABASE'],
    user: ['MONGO_INITDB_ROOT_USERNAME'],
    password: ['MONGO_INITDB_ROOT_PASSWORD'],
    schemes: ['mongodb'],
  },
  redis: { schemes: ['redis'] },
};

/** The `--requirepass VALUE` of a redis command line, if any. */
export function redisRequirePass(command: string[] | string | undefined): string | undefined {
  if (command === undefined) return undefined;
  const words = Array.isArray(command) ? command : command.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '--requirepass') return words[i + 1];
    if (w.startsWith('--requirepass=')) return w.slice('--requirepass='.length);
  }
  return undefined;
}
