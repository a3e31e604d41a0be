/**
 * A service's own applications and databases, as app/Http/Controllers/Api/
 * ServiceApplicationsController.php and ServiceDatabasesController.php (Coolify 4.3.11) serve
 * them under routes/api.php:391-408: list, read and PATCH (no create or delete: Coolify makes
 * them from the compose, src/sandbox/service-parts.ts). The application PATCH's work is
 * App\Actions\Service\UpdateServiceApplicationFromApi (not in the 4.3.11 extract: read in the
 * coollabsio/coolify code index, with App\Support\ServiceComposeUrl::validateUrlString).
 * Logs, start, stop and restart of one container are not emulated.
 */
import { ApiError, notFound, validationFailed } from '../api-error.js';
import type { SandboxRuntime } from '../options.js';
import type { Route, RouteRequest } from '../router.js';
import type { ServiceRecord } from '../world.js';
import { omit } from '../serialize-base.js';
import { databaseTableId } from '../world.js';
import { allowedFields } from '../../releases/table.js';
import { partSettings, serviceApplicationRecords, serviceDatabaseRecords } from '../service-parts.js';
import { domainConflicts, requestBoolean, throwOnDomainConflicts } from './domain-conflicts.js';
import { boolean, integer, isBool, label, string, truthy, type Rule } from './server-rules.js';

const APP_ENDPOINT = 'PATCH /services/{uuid}/applications/{app_uuid}';
const DB_ENDPOINT = 'PATCH /services/{uuid}/databases/{database_uuid}';

function findService(rt: SandboxRuntime, uuid: string | undefined): ServiceRecord {
  // ServiceApplicationsController.php:38-48 / ServiceDatabasesController.php:41-46: the team's service by uuid, else 404.
  const svc = rt.store.world.services.find((s) => s.uuid === uuid);
  if (!svc) throw notFound('Service');
  return svc;
}

/** ServiceApplicationsController.php:20-36 hides `id` (and the morph keys, which the sandbox has none of). */
const appJson = (r: Record<string, unknown>): Record<string, unknown> => omit(r, ['id']);
/** ServiceDatabasesController.php:21-39 hides `id`, `service` and `service_id`. */
const dbJson = (r: Record<string, unknown>): Record<string, unknown> => omit(r, ['id', 'service_id']);

function findApp(rt: SandboxRuntime, svc: ServiceRecord, uuid: string | undefined): Record<string, unknown> {
  const found = serviceApplicationRecords(rt, svc).find((a) => a.uuid === uuid);
  // :191-194, :310-313
  if (!found) throw notFound('Service application');
  return found;
}

function findDb(rt: SandboxRuntime, svc: ServiceRecord, uuid: string | undefined): Record<string, unknown> {
  const found = serviceDatabaseRecords(rt, svc).find((d) => d.uuid === uuid);
  // ServiceDatabasesController.php:129-132, :191-194
  if (!found) throw notFound('Service database');
  return found;
}

/** Laravel's Validator over `rules` (field → [nullable, rules]), with the allow-list's extras in the same 422 (:349-362 / :213-235). */
function validate(release: string, endpoint: string, body: Record<string, unknown>, rules: Record<string, { nullable: boolean; checks: Rule[] }>): void {
  const errors: Record<string, string[]> = {};
  for (const [f, r] of Object.entries(rules)) {
    if (!(f in body)) continue; // `sometimes` / absent
    // ConvertEmptyStringsToNull: '' arrives as null.
    const v = body[f] === '' ? null : body[f];
    if (v === null && r.nullable) continue;
    for (const check of r.checks) {
      const m = check(v);
      if (m) {
        errors[f] = [m];
        break;
      }
    }
  }
  const allowed = allowedFields(release, endpoint);
  for (const k of Object.keys(body)) if (allowed !== null && !allowed.has(k)) (errors[k] ??= []).push('This field is not allowed.');
  if (Object.keys(errors).length > 0) throw validationFailed(errors);
}

const maxChars = (f: string, n: number): Rule => (v) => (typeof v === 'string' && [...v].length > n ? `The ${label(f)} field must not be greater than ${n} characters.` : undefined);
const array = (f: string): Rule => (v) => (Array.isArray(v) ? undefined : `The ${label(f)} field must be an array.`);
const bool = (f: string): { nullable: boolean; checks: Rule[] } => ({ nullable: false, checks: [boolean(label(f))] });

/** bootstrap/helpers/shared.php isLogDrainEnabled on the server: one of its drains switched on. */
function serverHasLogDrain(rt: SandboxRuntime, svc: ServiceRecord): boolean {
  const s = rt.store.world.servers.find((x) => x.id === svc.server_id)?.settings ?? {};
  return ['is_logdrain_newrelic_enabled', 'is_logdrain_highlight_enabled', 'is_logdrain_axiom_enabled', 'is_logdrain_custom_enabled'].some((k) => s[k] === true);
}

