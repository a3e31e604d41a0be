/**
 * Servers (team-wide): capability table, lowering and import. A server is a row of `servers`
 * with its `server_settings` row (app/Models/Server.php:157-160 creates it); GET
 * /servers/{uuid} answers both, the settings under `settings` (ServersController.php:149-183),
 * so every field is compared from that answer. `POST /servers` takes the connection, the proxy
 * and the build-server flag (ServersController.php:484); the other settings only PATCH
 * (:662) or the Docker cleanup endpoint (ServerDockerCleanupController.php:14-21, sent after
 * every write by the kind's operations). A server bought at a cloud provider (`provision:`) has
 * the provider as its subtype and its own create endpoint (src/kinds/server-provision.ts).
 */
import { serverAddress } from '../model/address.js';
import type { DesiredResource } from '../model/resource.js';
import type { DesiredValue } from '../model/value.js';
import type { Resolved, ServerSpec } from '../manifest/types.js';
import { NO_READS, type FieldSpec, type KindSpec, type TeamImportSecret } from './spec.js';
import { field } from './field-helpers.js';
import { bool, description, numeric } from './normalize.js';
import { setIf } from './lower-helpers.js';
import { importServerRegistries, lowerServerRegistries } from './server-registry.js';
import type { WireRecord } from './raw-client.js';
import { PROVIDER_CREATE, PROVISION_FIELD_SPECS, isCloudProvider, lowerProvision, provisionCost, serverSubtype } from './server-provision.js';

/** Coolify keeps the proxy type upper-cased (ServersController.php:558, ProxyTypes enum); compared lower-cased. */
const proxyType = (v: unknown): unknown => (typeof v === 'string' ? v.toLowerCase() : v ?? 'traefik');

/**
 * The build role as 4.3.x stores it, `is_build_server`, from 4.4's `server_role` too
 * (`build`, `deployment`, `both`; contracts coolify-v4.4.2.json ServerSetting.server_role,
 * where `is_build_server` is hidden).
 */
const buildServer = (v: unknown): unknown => (v === 'build' ? true : v === 'both' || v === 'deployment' ? false : bool(v));

/** 4.4's role (enum ServerRole, contracts coolify-v4.4.2.json), the 4.3.x flag read as `build` / `both`. */
const serverRole = (v: unknown): unknown => (v === true ? 'build' : v === false ? 'both' : v ?? 'both');

/**
 * `server_role` as 4.3.x says it (`is_build_server`): `build` and `both` only; a
 * deployment-only server has no 4.3 form (ServerSetting has no such column before 4.4).
 */
const roleBefore44 = (v: unknown): boolean | undefined => (v === 'build' ? true : v === 'both' ? false : undefined);

/** The Docker cleanup settings (ServerDockerCleanupController.php:14-21): wire column, manifest key. */
export const DOCKER_CLEANUP_FIELDS: ReadonlyArray<readonly [string, keyof NonNullable<ServerSpec['dockerCleanup']>]> = [
  ['docker_cleanup_frequency', 'schedule'],
  ['docker_cleanup_threshold', 'threshold'],
  ['force_docker_cleanup', 'force'],
  ['delete_unused_volumes', 'deleteUnusedVolumes'],
  ['delete_unused_networks', 'deleteUnusedNetworks'],
];

/**
 * The log drain settings (ServerLogDrainsController.php:15-25): wire column, manifest path
 * under `logDrains`, and how it is compared. The keys are secrets; the custom config Coolify
 * shows only with read:sensitive (:48-55).
 */
