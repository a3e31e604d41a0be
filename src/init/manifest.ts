/** Renders the starter `ado.coolify.yaml` for `ado-coolify init` (pure). */
import { stringify } from 'yaml';
import type { DatabaseType } from '../manifest/types.js';
import { SCHEMA_MODELINE } from '../manifest/schema-ref.js';
import type { InitDatabase, InitOptions } from './options.js';


/** Images used for scaffolded databases (engines not listed use Coolify's default). */
const DATABASE_IMAGES: Partial<Record<DatabaseType, string>> = {
  postgresql: 'postgres:16-alpine',
  mysql: 'mysql:8.4',
  mariadb: 'mariadb:11',
  mongodb: 'mongo:7',
  redis: 'redis:7-alpine',
};

const HAS_DATABASE_AND_USER: readonly DatabaseType[] = ['postgresql', 'mysql', 'mariadb'];
const KEY_VALUE_STORES: readonly DatabaseType[] = ['redis', 'keydb', 'dragonfly'];

/** A YAML scalar, quoted when needed. */
function scalar(value: string): string {
  return stringify(value).trimEnd();
}

/**
 * The env var an app gets for the single database: `DATABASE_URL`, or `REDIS_URL` for
 * Redis-compatible engines.
 */
export function connectionVar(db: InitDatabase): string {
  return KEY_VALUE_STORES.includes(db.type) ? 'REDIS_URL' : 'DATABASE_URL';
}

function databaseLines(db: InitDatabase, production: boolean): string[] {
  const lines = [`          ${db.name}:`, `            type: ${db.type}`];
  const image = DATABASE_IMAGES[db.type];
  if (image) lines.push(`            image: ${scalar(image)}`);
  if (HAS_DATABASE_AND_USER.includes(db.type)) {
    lines.push('            database: app', '            user: app                  # password left out: Coolify generates it');
  }
  if (production) lines.push('            protect: true              # never destroyed without --allow-destroy');
  return lines;
}

/** The manifest text: schema comment, connection, defaults, one project with its environments. */
export function scaffoldManifest(o: InitOptions): string {
  const single = o.databases.length === 1 ? o.databases[0] : undefined;
  const out = [
    `# ${SCHEMA_MODELINE}`,
    '#',
    '# Desired state of Coolify, managed with ado-coolify (https://www.npmjs.com/package/ado-coolify).',
    '#',
    '#   ado-coolify validate     # schema and references, no network',
    '#   ado-coolify plan         # what would change (COOLIFY_URL and COOLIFY_TOKEN in the environment)',
    '#   ado-coolify apply        # make it so',
    '#',
    '# The Coolify URL comes from COOLIFY_URL (or `coolify: { url: … }` here); the API token from',
    '# COOLIFY_TOKEN, never from this file.',
    'version: 1',
    '',
    'defaults:',
    `  server: ${scalar(o.server)}  # the Coolify server, by name ("localhost" is the Coolify host itself)`,
    '',
    'projects:',
    `  ${scalar(o.project)}:`,
    '    environments:',
  ];
  for (const env of o.environments) {
    const production = env === 'production';
    out.push(`      ${scalar(env)}:`);
    if (o.databases.length === 0 && o.apps.length === 0) out.push('        applications: {}');
    if (o.databases.length > 0) {
      out.push('        databases:');
      for (const db of o.databases) out.push(...databaseLines(db, production));
    }
    if (o.apps.length > 0) {
      out.push('        applications:');
      for (const app of o.apps) {
        out.push(`          ${app.name}:`, `            image: ${scalar(app.image)}`, '            ports: [80]                # the port the container listens on');
        out.push(`            # domains: [https://${app.name}.example.com]`);
        if (single) {
          out.push('            env:', `              ${connectionVar(single)}: \${databases.${single.name}.internalUrl}`);
        }
      }
    }
  }
  return out.join('\n') + '\n';
}
