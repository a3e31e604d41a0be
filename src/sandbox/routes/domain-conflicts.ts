/**
 * The team's domain conflict check of Coolify 4.3.11's API, shared by the application routes
 * (ApplicationsController.php:2941 update, :4482 create) and a service application's PATCH
 * (ServicesController.php:166, UpdateServiceApplicationFromApi): bootstrap/helpers/domains.php
 * :206-328 checkIfDomainIsAlreadyUsedViaAPI.
 *
 * Domains are compared as whole strings once a trailing `/` is dropped (:217-223, :237-240),
 * not by host: `http://a.example` and `https://a.example` do not conflict, nor do two ports of
 * one host.
 */
import { ApiError } from '../api-error.js';
import type { SandboxRuntime } from '../options.js';
import { serviceApplicationRecords } from '../service-parts.js';

/** One entry of the 409 answer's `conflicts` (domains.php:242-248, :268-276, :292-298). */
export type DomainConflict = Record<string, string>;

const naked = (d: string): string => (d.endsWith('/') ? d.slice(0, d.lastIndexOf('/')) : d);
const listOf = (fqdn: unknown): string[] => (typeof fqdn === 'string' ? fqdn.split(',').filter((d) => d !== '').map(naked) : []);

/** The compose apps' `docker_compose_domains` (a JSON object `{service: {domain}}`), service by service. */
function composeDomains(stored: unknown): Array<[string, string]> {
  if (typeof stored !== 'string' || stored === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return [];
  }
  if (parsed === null || typeof parsed !== 'object') return [];
  return Object.entries(parsed as Record<string, unknown>).flatMap(([service, config]) => {
    const domain = config !== null && typeof config === 'object' ? (config as Record<string, unknown>).domain : undefined;
    return typeof domain === 'string' && domain !== '' ? listOf(domain).map((d) => [service, d] as [string, string]) : [];
  });
}

/**
 * The conflicts of `urls` with every other application's domains (its fqdn, and a compose
 * app's per-service domains), then every service application's (domains.php:225-302); the
 * record with uuid `selfUuid` is left out (:228-231).
 */
export function domainConflicts(rt: SandboxRuntime, urls: readonly string[], selfUuid: string | undefined): DomainConflict[] {
  const wanted = new Set(urls.map(naked));
  const out: DomainConflict[] = [];
  for (const app of rt.store.world.applications) {
    if (app.uuid === selfUuid) continue;
    for (const d of listOf(app.fields.fqdn)) {
      if (wanted.has(d)) out.push({ domain: d, resource_name: app.name, resource_uuid: app.uuid, resource_type: 'application', message: `Domain ${d} is already in use by application '${app.name}'` });
    }
    // :253-279: only a dockercompose app's stored compose domains
    if (app.fields.build_pack !== 'dockercompose') continue;
    for (const [service, d] of composeDomains(app.fields.docker_compose_domains)) {
      if (wanted.has(d)) {
        out.push({ domain: d, resource_name: app.name, resource_uuid: app.uuid, resource_type: 'application', service_name: service, message: `Domain ${d} is already in use by application '${app.name}' (service: ${service})` });
      }
    }
  }
  for (const svc of rt.store.world.services) {
    for (const sa of serviceApplicationRecords(rt, svc)) {
      if (sa.uuid === selfUuid) continue;
      for (const d of listOf(sa.fqdn)) {
        if (wanted.has(d)) out.push({ domain: d, resource_name: svc.name, resource_uuid: String(sa.uuid), resource_type: 'service', message: `Domain ${d} is already in use by service '${svc.name}'` });
      }
    }
  }
  return out;
}

/** Laravel's `$request->boolean(key)` (FILTER_VALIDATE_BOOLEAN): true, 1, "1", "true", "on", "yes". */
export function requestBoolean(value: unknown): boolean {
  if (value === true || value === 1) return true;
  return typeof value === 'string' && ['1', 'true', 'on', 'yes'].includes(value.toLowerCase());
}

/** The 409 answer of a conflict without `force_domain_override` (ApplicationsController.php:2949-2955). */
export function throwOnDomainConflicts(conflicts: readonly DomainConflict[], force: boolean): void {
  if (conflicts.length === 0 || force) return;
  throw new ApiError(409, {
    message: 'Domain conflicts detected. Use force_domain_override=true to proceed.',
    conflicts,
    warning: 'Using the same domain for multiple resources can cause routing conflicts and unpredictable behavior.',
  });
}