export const LOG_DRAIN_FIELDS: ReadonlyArray<{ wire: string; drain: 'newRelic' | 'axiom' | 'custom'; key: string; kind: 'enabled' | 'secret' | 'text' | 'hidden' }> = [
  { wire: 'is_logdrain_newrelic_enabled', drain: 'newRelic', key: 'enabled', kind: 'enabled' },
  { wire: 'logdrain_newrelic_license_key', drain: 'newRelic', key: 'licenseKey', kind: 'secret' },
  { wire: 'logdrain_newrelic_base_uri', drain: 'newRelic', key: 'baseUri', kind: 'text' },
  { wire: 'is_logdrain_axiom_enabled', drain: 'axiom', key: 'enabled', kind: 'enabled' },
  { wire: 'logdrain_axiom_dataset_name', drain: 'axiom', key: 'dataset', kind: 'text' },
  { wire: 'logdrain_axiom_api_key', drain: 'axiom', key: 'apiKey', kind: 'secret' },
  { wire: 'is_logdrain_custom_enabled', drain: 'custom', key: 'enabled', kind: 'enabled' },
  { wire: 'logdrain_custom_config', drain: 'custom', key: 'config', kind: 'hidden' },
  { wire: 'logdrain_custom_config_parser', drain: 'custom', key: 'parser', kind: 'hidden' },
];

/**
 * The Sentinel settings (ServerSentinelController.php:14-23): wire column, manifest key, how it
 * is compared; the token and the custom URL only with read:sensitive (:48-51).
 */
export const SENTINEL_FIELDS: ReadonlyArray<{ wire: string; key: keyof NonNullable<ServerSpec['sentinel']>; kind: 'bool' | 'int' | 'secret' | 'hidden' }> = [
  { wire: 'is_sentinel_enabled', key: 'enabled', kind: 'bool' },
  { wire: 'is_metrics_enabled', key: 'metrics', kind: 'bool' },
  { wire: 'is_sentinel_debug_enabled', key: 'debug', kind: 'bool' },
  { wire: 'sentinel_token', key: 'token', kind: 'secret' },
  { wire: 'sentinel_metrics_refresh_rate_seconds', key: 'metricsRefreshRateSeconds', kind: 'int' },
  { wire: 'sentinel_metrics_history_days', key: 'metricsHistoryDays', kind: 'int' },
  { wire: 'sentinel_push_interval_seconds', key: 'pushIntervalSeconds', kind: 'int' },
  { wire: 'sentinel_custom_url', key: 'customUrl', kind: 'hidden' },
];

/** Coolify's defaults of the settings this table compares (server_settings migrations; SERVER_SETTINGS_COLUMNS). */
export const SERVER_SETTING_DEFAULTS: Readonly<Record<string, unknown>> = {
  is_build_server: false, server_role: 'both', concurrent_builds: 2, deployment_queue_limit: 25,
  docker_cleanup_frequency: '0 0 * * *', docker_cleanup_threshold: 80, force_docker_cleanup: true,
  delete_unused_volumes: false, delete_unused_networks: false,
  is_sentinel_enabled: true, is_metrics_enabled: false, is_sentinel_debug_enabled: false,
  sentinel_metrics_refresh_rate_seconds: 10, sentinel_metrics_history_days: 7, sentinel_push_interval_seconds: 60,
};

const setting = (path: string, label: string, normalize: FieldSpec['normalize'], extra: Partial<FieldSpec> = {}): FieldSpec =>
  field(path, label, 'update', { readFrom: [`settings.${path}`], normalize, ...extra });

