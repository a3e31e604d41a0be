/**
 * A service's own records, one per compose service (app/Models/ServiceApplication.php,
 * app/Models/ServiceDatabase.php): Coolify's parser makes a ServiceDatabase of a service whose
 * image is a known database image (bootstrap/helpers/docker.php:1024-1075 isDatabaseImage over
 * bootstrap/helpers/constants.php:42-76 DATABASE_DOCKER_IMAGES, compared by the image's base
 * name without registry, owner or tag), a ServiceApplication of any other. The sandbox derives
 * them from the stored compose each time and keeps what was PATCHed per compose name in
 * `fields.part_settings` (the fqdn of an application stays in `fields.app_fqdns`, which the
 * service's `urls` also write: one column in Coolify).
 */
import type { SandboxRuntime } from './options.js';
import type { ServiceRecord } from './world.js';
import { serviceComposeApps, type ComposeApp } from './service-compose.js';
import { iso, plainDateTime } from './serialize-base.js';
import { placedStatus } from './lifecycle.js';

/** constants.php:42-76, base names (docker.php:1052-1055 compares the part after the last `/`). */
const DATABASE_BASE_NAMES = new Set([
  'mariadb', 'mongodb', 'redis', 'mysql', 'mysql-server', 'postgis', 'postgres', 'postgresql', 'mongo', 'memcached', 'couchdb',
  'neo4j', 'influxdb', 'clickhouse-server', 'timescaledb', 'timescaledb-ha', 'pgvector',
]);

/**
 * docker.php:1024-1060 isDatabaseImage without its service-config context: `image:tag` (`:latest`
 * added), the name before `:`, its last path segment, one of the known database base names.
 */
export function isDatabaseImage(image: string | null): boolean {
  if (image === null) return false;
  const name = image.includes(':') ? image.slice(0, image.indexOf(':')) : image;
  const base = name.includes('/') ? name.slice(name.lastIndexOf('/') + 1) : name;
  return DATABASE_BASE_NAMES.has(base);
}

/** What the service's records are: its compose services, split by image, each with its index in the compose. */
function parts(svc: ServiceRecord): Array<{ app: ComposeApp; index: number; database: boolean }> {
  return serviceComposeApps(String(svc.fields.docker_compose_raw ?? '')).map((app, index) => ({ app, index, database: isDatabaseImage(app.image) }));
}

/** The PATCHed settings of one compose name. */
export function partSettings(svc: ServiceRecord, name: string): Record<string, unknown> {
  const all = (svc.fields.part_settings ??= {}) as Record<string, Record<string, unknown>>;
  return (all[name] ??= {});
}

function settingsOf(svc: ServiceRecord, name: string): Record<string, unknown> {
  return ((svc.fields.part_settings ?? {}) as Record<string, Record<string, unknown>>)[name] ?? {};
}

/**
 * The service's applications as Coolify serialises a ServiceApplication (the service_applications
 * columns; `$hidden` domain_dns_statuses; `id` shown in the service's own answers, hidden by
 * ServiceApplicationsController.php:20-36). Column defaults as the migrations set them.
 */
export function serviceApplicationRecords(rt: SandboxRuntime, svc: ServiceRecord): Record<string, unknown>[] {
  const status = placedStatus('service', svc, rt, rt.now());
  const fqdns = (svc.fields.app_fqdns ?? {}) as Record<string, string | null>;
  return parts(svc).filter((p) => !p.database).map(({ app: c, index: i }) => ({
    id: svc.id * 100 + i, uuid: `${svc.uuid.slice(0, 20)}app${i}`, name: c.name, human_name: null, description: null, fqdn: fqdns[c.name] ?? null,
    ports: '', exposes: null, status, service_id: svc.id, created_at: iso(svc.created_at), updated_at: iso(svc.updated_at),
    exclude_from_status: false, required_fqdn: false, image: c.image, is_log_drain_enabled: false, is_include_timestamps: false,
    deleted_at: null, is_gzip_enabled: true, is_stripprefix_enabled: true, last_online_at: plainDateTime(svc.created_at), is_migrated: false,
    noindex_domains: null, redirect: 'both', is_force_https_enabled: true,
    // 4.3.23's applications column (2026_03_27_000000_add_max_restart_count_to_applications.php: default 10), allowed from 4.3.23.
    ...(rt.release === '4.3.11' ? {} : { max_restart_count: 10 }),
    ...settingsOf(svc, c.name),
  }));
}

/**
 * The service's databases as Coolify serialises a ServiceDatabase (service_databases columns:
 * 2023_09_20_082733_create_service_databases_table.php and later; public_port_timeout 3600 by
 * 2026_02_27_000000_add_public_port_timeout_to_databases.php).
 */
export function serviceDatabaseRecords(rt: SandboxRuntime, svc: ServiceRecord): Record<string, unknown>[] {
  const status = placedStatus('service', svc, rt, rt.now());
  return parts(svc).filter((p) => p.database).map(({ app: c, index: i }) => ({
    id: svc.id * 100 + i, uuid: `${svc.uuid.slice(0, 20)}db${i}`, name: c.name, human_name: null, description: null,
    ports: null, exposes: null, status, service_id: svc.id, created_at: iso(svc.created_at), updated_at: iso(svc.updated_at),
    exclude_from_status: false, image: c.image, is_public: false, public_port: null, public_port_timeout: 3600,
    is_log_drain_enabled: false, is_include_timestamps: false, deleted_at: null, is_gzip_enabled: true, is_stripprefix_enabled: true,
    last_online_at: plainDateTime(svc.created_at), is_migrated: false, custom_type: null,
    ...settingsOf(svc, c.name),
  }));
}
