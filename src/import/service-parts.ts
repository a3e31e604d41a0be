/**
 * A service's own applications and databases → the `applications:` / `databases:` of its
 * manifest entry: per compose name, the settings that differ from what Coolify gives a new one
 * (its column defaults; the image the compose names is left out, and so is a URL Coolify
 * generated from a magic `SERVICE_URL_*` variable, which holds the service's uuid: a new
 * service gets its own). A record with nothing beyond that writes no entry. Pure.
 */
import { SERVICE_APPLICATION_DEFAULTS, SERVICE_APPLICATION_SPEC, SERVICE_DATABASE_DEFAULTS, SERVICE_DATABASE_SPEC } from '../kinds/service-part.js';
import type { KindSpec } from '../kinds/spec.js';
import { reverseFields } from './reverse-fields.js';
import type { WireRecord } from './types.js';

const SKIP = new Set(['image']);

function entries(spec: KindSpec, defaults: Readonly<Record<string, unknown>>, records: readonly WireRecord[], serviceUuid: string): Record<string, Record<string, unknown>> | undefined {
  const out: Record<string, Record<string, unknown>> = {};
  for (const record of records) {
    const fqdn = typeof record.fqdn === 'string' ? record.fqdn.split(',').filter((d) => d !== '' && !d.includes(serviceUuid)).join(',') : record.fqdn;
    const entry = reverseFields(spec, { ...record, fqdn: fqdn === '' ? null : fqdn }, { defaults, skipLabels: SKIP, secret: () => undefined });
    if (Object.keys(entry).length > 0) out[String(record.name)] = entry;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The `applications` and `databases` keys of a service's entry (each absent when nothing differs). */
export function importServiceParts(serviceUuid: string, applications: readonly WireRecord[], databases: readonly WireRecord[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const apps = entries(SERVICE_APPLICATION_SPEC, SERVICE_APPLICATION_DEFAULTS, applications, serviceUuid);
  if (apps) out['applications'] = apps;
  const dbs = entries(SERVICE_DATABASE_SPEC, SERVICE_DATABASE_DEFAULTS, databases, serviceUuid);
  if (dbs) out['databases'] = dbs;
  return out;
}
