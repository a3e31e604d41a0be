/**
 * `ado-coolify init` options: parsing of `NAME=IMAGE` / `NAME=TYPE` flags, name checks that
 * match the manifest schema, and defaults.
 */
import { AdoError } from '../errors.js';
import type { DatabaseType } from '../manifest/types.js';

/** An application to scaffold. */
export interface InitApp {
  name: string;
  image: string;
}

/** A database to scaffold. */
export interface InitDatabase {
  name: string;
  type: DatabaseType;
}

/** Everything the scaffold needs, after defaults and prompts. */
export interface InitOptions {
  project: string;
  environments: string[];
  apps: InitApp[];
  databases: InitDatabase[];
  server: string;
  githubWorkflows: boolean;
}

/** The database engines, in the schema's order. */
export const DATABASE_TYPES: readonly DatabaseType[] = ['postgresql', 'mysql', 'mariadb', 'mongodb', 'redis', 'keydb', 'dragonfly', 'clickhouse'];

/** Defaults used when a flag is missing and nobody is asked. */
export const INIT_DEFAULTS = {
  environment: 'production',
  server: 'localhost',
  app: { name: 'web', image: 'nginx:1.27-alpine' } satisfies InitApp,
} as const;

const RESOURCE_NAME = /^[a-z0-9][a-z0-9_-]{0,62}$/;
const COOLIFY_NAME = /^[\p{L}\p{M}\p{N}\s_.@/&()#,:+-]{3,255}$/u;

function initError(message: string, hint?: string): AdoError {
  return new AdoError('ADO_INIT_BAD_OPTION', message, hint === undefined ? {} : { hint });
}

/** Checks a project or environment name (Coolify: 3+ characters). */
export function checkCoolifyName(what: string, name: string): string {
  if (!COOLIFY_NAME.test(name)) {
    throw initError(`${what} "${name}" is not a valid Coolify name`, 'use 3-255 letters, digits, spaces or - _ . @ / & ( ) # , : +');
  }
  return name;
}

/** Checks an application or database name (a DNS label). */
export function checkResourceName(what: string, name: string): string {
  if (!RESOURCE_NAME.test(name)) {
    throw initError(`${what} name "${name}" is not valid`, "use 1-63 lower-case letters, digits, '_' or '-', starting with a letter or digit");
  }
  return name;
}

function splitPair(flag: string, value: string, right: string): [string, string] {
  const eq = value.indexOf('=');
  if (eq <= 0 || eq === value.length - 1) throw initError(`${flag} expects NAME=${right}, got "${value}"`, `for example: ${flag} ${flag === '--app' ? 'api=ghcr.io/acme/api:1.0.0' : 'db=postgresql'}`);
  return [value.slice(0, eq).trim(), value.slice(eq + 1).trim()];
}

/** Parses `--app NAME=IMAGE`. */
export function parseApp(value: string): InitApp {
  const [name, image] = splitPair('--app', value, 'IMAGE');
  if (/\s/.test(image)) throw initError(`--app ${name}: image "${image}" contains spaces`);
  return { name: checkResourceName('application', name), image };
}

/** Parses `--database NAME=TYPE`. */
export function parseDatabase(value: string): InitDatabase {
  const [name, type] = splitPair('--database', value, 'TYPE');
  const normalized = type.toLowerCase() === 'postgres' ? 'postgresql' : type.toLowerCase();
  if (!(DATABASE_TYPES as readonly string[]).includes(normalized)) {
    throw initError(`--database ${name}: unknown type "${type}"`, `one of: ${DATABASE_TYPES.join(', ')}`);
  }
  return { name: checkResourceName('database', name), type: normalized as DatabaseType };
}

/** A project name derived from a directory name, or undefined when none is valid. */
export function projectNameFromDir(dirName: string): string | undefined {
  const name = dirName.trim().toLowerCase().replace(/[^a-z0-9_.-]+/g, '-').replace(/^-+|-+$/g, '');
  return COOLIFY_NAME.test(name) ? name : undefined;
}

/** Checks the assembled options: valid names, no duplicates, and names unique across kinds. */
export function checkInitOptions(o: InitOptions): InitOptions {
  checkCoolifyName('project', o.project);
  if (o.environments.length === 0) throw initError('at least one environment is needed');
  for (const env of o.environments) checkCoolifyName('environment', env);
  if (new Set(o.environments).size !== o.environments.length) throw initError('an environment is given twice');
  const names = [...o.apps.map((a) => a.name), ...o.databases.map((d) => d.name)];
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw initError(`the name "${dup}" is used twice`, 'applications and databases of an environment need distinct names');
  if (o.server.trim() === '') throw initError('--server must not be empty');
  return o;
}
