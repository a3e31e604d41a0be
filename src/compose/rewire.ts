/**
 * Rewires connection strings: an env value that names another compose service as a host
 * (`postgres://u:p@db:5432/app`, `DB_HOST=db`, `http://api:3000`) becomes a manifest
 * reference (`${databases.db.internalUrl}`, `${databases.db.host}`,
 * `http://${applications.api.host}:3000`), so Coolify's container names are used.
 */
import type { DatabaseType } from '../manifest/types.js';

/** A compose service other services may point at. */
export interface HostTarget {
  namespace: 'databases' | 'applications';
  /** Manifest resource name. */
  name: string;
  /** Hostnames that reach it in compose: service key, container_name, hostname. */
  hosts: string[];
  /** Database engine (databases only). */
  type?: DatabaseType;
  /** URL schemes for which the internal URL is a drop-in replacement. */
  schemes?: string[];
  /** Database name as written in compose (to recognise `/app` paths). */
  database?: string;
  /** The database password exactly as written in compose (to recognise copies of it). */
  passwordRaw?: string;
}

/** A rewired value: compose text (still to be translated) and manifest references. */
export type RewiredPart = { text: string } | { ref: string };

/** The result of rewiring: parts, and the names of the resources referred to. */
export interface Rewired {
  parts: RewiredPart[];
  targets: string[];
}

const URL_RE = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/(?:([^:@/?#]*)(?::([^@/?#]*))?@)?([^:/?#@]+)(?::(\d+))?(\/[^?#]*)?(\?[^#]*)?$/;

const ref = (t: HostTarget, attr: string): RewiredPart => ({ ref: `\${${t.namespace}.${t.name}.${attr}}` });

function findTarget(host: string, targets: readonly HostTarget[]): HostTarget | undefined {
  return targets.find((t) => t.hosts.includes(host));
}

function rewireUrl(raw: string, targets: readonly HostTarget[]): Rewired | undefined {
  const m = URL_RE.exec(raw);
  if (!m) return undefined;
  const [, scheme = '', user, password, host = '', port, path = '', query = ''] = m;
  const t = findTarget(host, targets);
  if (!t) return undefined;
  if (t.namespace === 'databases') {
    const schemeOk = (t.schemes ?? []).includes(scheme.toLowerCase());
    const plainPath =
      path === '' ||
      path === '/' ||
      (t.type !== 'mongodb' && t.database !== undefined && path === `/${t.database}`) ||
      (t.type === 'redis' && path === '/0');
    const queryOk = query === '' || t.type !== 'mongodb';
    if (schemeOk && plainPath && queryOk) return { parts: [ref(t, 'internalUrl'), ...(query ? [{ text: query }] : [])], targets: [t.name] };
    const parts: RewiredPart[] = [{ text: `${scheme}://` }];
    if (user !== undefined || password !== undefined) {
      parts.push(t.type === 'redis' || !user ? { text: user ?? '' } : ref(t, 'user'));
      if (password !== undefined) parts.push({ text: ':' }, ref(t, 'password'));
      parts.push({ text: '@' });
    }
    parts.push(ref(t, 'host'), { text: `${port !== undefined ? `:${port}` : ''}${path}${query}` });
    return { parts, targets: [t.name] };
  }
  if (password !== undefined) return undefined; // credentials for an application: a secret, not a reference
  const creds = user !== undefined ? `${user}${password !== undefined ? `:${password}` : ''}@` : '';
  return { parts: [{ text: `${scheme}://${creds}` }, ref(t, 'host'), { text: `${port !== undefined ? `:${port}` : ''}${path}${query}` }], targets: [t.name] };
}

/** Host occurrences after `//` or `@` in any other text (JDBC URLs, DSNs with options…). */
function rewireEmbedded(raw: string, targets: readonly HostTarget[]): Rewired | undefined {
  if (/:\/\/[^/\s:@]*:[^@\s/]+@/.test(raw)) return undefined; // embedded credentials: left to the secret path
  const parts: RewiredPart[] = [];
  const used: string[] = [];
  const re = /(\/\/|@)([A-Za-z0-9_.-]+)(?=[:/?,;]|$)/g;
  let last = 0;
  for (const m of raw.matchAll(re)) {
    const t = findTarget(m[2]!, targets);
    if (!t) continue;
    const start = m.index + m[1]!.length;
    parts.push({ text: raw.slice(last, start) }, ref(t, 'host'));
    last = start + m[2]!.length;
    if (!used.includes(t.name)) used.push(t.name);
  }
  if (used.length === 0) return undefined;
  parts.push({ text: raw.slice(last) });
  return { parts: parts.filter((p) => !('text' in p) || p.text !== ''), targets: used };
}

/**
 * Rewires one env value; undefined when it does not point at another service. A copy of a
 * database password becomes `${databases.X.password}` only under a secret-looking key.
 */
export function rewireValue(raw: string, targets: readonly HostTarget[], secretKey = false): Rewired | undefined {
  const trimmed = raw.trim();
  const exact = findTarget(trimmed, targets);
  if (exact) return { parts: [ref(exact, 'host')], targets: [exact.name] };
  const hostPort = /^([A-Za-z0-9_.-]+):(\d+)$/.exec(trimmed);
  if (hostPort) {
    const t = findTarget(hostPort[1]!, targets);
    if (t) return { parts: [ref(t, 'host'), { text: `:${hostPort[2]}` }], targets: [t.name] };
  }
  const samePassword = !secretKey ? undefined : targets.find((t) => t.passwordRaw !== undefined && t.passwordRaw === raw);
  if (samePassword) return { parts: [ref(samePassword, 'password')], targets: [samePassword.name] };
  return rewireUrl(trimmed, targets) ?? rewireEmbedded(raw, targets);
}
