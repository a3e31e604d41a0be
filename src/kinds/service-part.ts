/**
 * A service's own applications and databases (`ServiceApplication` / `ServiceDatabase`, one per
 * compose service; Coolify sorts them by image, bootstrap/helpers/docker.php:1024
 * isDatabaseImage): capability tables and lowering. Coolify makes these records from the
 * service's compose file and deletes them with it, so they are never created or deleted here:
 * addressed by compose service name (`svc#app/NAME`, `svc#db/NAME`) and only PATCHed
 * (ServiceApplicationsController.php:293-372, ServiceDatabasesController.php:174-279 of
 * 4.3.11). Only the declared ones are managed: an entry dropped from the manifest stops being
 * managed and keeps its settings (`planning.madeWithOwner`).
 */
import { subAddress, type Address } from '../model/address.js';
import type { DesiredResource } from '../model/resource.js';
import type { DesiredValue } from '../model/value.js';
import type { Resolved, ServiceApplicationSpec, ServiceDatabaseSpec, ServicePartCommon } from '../manifest/types.js';
import { readsUnder, type FieldSpec, type KindSpec } from './spec.js';
import { field } from './field-helpers.js';
import { bool, domains, numeric } from './normalize.js';
import { joinValues, setIf } from './lower-helpers.js';
import { expectRecords } from './answer-shape.js';

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/**
 * Coolify's column defaults (database/migrations/2023_09_20_082737_create_service_applications_table.php,
 * 2023_11_17_160437_add_drain_log_enable_by_service.php, 2024_03_04_092244_add_gzip_enabled_and_stripprefix_settings.php,
 * 2026_08_17_000000_add_is_force_https_enabled_to_service_applications_table.php; `max_restart_count`
 * as the applications column of 2026_03_27_000000_add_max_restart_count_to_applications.php):
 * what `import` leaves out.
 */
export const SERVICE_APPLICATION_DEFAULTS: Readonly<Record<string, unknown>> = {
  human_name: null,
  exclude_from_status: false,
  is_log_drain_enabled: false,
  is_gzip_enabled: true,
  is_stripprefix_enabled: true,
  is_force_https_enabled: true,
  max_restart_count: 10,
};

/**
 * The service_databases defaults (2023_09_20_082733_create_service_databases_table.php,
 * 2023_11_09_133332_add_public_port_to_service_databases.php, 2026_02_27_000000_add_public_port_timeout_to_databases.php).
 */
export const SERVICE_DATABASE_DEFAULTS: Readonly<Record<string, unknown>> = {
  human_name: null,
  exclude_from_status: false,
  is_log_drain_enabled: false,
  is_public: false,
  public_port: null,
  public_port_timeout: 3600,
};

/** The fields both PATCHes allow (`human_name`, `image`, `exclude_from_status`, `is_log_drain_enabled`). */
function commonFields(): FieldSpec[] {
  return [
    // 'human_name' => nullable|string|max:255 (both controllers).
    field('human_name', 'humanName', 'update'),
    // 'image' => nullable|string (applications :341) / sometimes|string (databases :216); written into the generated compose (updateCompose).
    field('image', 'image', 'redeploy'),
    field('exclude_from_status', 'excludeFromStatus', 'update', { normalize: bool }),
    field('is_log_drain_enabled', 'logDrain', 'redeploy', { normalize: bool }),
  ];
}

/** Reads the records of one kind under a service: `GET /services/{uuid}/applications|databases`, named by compose service. */
function readsOf(collection: 'applications' | 'databases'): KindSpec['reads'] {
  return readsUnder({
    owners: ['service'],
    ownerField: null,
    read: async (client, owner) =>
      expectRecords(
        await client.send({ method: 'GET', template: `/services/{uuid}/${collection}`, params: { uuid: owner.uuid } }),
        `GET /services/${owner.uuid}/${collection}`,
      ).map((record) => ({ record, uuid: str(record.uuid), name: str(record.name) })),
  });
}

const PLANNING = {
  // ServiceApplicationsController update ends with updateCompose (UpdateServiceApplicationFromApi), the
  // databases' at :263: the running containers read the new compose on the service's next deploy.
  redeploysOwner: ['service'],
  ownerRedeployWhy: 'a change of its containers’ settings',
} as const;

/**
 * What both parts share: changed in place (no subtype), no tags, no description column (so no
 * ownership marker: the owning service's marks them), no secret keys, no deploy URL.
 */