/** The server capability table. */
export const SERVER_SPEC: KindSpec = {
  kind: 'server',
  subtypeChange: 'replace',
  tags: false,
  description: true,
  // varchar(255) (contracts: Server.description max_length 255).
  descriptionHasLengthLimit: true,
  // The schema refuses a literal key (a `${secrets.X}` pattern); these warn for the rest.
  literalSecretKeys: [
    { value: ['logDrains', 'newRelic', 'licenseKey'], what: 'the New Relic license key' },
    { value: ['logDrains', 'axiom', 'apiKey'], what: 'the Axiom API key' },
    { value: ['sentinel', 'token'], what: 'the Sentinel token' },
  ],
  liveFqdn: null,
  // The provider a server was bought at (its machine id), `registered` for one added by ip.
  liveSubtype: serverSubtype,
  planning: {
    // A provisioned server's create buys a machine at the provider, billed to the token's account.
    cost: (d) => (isCloudProvider(d.subtype) ? provisionCost(d.subtype, d.fields) : undefined),
    // Coolify keeps none of the provision block and cannot change the machine (PATCH /servers
    // takes none of it): another provider, or provision: added to a registered server, is a new
    // machine, which only `--replace` asks for.
    replaceOnlyOnRequest: (d) =>
      isCloudProvider(d.subtype)
        ? `a new machine would be bought at the provider and the old one left running (Coolify deletes only the record, ServersController.php:872-883): to do it, run with \`--replace ${d.address}\`${d.protect ? ' (and `--allow-destroy`: the server is protected)' : ''}, or change the manifest back`
        : undefined,
    // ServersController.php:854-856: 400 "Server has resources." unless ?force=true, which this
    // tool never sends; :857-859: the server Coolify runs on is never deleted.
    deletesData: () =>
      'Coolify deletes only the server record, and only when it holds no application, database or service (ServersController.php:854); the machine and its containers stay (one bought at a cloud provider keeps running, and billing, there: :872-883)',
  },
  fields: [
    field('name', 'name', 'update'),
    field('description', 'description', 'update', { normalize: description }),
    field('ip', 'ip', 'update'),
    field('port', 'port', 'update', { normalize: numeric }),
    field('user', 'user', 'update'),
    // Answers carry only `private_key_id` (ServersController.php:149-183): the reader names the
    // key with that id (`team.byId`, from GET /security/keys), so the key named in the manifest
    // is compared with the key the server uses, never a name against an id. PATCH takes
    // private_key_uuid (:722-728).
    field('private_key_uuid', 'privateKey', 'update', { resolve: 'privateKey', readFrom: ['private_key_name'], sameAs: 'private_key_live_uuid' }),
    // PATCH switches the proxy (ServersController.php:759-761 changeProxy).
    field('proxy_type', 'proxy', 'update', { readFrom: ['proxy.type'], normalize: proxyType }),
    // The build role: 4.4's `server_role` (create_server / update_server of
    // coolify-v4.4.2.json), sent as `is_build_server` to 4.3.x (the release gate, `instead`),
    // which compares it there; a deployment-only role has no 4.3 form (ADO505).
    setting('server_role', 'role', serverRole, { readFrom: ['settings.server_role', 'settings.is_build_server'], instead: { path: 'is_build_server', value: roleBefore44 } }),
    setting('is_build_server', 'buildServer', buildServer, { readFrom: ['settings.is_build_server', 'settings.server_role'] }),
    // PATCH only (ServersController.php:662, :754-757).
    setting('concurrent_builds', 'concurrentBuilds', numeric, { creatable: false }),
    setting('deployment_queue_limit', 'deploymentQueueLimit', numeric, { creatable: false }),
    // Their own endpoint, PATCH /servers/{uuid}/docker-cleanup (kind-ops/server.ts).
    ...DOCKER_CLEANUP_FIELDS.map(([wire, key]) =>
      setting(wire, `dockerCleanup.${key}`, wire === 'docker_cleanup_frequency' ? undefined : wire === 'docker_cleanup_threshold' ? numeric : bool, { creatable: false, patchable: false })),
    // Their own endpoint too, PATCH /servers/{uuid}/log-drains (kind-ops/server.ts).
    ...LOG_DRAIN_FIELDS.map((f) =>
      setting(f.wire, `logDrains.${f.drain}.${f.key}`, f.kind === 'enabled' ? bool : undefined, {
        creatable: false, patchable: false,
        ...(f.kind === 'secret' ? { sensitive: true } : f.kind === 'hidden' ? { needsReadSensitive: true, multiline: true } : {}),
      })),
    // And PATCH /servers/{uuid}/sentinel.
    ...SENTINEL_FIELDS.map((f) =>
      setting(f.wire, `sentinel.${f.key}`, f.kind === 'bool' ? bool : f.kind === 'int' ? numeric : undefined, {
        creatable: false, patchable: false,
        ...(f.kind === 'secret' ? { sensitive: true } : f.kind === 'hidden' ? { needsReadSensitive: true } : {}),
      })),
    // Sent by POST /servers/{provider} only (server-provision.ts).
    ...PROVISION_FIELD_SPECS,
  ],
  liveDefaults: () => SERVER_SETTING_DEFAULTS,
  reads: NO_READS,
  // ServersController.php: servers (88-109), server_by_uuid (149-184), create_server (482-590),
  // update_server (660-781), delete_server (835-892)
  team: {
    collection: '/servers',
    scope: 'withSection',
    // The list selects a few columns (ServersController.php:94): no proxy, no private key.
    readsEach: true,
    // the key by id (private_key_id), named from the keys' list
    byId: { idField: 'private_key_id', kind: 'privateKey', nameField: 'private_key_name', uuidField: 'private_key_live_uuid' },
    lower: (name, entry, sections) => lowerServer(name, entry as Resolved<ServerSpec>, sections.cloudInitScripts as Record<string, unknown> | undefined),
    // its Docker registry logins (Coolify 4.4): sub-resources `sv/NAME#registry/HOST` (server-registry.ts)
    lowerChildren: (name, entry) => lowerServerRegistries(serverAddress(name), (entry as Resolved<ServerSpec>).registries),
    importEntry: (r, secret, lists, children) => importServer(r, lists.privateKey ?? [], secret, children?.serverRegistry ?? []),
    // HetznerController.php:728, DigitalOceanController.php:209, VultrController.php:193
    createVariants: PROVIDER_CREATE,
  },
};

