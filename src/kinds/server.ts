/**
 * Servers (team-wide): capability table, lowering and import. A server is a row of `servers`
 * with its `server_settings` row (app/Models/Server.php:157-160 creates it); GET
 * /servers/{uuid} answers both, the settings under `settings` (ServersController.php:149-183),
 * so every field is compared from that answer. `POST /servers` takes the connection, the proxy
 * and the build-server flag (ServersController.php:484); the other settings only PATCH
 * (:662) or the Docker cleanup endpoint (ServerDockerCleanupController.php:14-21, sent after
 * every write by the kind's operations).
 */
import { serverAddress } from '../model/address.js';
import type { DesiredResource } from '../model/resource.js';
import type { DesiredValue } from '../model/value.js';
import type { Resolved, ServerSpec } from '../manifest/types.js';
import { NO_READS, type FieldSpec, type KindSpec } from './spec.js';
import { field, writeOnly } from './field-helpers.js';
import { bool, description, numeric } from './normalize.js';
import { setIf } from './lower-helpers.js';
import type { WireRecord } from './raw-client.js';

/** Coolify keeps the proxy type upper-cased (ServersController.php:558, ProxyTypes enum); compared lower-cased. */
const proxyType = (v: unknown): unknown => (typeof v === 'string' ? v.toLowerCase() : v ?? 'traefik');

/**
 * `is_build_server` (4.3.x), or 4.4's `server_role` (`build`, `deployment`, `both`; contracts
 * coolify-v4.4.2.json ServerSetting.server_role, where `is_build_server` is hidden).
 */
const buildServer = (v: unknown): unknown => (v === 'build' ? true : v === 'both' || v === 'deployment' ? false : bool(v));

/** The Docker cleanup settings (ServerDockerCleanupController.php:14-21): wire column, manifest key. */
export const DOCKER_CLEANUP_FIELDS: ReadonlyArray<readonly [string, keyof NonNullable<ServerSpec['dockerCleanup']>]> = [
  ['docker_cleanup_frequency', 'schedule'],
  ['docker_cleanup_threshold', 'threshold'],
  ['force_docker_cleanup', 'force'],
  ['delete_unused_volumes', 'deleteUnusedVolumes'],
  ['delete_unused_networks', 'deleteUnusedNetworks'],
];

/** Coolify's defaults of the settings this table compares (server_settings migrations; SERVER_SETTINGS_COLUMNS). */
export const SERVER_SETTING_DEFAULTS: Readonly<Record<string, unknown>> = {
  is_build_server: false, concurrent_builds: 2, deployment_queue_limit: 25,
  docker_cleanup_frequency: '0 0 * * *', docker_cleanup_threshold: 80, force_docker_cleanup: true,
  delete_unused_volumes: false, delete_unused_networks: false,
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
  literalSecretKeys: [],
  liveFqdn: null,
  planning: {
    // ServersController.php:854-856: 400 "Server has resources." unless ?force=true, which this
    // tool never sends; :857-859: the server Coolify runs on is never deleted.
    deletesData: () =>
      'Coolify deletes only the server record, and only when it holds no application, database or service (ServersController.php:854); the machine and its containers stay',
  },
  fields: [
    field('name', 'name', 'update'),
    field('description', 'description', 'update', { normalize: description }),
    field('ip', 'ip', 'update'),
    field('port', 'port', 'update', { normalize: numeric }),
    field('user', 'user', 'update'),
    // Answers carry `private_key_id`, not the key's uuid or name: sent, never compared.
    writeOnly('private_key_uuid', 'privateKey', 'update', { resolve: 'privateKey' }),
    // PATCH switches the proxy (ServersController.php:759-761 changeProxy).
    field('proxy_type', 'proxy', 'update', { readFrom: ['proxy.type'], normalize: proxyType }),
    setting('is_build_server', 'buildServer', buildServer, { readFrom: ['settings.is_build_server', 'settings.server_role'] }),
    // PATCH only (ServersController.php:662, :754-757).
    setting('concurrent_builds', 'concurrentBuilds', numeric, { creatable: false }),
    setting('deployment_queue_limit', 'deploymentQueueLimit', numeric, { creatable: false }),
    // Their own endpoint, PATCH /servers/{uuid}/docker-cleanup (kind-ops/server.ts).
    ...DOCKER_CLEANUP_FIELDS.map(([wire, key]) =>
      setting(wire, `dockerCleanup.${key}`, wire === 'docker_cleanup_frequency' ? undefined : wire === 'docker_cleanup_threshold' ? numeric : bool, { creatable: false, patchable: false })),
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
    lower: (name, entry) => lowerServer(name, entry as Resolved<ServerSpec>),
    importEntry: (r, _secret, lists) => importServer(r, lists.privateKey ?? []),
  },
};

/** Lowers one server entry. */
export function lowerServer(name: string, s: Resolved<ServerSpec>): DesiredResource {
  const fields: Record<string, DesiredValue> = { name, ip: s.ip, private_key_uuid: s.privateKey };
  setIf(fields, 'description', s.description);
  setIf(fields, 'port', s.port);
  setIf(fields, 'user', s.user);
  setIf(fields, 'proxy_type', s.proxy);
  setIf(fields, 'is_build_server', s.buildServer);
  setIf(fields, 'concurrent_builds', s.concurrentBuilds);
  setIf(fields, 'deployment_queue_limit', s.deploymentQueueLimit);
  for (const [wire, key] of DOCKER_CLEANUP_FIELDS) setIf(fields, wire, s.dockerCleanup?.[key]);
  return { address: serverAddress(name), kind: 'server', name, fields, protect: s.protect ?? false, ignoreChanges: [] };
}

const settingOf = (r: WireRecord, key: string): unknown => {
  const settings = r.settings;
  return settings !== null && typeof settings === 'object' ? (settings as Record<string, unknown>)[key] : undefined;
};

/** The manifest entry of a live server: the connection, and the settings that differ from Coolify's defaults. */
export function importServer(r: WireRecord, keys: readonly WireRecord[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ip: String(r.ip ?? '') };
  const key = keys.find((k) => k.id !== undefined && k.id === r.private_key_id);
  if (r.port !== undefined && Number(r.port) !== 22) out.port = Number(r.port);
  if (typeof r.user === 'string' && r.user !== 'root') out.user = r.user;
  // The key by name (its row, found by `private_key_id` in the keys the import listed).
  if (key !== undefined) out.privateKey = String(key.name ?? '');
  const proxy = r.proxy !== null && typeof r.proxy === 'object' ? proxyType((r.proxy as Record<string, unknown>).type) : undefined;
  if (typeof proxy === 'string' && proxy !== 'traefik') out.proxy = proxy;
  const build = buildServer(settingOf(r, 'is_build_server') ?? settingOf(r, 'server_role'));
  if (build === true) out.buildServer = true;
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
  return out;
}