/**
 * ServiceComposeUrl::validateUrlString: edge commas dropped, split on `,`, trimmed, blanks
 * left out; each a URL with scheme http or https; a duplicate refused unless
 * force_domain_override. The stored form is lower-cased, duplicates dropped, or null.
 */
function validateUrls(raw: string | null, force: boolean): { errors: string[]; normalized: string | null } {
  if (raw === null || raw === '') return { errors: [], normalized: null };
  const urls = raw.trim().replace(/^,/, '').replace(/,$/, '').trim().split(',').map((u) => u.trim()).filter((u) => u !== '');
  const errors: string[] = [];
  for (const u of urls) {
    let scheme = '';
    try {
      const parsed = new URL(u);
      scheme = parsed.protocol.replace(/:$/, '');
      if (parsed.hostname === '') errors.push(`Invalid URL: ${u}`);
    } catch {
      errors.push(`Invalid URL: ${u}`);
      scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(u)?.[1] ?? '';
    }
    if (!['http', 'https'].includes(scheme.toLowerCase())) errors.push(`Invalid URL scheme: ${scheme} for URL: ${u}. Only http and https are supported.`);
  }
  const dups = [...new Set(urls.filter((u, i) => urls.indexOf(u) !== i))];
  if (dups.length > 0 && !force) errors.push(`The current request contains duplicate URLs: ${dups.join(', ')}. Use force_domain_override=true to proceed.`);
  if (errors.length > 0) return { errors, normalized: null };
  const normalized = [...new Set(urls.map((u) => u.toLowerCase()))].join(',');
  return { errors: [], normalized: normalized === '' ? null : normalized };
}


/** PATCH of a service application (:293-372 with UpdateServiceApplicationFromApi::execute). */
function patchApplication({ rt, params, body, query }: RouteRequest): { body: unknown } {
  const svc = findService(rt, params.uuid);
  const app = findApp(rt, svc, params.app_uuid);
  validate(rt.release, APP_ENDPOINT, body, {
    // :335-347
    url: { nullable: true, checks: [string(label('url'))] },
    noindex_domains: { nullable: true, checks: [array('noindex_domains')] },
    human_name: { nullable: true, checks: [string(label('human_name')), maxChars('human_name', 255)] },
    description: { nullable: true, checks: [string(label('description'))] },
    image: { nullable: true, checks: [string(label('image'))] },
    exclude_from_status: bool('exclude_from_status'),
    is_log_drain_enabled: bool('is_log_drain_enabled'),
    is_gzip_enabled: bool('is_gzip_enabled'),
    is_stripprefix_enabled: bool('is_stripprefix_enabled'),
    is_force_https_enabled: bool('is_force_https_enabled'),
    // 4.3.23's allow-list adds it (contracts); an integer count.
    max_restart_count: { nullable: false, checks: [integer(label('max_restart_count'), 0)] },
  });
  // $request->boolean('force_domain_override'): "1", "true", "on", "yes".
  const force = requestBoolean(query.get('force_domain_override') ?? undefined);
  const name = String(app.name);
  const next: Record<string, unknown> = {};
  let fqdn: string | null | undefined;
  if ('url' in body) {
    const parsed = validateUrls((body.url as string | null) ?? null, force);
    // The action answers the list of messages as `errors`.
    if (parsed.errors.length > 0) throw new ApiError(422, { message: 'Validation failed.', errors: parsed.errors });
    if (parsed.normalized !== null) {
      throwOnDomainConflicts(domainConflicts(rt, parsed.normalized.split(','), String(app.uuid)), force);
    }
    fqdn = parsed.normalized;
  }
  // setNoindexDomains (app/Traits/HasNoindexDomains.php:34): only the current domains are kept.
  if ('noindex_domains' in body) {
    const current = new Set(String(fqdn !== undefined ? (fqdn ?? '') : (app.fqdn ?? '')).split(',').filter((d) => d !== ''));
    const kept = ((body.noindex_domains as unknown[] | null) ?? []).map(String).filter((d) => current.has(d));
    next.noindex_domains = kept.length > 0 ? kept : null;
  }
  for (const k of ['human_name', 'description', 'image']) if (k in body) next[k] = body[k] === '' ? null : body[k];
  // FILTER_VALIDATE_BOOLEAN of each flag.
  for (const k of ['exclude_from_status', 'is_gzip_enabled', 'is_stripprefix_enabled', 'is_force_https_enabled']) if (k in body) next[k] = truthy(body[k]) || body[k] === 'true';
  if ('max_restart_count' in body) next.max_restart_count = Number(body.max_restart_count);
  if ('is_log_drain_enabled' in body) {
    const on = truthy(body.is_log_drain_enabled);
    if (on && !serverHasLogDrain(rt, svc)) throw validationFailed({ is_log_drain_enabled: ['Log drain is not enabled on the server for this service.'] });
    next.is_log_drain_enabled = on;
  }
  // Nothing is stored before every check passed (the action returns before `save()`).
  if (fqdn !== undefined) svc.fields.app_fqdns = { ...((svc.fields.app_fqdns ?? {}) as Record<string, string | null>), [name]: fqdn };
  Object.assign(partSettings(svc, name), next);
  svc.updated_at = rt.now();
  return { body: appJson(findApp(rt, svc, params.app_uuid)) };
}