/**
 * Lowers one server entry; a provisioned one (`provision:`) takes the provider as its subtype,
 * its block's wire fields (the cloud-init text from `scripts`) and `protect` on by default.
 */
export function lowerServer(name: string, s: Resolved<ServerSpec>, scripts?: Readonly<Record<string, unknown>>): DesiredResource {
  const fields: Record<string, DesiredValue> = { name, private_key_uuid: s.privateKey };
  setIf(fields, 'ip', s.ip);
  if (s.provision !== undefined) Object.assign(fields, lowerProvision(s.provision, scripts));
  setIf(fields, 'description', s.description);
  setIf(fields, 'port', s.port);
  setIf(fields, 'user', s.user);
  setIf(fields, 'proxy_type', s.proxy);
  // `role`, or `buildServer` said as a role (true: build; false: both, a 4.3 server that is not a build server)
  setIf(fields, 'server_role', s.role ?? (s.buildServer === undefined ? undefined : s.buildServer ? 'build' : 'both'));
  setIf(fields, 'concurrent_builds', s.concurrentBuilds);
  setIf(fields, 'deployment_queue_limit', s.deploymentQueueLimit);
  for (const [wire, key] of DOCKER_CLEANUP_FIELDS) setIf(fields, wire, s.dockerCleanup?.[key]);
  for (const f of LOG_DRAIN_FIELDS) {
    const drain = s.logDrains?.[f.drain] as Readonly<Record<string, unknown>> | undefined;
    if (drain === undefined) continue;
    // A drain listed is on unless it says `enabled: false`.
    fields[f.wire] = (f.kind === 'enabled' ? drain.enabled ?? true : drain[f.key]) as DesiredValue;
    if (fields[f.wire] === undefined) delete fields[f.wire];
  }
  for (const f of SENTINEL_FIELDS) setIf(fields, f.wire, s.sentinel?.[f.key]);
  const base = { address: serverAddress(name), kind: 'server' as const, name, fields, ignoreChanges: [] };
  const provider = s.provision?.provider;
  if (isCloudProvider(provider)) return { ...base, subtype: provider, protect: s.protect ?? true };
  return { ...base, protect: s.protect ?? false };
}

const settingOf = (r: WireRecord, key: string): unknown => {
  const settings = r.settings;
  return settings !== null && typeof settings === 'object' ? (settings as Record<string, unknown>)[key] : undefined;
};

