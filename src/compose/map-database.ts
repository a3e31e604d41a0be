/** Maps a compose service running an official database image to a manifest database. */
import type { DatabaseSpec, DatabaseType } from '../manifest/types.js';
import { parseDotenv } from '../manifest/dotenv.js';
import { type ImportContext, targetsExcept } from './context.js';
import { ENGINE_ENV, redisRequirePass } from './databases.js';
import { buildEnv } from './env.js';
import { mapDatabaseHealthcheck } from './healthcheck.js';
import { toManifestString } from './interpolate.js';
import type { ComposeService } from './model.js';
import { mapLimits } from './map-limits.js';

/** env_file pairs then environment pairs, in compose precedence order. */
export function envPairs(service: ComposeService, ctx: ImportContext, where: string): Array<[string, string | undefined]> {
  const pairs: Array<[string, string | undefined]> = [];
  for (const f of service.envFiles) {
    const text = ctx.envFiles[f.path];
    if (text === undefined) {
      if (f.required) ctx.report.review.push(`${where}: env_file \`${f.path}\` was not found; add its variables by hand`);
      continue;
    }
    const parsed = parseDotenv(text);
    for (const [k, v] of Object.entries(parsed.values)) pairs.push([k, v]);
    if (parsed.problems.length > 0) ctx.report.review.push(`${where}: env_file \`${f.path}\` has ${parsed.problems.length} unreadable line(s)`);
  }
  return [...pairs, ...service.environment];
}

/** Finds the first of `keys` in the pairs and removes it (the last assignment wins). */
function take(pairs: Array<[string, string | undefined]>, keys: readonly string[] | undefined): string | undefined {
  if (!keys) return undefined;
  let found: string | undefined;
  for (const key of keys) {
    for (let i = pairs.length - 1; i >= 0; i--) {
      if (pairs[i]![0] !== key) continue;
      found ??= pairs[i]![1] ?? `\${${key}}`;
      pairs.splice(i, 1);
    }
  }
  return found;
}

/** The raw (compose) password of a database service, used to recognise copies elsewhere. */
export function databasePasswordRaw(service: ComposeService, type: DatabaseType, ctx: ImportContext): string | undefined {
  if (type === 'redis') return redisRequirePass(service.command);
  const pairs = envPairs(service, { ...ctx, report: { ...ctx.report, review: [] } }, '');
  return take(pairs, ENGINE_ENV[type]?.password);
}

/** The raw (compose) database name, used to recognise `/name` URL paths. */
export function databaseNameRaw(service: ComposeService, type: DatabaseType, ctx: ImportContext): string | undefined {
  const pairs = envPairs(service, { ...ctx, report: { ...ctx.report, review: [] } }, '');
  return take(pairs, ENGINE_ENV[type]?.database);
}

/** Maps the service; notes go to the report. */
export function mapDatabase(service: ComposeService, type: DatabaseType, name: string, ctx: ImportContext): DatabaseSpec {
  const where = `databases.${name}`;
  const engine = ENGINE_ENV[type];
  const pairs = envPairs(service, ctx, where);
  const database = take(pairs, engine?.database);
  const user = take(pairs, engine?.user);
  const password = take(pairs, engine?.password) ?? (type === 'redis' ? redisRequirePass(service.command) : undefined);
  const rootPassword = take(pairs, engine?.rootPassword);
  const spec: DatabaseSpec = { type, image: toManifestString(service.image ?? '', ctx.sink) };
  if (database !== undefined) spec.database = toManifestString(database, ctx.sink);
  if (user !== undefined) spec.user = toManifestString(user, ctx.sink);
  for (const [envKey, field] of Object.entries(engine?.fields ?? {})) {
    const v = take(pairs, [envKey]);
    if (v !== undefined) spec[field] = toManifestString(v, ctx.sink);
  }
  if (password !== undefined || rootPassword !== undefined) {
    ctx.report.review.push(
      `${where}: the compose password${rootPassword !== undefined ? 's were' : ' was'} left out, so Coolify generates ${rootPassword !== undefined ? 'them' : 'one'}; other services use \`\${databases.${name}.password}\` or \`.internalUrl\``,
    );
  }
  if (type === 'redis' && service.command !== undefined) {
    ctx.report.notCarried.push(`${where}: the redis command line (\`${[service.command].flat().join(' ')}\`); use \`conf\` for settings`);
  } else if (service.command !== undefined) {
    ctx.report.notCarried.push(`${where}: \`command\` (\`${[service.command].flat().join(' ')}\`); use \`conf\` for engine settings`);
  }
  const limits = mapLimits(service, where, ctx);
  if (limits) spec.limits = limits;
  const health = mapDatabaseHealthcheck(service.healthcheck);
  if (health) spec.healthCheck = health;
  if (pairs.length > 0) {
    const built = buildEnv(pairs, { owner: name, ownerPath: where, sink: ctx.sink, secrets: ctx.secrets, targets: targetsExcept(ctx, service), notes: ctx.report.notCarried });
    if (Object.keys(built.env).length > 0) spec.env = built.env;
  }
  if (service.ports.length > 0) {
    ctx.report.review.push(`${where}: published port(s) ${service.ports.map((p) => p.published ?? p.target).join(', ')} not mapped; set \`public: true\` and \`publicPort\` to expose the database`);
  }
  const data = service.mounts.filter((m) => m.type === 'volume' || m.type === 'bind');
  if (data.length > 0) {
    ctx.report.review.push(`${where}: Coolify manages the data volume itself; copy the data from ${data.map((m) => `\`${m.source ?? m.target}\``).join(', ')} if you need it`);
  }
  if (service.build) ctx.report.notCarried.push(`${where}: \`build\` (a database runs the official image)`);
  return spec;
}
