/**
 * What the sandbox reads from a service's compose: its services (Coolify's service applications)
 * with their image and environment keys, and the URLs Coolify's parser gives the services that
 * declare a magic `SERVICE_URL_*` / `SERVICE_FQDN_*` variable (bootstrap/helpers/parsers.php
 * serviceParser, the key-side branch at :1774-1855 of the 4.3.11 source).
 */
import { parse } from 'yaml';

/** One compose service. */
export interface ComposeApp {
  name: string;
  image: string | null;
  /** Its `environment` entries as [key, value] (value null for a bare `- KEY`). */
  env: Array<[string, string | null]>;
}

function envEntries(environment: unknown): Array<[string, string | null]> {
  if (Array.isArray(environment)) {
    return environment.map((e) => {
      const s = String(e);
      const at = s.indexOf('=');
      return at < 0 ? [s, null] : [s.slice(0, at), s.slice(at + 1)];
    });
  }
  if (environment !== null && typeof environment === 'object') {
    return Object.entries(environment as Record<string, unknown>).map(([k, v]) => [k, v === null || v === undefined ? null : String(v)]);
  }
  return [];
}

/** The services of a compose file, in file order; a compose that does not parse falls back to its 2-space `name:` lines. */
export function serviceComposeApps(compose: string): ComposeApp[] {
  let doc: unknown;
  try {
    doc = parse(compose);
  } catch {
    doc = undefined;
  }
  const services = doc !== null && typeof doc === 'object' ? (doc as { services?: unknown }).services : undefined;
  if (services !== null && typeof services === 'object' && !Array.isArray(services)) {
    return Object.entries(services as Record<string, unknown>).map(([name, def]) => {
      const d = def !== null && typeof def === 'object' ? (def as Record<string, unknown>) : {};
      return { name, image: typeof d.image === 'string' ? d.image : null, env: envEntries(d.environment) };
    });
  }
  const names = [...compose.matchAll(/^ {2}([A-Za-z0-9_.-]+):\s*$/gm)].map((m) => m[1] ?? '');
  const images = [...compose.matchAll(/^ {4}image:\s*['"]?([^'"\n]+)['"]?\s*$/gm)].map((m) => m[1] ?? null);
  return names.map((name, i) => ({ name, image: images[i] ?? null, env: [] }));
}

/**
 * bootstrap/helpers/shared.php:1262 generateUrl: `{scheme}://{random}.{host}{path}` of the
 * server's wildcard domain.
 */
export function generateUrl(wildcardDomain: string, random: string): string {
  const url = new URL(wildcardDomain);
  const path = url.pathname === '/' ? '' : url.pathname;
  return `${url.protocol}//${random}.${url.host}${path}`;
}

/**
 * The fqdn of each service application after a parse: a service that has none yet and declares
 * `SERVICE_URL_NAME[_PORT]` or `SERVICE_FQDN_NAME[_PORT]` gets
 * `generateUrl(server, "{name lower-cased}-{service uuid}")` with a path value appended and
 * `:PORT` (parsers.php:1774-1855, parseServiceEnvironmentVariable in bootstrap/helpers/services.php:412);
 * the first such variable wins, a service that has a fqdn keeps it. Services no longer in the
 * compose are dropped (their rows are deleted on parse).
 */
export function parsedServiceFqdns(
  apps: readonly ComposeApp[],
  previous: Readonly<Record<string, string | null>>,
  serviceUuid: string,
  wildcardDomain: string,
): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const app of apps) {
    let fqdn = previous[app.name] ?? null;
    for (const [key, value] of app.env) {
      if (fqdn !== null && fqdn !== '') break;
      const magic = /^SERVICE_(URL|FQDN)_(.+)$/.exec(key);
      if (!magic) continue;
      const rest = magic[2] ?? '';
      const last = rest.slice(rest.lastIndexOf('_') + 1);
      const hasPort = rest.includes('_') && /^\d+$/.test(last);
      const name = (hasPort ? rest.slice(0, rest.lastIndexOf('_')) : rest).toLowerCase();
      let url = generateUrl(wildcardDomain, `${name}-${serviceUuid}`);
      if (value !== null && value.startsWith('/') && value !== '/' && !url.endsWith(value)) url = `${url}${value}`;
      fqdn = hasPort ? `${url}:${last}` : url;
    }
    out[app.name] = fqdn;
  }
  return out;
}