/**
 * The manifest entry of a live server: the connection, the settings that differ from Coolify's
 * defaults, and its registry logins (`logins`, Coolify 4.4: the username, the write-only
 * password as a placeholder the secrets file cannot fill).
 */
export function importServer(r: WireRecord, keys: readonly WireRecord[], secret?: TeamImportSecret, logins: readonly WireRecord[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = { ip: String(r.ip ?? '') };
  const key = keys.find((k) => k.id !== undefined && k.id === r.private_key_id);
  if (r.port !== undefined && Number(r.port) !== 22) out.port = Number(r.port);
  if (typeof r.user === 'string' && r.user !== 'root') out.user = r.user;
  // The key by name (its row, found by `private_key_id` in the keys the import listed).
  if (key !== undefined) out.privateKey = String(key.name ?? '');
  const proxy = r.proxy !== null && typeof r.proxy === 'object' ? proxyType((r.proxy as Record<string, unknown>).type) : undefined;
  if (typeof proxy === 'string' && proxy !== 'traefik') out.proxy = proxy;
  // The role: `buildServer: true` for a build server, `role:` for 4.4's deployment-only one.
  const role = serverRole(settingOf(r, 'server_role') ?? settingOf(r, 'is_build_server'));
  if (role === 'build') out.buildServer = true;
  else if (role === 'deployment') out.role = 'deployment';
  const num = (key: string): number | undefined => {
    const v = settingOf(r, key);
    return v === undefined || v === null || Number(v) === SERVER_SETTING_DEFAULTS[key] ? undefined : Number(v);
  };
  const builds = num('concurrent_builds');
  if (builds !== undefined) out.concurrentBuilds = builds;
  const queue = num('deployment_queue_limit');
  if (queue !== undefined) out.deploymentQueueLimit = queue;
  const cleanup: Record<string, unknown> = {};
  for (const [wire, key] of DOCKER_CLEANUP_FIELDS) {
    const v = settingOf(r, wire);
    if (v === undefined || v === null) continue;
    const value = wire === 'docker_cleanup_frequency' ? String(v) : wire === 'docker_cleanup_threshold' ? Number(v) : bool(v);
    if (value !== SERVER_SETTING_DEFAULTS[wire]) cleanup[key] = value;
  }
  if (Object.keys(cleanup).length > 0) out.dockerCleanup = cleanup;
  // Sentinel: the settings that differ from the defaults; never the token Coolify generated
  const sentinel: Record<string, unknown> = {};
  for (const f of SENTINEL_FIELDS) {
    const v = settingOf(r, f.wire);
    if (f.kind === 'secret' || f.kind === 'hidden' || v === undefined || v === null) continue;
    const value = f.kind === 'bool' ? bool(v) : Number(v);
    if (value !== SERVER_SETTING_DEFAULTS[f.wire]) sentinel[f.key] = value;
  }
  if (Object.keys(sentinel).length > 0) out.sentinel = sentinel;
  const drains = importLogDrains(r, secret);
  if (drains !== undefined) out.logDrains = drains;
  const registries = importServerRegistries(logins, secret);
  if (registries !== undefined) out.registries = registries;
  return out;
}

/** The log drains that are on, their keys as placeholders (the values only for the secrets file). */
function importLogDrains(r: WireRecord, secret: TeamImportSecret | undefined): Record<string, unknown> | undefined {
  const out: Record<string, Record<string, unknown>> = {};
  for (const f of LOG_DRAIN_FIELDS) {
    const on = LOG_DRAIN_FIELDS.find((x) => x.drain === f.drain && x.kind === 'enabled');
    if (on === undefined || bool(settingOf(r, on.wire)) !== true) continue;
    const drain = (out[f.drain] ??= {});
    const v = settingOf(r, f.wire);
    if (f.kind === 'enabled') continue;
    if (f.kind === 'secret') drain[f.key] = secret ? secret(f.wire, `${f.drain} log drain ${f.key}`, typeof v === 'string' ? v : undefined) : undefined;
    else if (typeof v === 'string' && v !== '') drain[f.key] = v;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