/** Public ports in use on the service's server (bootstrap/helpers/databases.php:481-493 isPublicPortAlreadyUsed). */
function portUsed(rt: SandboxRuntime, svc: ServiceRecord, port: number, selfId: number): boolean {
  // `$server->databases()` are its standalone databases (app/Models/Server.php:1112-1145); the
  // `id != $id` filter compares their ids with the service database's own id.
  return rt.store.world.databases.some((d) => d.server_id === svc.server_id && d.fields.is_public === true && Number(d.fields.public_port) === port && databaseTableId(d) !== selfId);
}

/** PATCH of a service database (ServiceDatabasesController.php:174-279). */
function patchDatabase({ rt, params, body }: RouteRequest): { body: unknown } {
  const svc = findService(rt, params.uuid);
  const db = findDb(rt, svc, params.database_uuid);
  validate(rt.release, DB_ENDPOINT, body, {
    // :213-222
    human_name: { nullable: true, checks: [string(label('human_name')), maxChars('human_name', 255)] },
    description: { nullable: true, checks: [string(label('description'))] },
    image: { nullable: false, checks: [string(label('image'))] },
    exclude_from_status: bool('exclude_from_status'),
    is_log_drain_enabled: bool('is_log_drain_enabled'),
    is_public: bool('is_public'),
    public_port: { nullable: true, checks: [integer(label('public_port'), 1, 65535)] },
    public_port_timeout: { nullable: true, checks: [integer(label('public_port_timeout'), 1)] },
  });
  // :237-243
  if (truthy(body.is_log_drain_enabled) && !serverHasLogDrain(rt, svc)) {
    throw validationFailed({ is_log_drain_enabled: ['Log drain is not enabled on the server for this service.'] });
  }
  // :245-255: `??` falls back to the stored value when the key is absent or null.
  const isPublic = body.is_public !== undefined && body.is_public !== null ? truthy(body.is_public) : db.is_public === true;
  const port = body.public_port !== undefined && body.public_port !== null ? Number(body.public_port) : (db.public_port as number | null);
  if (isPublic && !port) throw validationFailed({ public_port: ['A public port is required when the database is public.'] });
  if (isPublic && port && portUsed(rt, svc, port, Number(db.id))) throw new ApiError(400, 'Public port already used by another database.');
  // :260-262 fill + save (the boolean cast of the model's columns).
  const next: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    if (['exclude_from_status', 'is_log_drain_enabled', 'is_public'].includes(k)) next[k] = isBool(v) ? truthy(v) : v;
    else if (['public_port', 'public_port_timeout'].includes(k)) next[k] = v === null || v === '' ? null : Number(v);
    else next[k] = v === '' ? null : v;
  }
  Object.assign(partSettings(svc, String(db.name)), next);
  svc.updated_at = rt.now();
  return { body: dbJson(findDb(rt, svc, params.database_uuid)) };
}

/** The routes of a service's applications and databases. */
export const servicePartRoutes: Route[] = [
  // ServiceApplicationsController.php:112-131
  { method: 'GET', path: '/services/{uuid}/applications', handler: ({ rt, params }) => ({ body: serviceApplicationRecords(rt, findService(rt, params.uuid)).map(appJson) }) },
  // :179-199
  { method: 'GET', path: '/services/{uuid}/applications/{app_uuid}', handler: ({ rt, params }) => ({ body: appJson(findApp(rt, findService(rt, params.uuid), params.app_uuid)) }) },
  // :300 validateIncomingRequest first (400 for an empty or non-JSON body), then the lookups.
  { method: 'PATCH', path: '/services/{uuid}/applications/{app_uuid}', body: 'required', handler: patchApplication },
  // ServiceDatabasesController.php:79-98
  { method: 'GET', path: '/services/{uuid}/databases', handler: ({ rt, params }) => ({ body: serviceDatabaseRecords(rt, findService(rt, params.uuid)).map(dbJson) }) },
  // :117-137
  { method: 'GET', path: '/services/{uuid}/databases/{database_uuid}', handler: ({ rt, params }) => ({ body: dbJson(findDb(rt, findService(rt, params.uuid), params.database_uuid)) }) },
  // :181 validateIncomingRequest first.
  { method: 'PATCH', path: '/services/{uuid}/databases/{database_uuid}', body: 'required', handler: patchDatabase },
];