const PART_FACTS = {
  subtypeChange: 'update',
  tags: false,
  description: false,
  descriptionHasLengthLimit: false,
  literalSecretKeys: [],
  liveFqdn: null,
} as const;

/** A service's application (a compose service Coolify runs as an application). */
export const SERVICE_APPLICATION_SPEC: KindSpec = {
  kind: 'serviceApplication',
  ...PART_FACTS,
  liveDefaults: () => SERVICE_APPLICATION_DEFAULTS,
  planning: { ...PLANNING, madeWithOwner: { what: 'application (compose service)', section: 'applications' } },
  fields: [
    // 'url' => nullable|string (:336), comma-separated, each a http(s) URL, stored lower-cased as `fqdn`
    // (UpdateServiceApplicationFromApi: ServiceComposeUrl::validateUrlString, setEditableUrls).
    field('url', 'domains', 'redeploy', { normalize: domains, readFrom: ['fqdn'], list: 'comma' }),
    ...commonFields(),
    field('is_gzip_enabled', 'gzip', 'redeploy', { normalize: bool }),
    field('is_stripprefix_enabled', 'stripPrefix', 'redeploy', { normalize: bool }),
    field('is_force_https_enabled', 'forceHttps', 'redeploy', { normalize: bool }),
    // Allowed from 4.3.23 (contracts: ServiceApplicationsController::update allowed_fields); gated before.
    field('max_restart_count', 'maxRestartCount', 'update', { normalize: numeric }),
  ],
  sends: ['GET /services/{uuid}/applications', 'PATCH /services/{uuid}/applications/{app_uuid}'],
  reads: readsOf('applications'),
};

/** A service's database (a compose service whose image Coolify knows as a database). */
export const SERVICE_DATABASE_SPEC: KindSpec = {
  kind: 'serviceDatabase',
  ...PART_FACTS,
  liveDefaults: () => SERVICE_DATABASE_DEFAULTS,
  planning: { ...PLANNING, madeWithOwner: { what: 'database (compose service)', section: 'databases' } },
  fields: [
    ...commonFields(),
    // 'is_public' => sometimes|boolean (:219): a change starts or stops the public proxy (:257-269).
    field('is_public', 'public', 'update', { normalize: bool, exposes: (v) => v === true }),
    // 'public_port' => nullable|integer|min:1|max:65535 (:220); required when public (:245-252).
    field('public_port', 'publicPort', 'update', { normalize: numeric }),
    // 'public_port_timeout' => nullable|integer|min:1 (:221).
    field('public_port_timeout', 'publicPortTimeout', 'update', { normalize: numeric }),
  ],
  sends: ['GET /services/{uuid}/databases', 'PATCH /services/{uuid}/databases/{database_uuid}'],
  reads: readsOf('databases'),
};

function lowerCommon(fields: Record<string, DesiredValue>, p: Resolved<ServicePartCommon>): void {
  setIf(fields, 'human_name', p.humanName);
  setIf(fields, 'image', p.image);
  setIf(fields, 'exclude_from_status', p.excludeFromStatus);
  setIf(fields, 'is_log_drain_enabled', p.logDrain);
}

/** Lowers the settings of one application of a service (by compose service name). */
export function lowerServiceApplication(owner: Address, name: string, a: Resolved<ServiceApplicationSpec>): DesiredResource {
  const fields: Record<string, DesiredValue> = {};
  if (a.domains !== undefined) fields['url'] = joinValues(a.domains, ',');
  lowerCommon(fields, a);
  setIf(fields, 'is_gzip_enabled', a.gzip);
  setIf(fields, 'is_stripprefix_enabled', a.stripPrefix);
  setIf(fields, 'is_force_https_enabled', a.forceHttps);
  setIf(fields, 'max_restart_count', a.maxRestartCount);
  return { address: subAddress(owner, 'serviceApplication', name), kind: 'serviceApplication', name, parent: owner, fields, protect: false, ignoreChanges: [] };
}

/** Lowers the settings of one database of a service (by compose service name). */
export function lowerServiceDatabase(owner: Address, name: string, d: Resolved<ServiceDatabaseSpec>): DesiredResource {
  const fields: Record<string, DesiredValue> = {};
  lowerCommon(fields, d);
  setIf(fields, 'is_public', d.public);
  setIf(fields, 'public_port', d.publicPort);
  setIf(fields, 'public_port_timeout', d.publicPortTimeout);
  return { address: subAddress(owner, 'serviceDatabase', name), kind: 'serviceDatabase', name, parent: owner, fields, protect: false, ignoreChanges: [] };
}
