/** Status rows of the declared and managed resources (pure: from live state and last deployments). */
import { maskSecretDomains } from '../../render/mask-domains.js';
import { parseAddress } from '../../model/address.js';
import type { LiveState } from '../../model/resource.js';
import { healthOf, type Health } from '../../model/health.js';
import { specFor } from '../../kinds/registry.js';
import type { ResourceKind } from '../../model/address.js';

/** A deployment summary. */
export interface LastDeployment {
  status: string;
  /** ISO time. */
  at: string;
  pullRequestId?: number;
}

/** One declared or managed resource's status. */
export interface StatusRow {
  address: string;
  kind: 'application' | 'database' | 'service';
  name: string;
  project: string;
  environment: string;
  /** Coolify's uuid; '' for a declared resource Coolify does not have. */
  uuid: string;
  /** Coolify status string, e.g. `running:healthy`, `exited`; `missing` when Coolify has no such resource. */
  status: string;
  /** The status as a health (src/model/health.ts, the names the plan and drift use too). */
  health: Health;
  /** `health` is Healthy; false when missing or otherwise; undefined when Unknown. */
  healthy?: boolean;
  /** Declared in the manifest, but Coolify has no such resource (deleted out of band, or never applied). */
  missing?: true;
  domains: string[];
  lastDeployment?: LastDeployment;
}

/** A resource the manifest declares, as the status needs it. */
export interface DeclaredResource {
  address: string;
  kind: string;
  name: string;
}

/** What to list and how to mask it. */
export interface StatusScope {
  /** The manifest's projects: managed resources in them are listed. */
  projects: readonly string[];
  /** Only this environment. */
  environment?: string;
  /** The manifest's secret values, masked in domains. */
  secretValues?: readonly string[];
  /** Shapes of domains that hold a secret (see `secretDomainPatterns`). */
  secretDomains?: readonly RegExp[];
  /** The resources the manifest declares: each is listed, as `missing` when Coolify has none. */
  declared?: readonly DeclaredResource[];
}

const PLACED = new Set(['application', 'database', 'service']);

/** Whether a health counts as healthy for `status`: undefined when it is not known. */
export function isHealthy(health: Health): boolean | undefined {
  return health === 'Unknown' ? undefined : health === 'Healthy';
}

/**
 * Rows for every application, database and service the manifest declares (in scope), and
 * every other owned one in the manifest's projects, sorted by address; without last
 * deployments. A declared resource Coolify does not have is a `missing` row (UX audit M5).
 */
export function statusRows(live: LiveState, scope: StatusScope): StatusRow[] {
  const projects = new Set(scope.projects);
  const inScope = (address: string): { project: string; environment: string } | undefined => {
    const p = parseAddress(address);
    if (!p?.project || !p.environment || !projects.has(p.project)) return undefined;
    if (scope.environment && p.environment !== scope.environment) return undefined;
    return { project: p.project, environment: p.environment };
  };
  const declared = (scope.declared ?? []).filter((d) => PLACED.has(d.kind) && inScope(d.address));
  const declaredAddresses = new Set(declared.map((d) => d.address));
  const rows: StatusRow[] = [];
  const seen = new Set<string>();
  for (const r of live.resources) {
    if (!r.address || !PLACED.has(r.kind) || seen.has(r.address)) continue;
    if (!r.owned && !declaredAddresses.has(r.address)) continue;
    const where = inScope(r.address);
    if (!where) continue;
    seen.add(r.address);
    const status = typeof r.fields.status === 'string' ? r.fields.status : '';
    const fqdn = typeof r.fields.fqdn === 'string' ? r.fields.fqdn : '';
    const health = healthOf(status, specFor(r.kind as ResourceKind).health);
    const healthy = isHealthy(health);
    rows.push({
      address: r.address,
      kind: r.kind as StatusRow['kind'],
      name: r.name,
      ...where,
      uuid: r.uuid,
      status: status || 'unknown',
      health,
      ...(healthy === undefined ? {} : { healthy }),
      domains: maskSecretDomains(fqdn, scope.secretValues ?? [], scope.secretDomains ?? []),
    });
  }
  for (const d of declared) {
    if (seen.has(d.address)) continue;
    rows.push({ address: d.address, kind: d.kind as StatusRow['kind'], name: d.name, ...inScope(d.address)!, uuid: '', status: 'missing', health: 'Missing', healthy: false, missing: true, domains: [] });
  }
  return rows.sort((a, b) => a.address.localeCompare(b.address));
}

/** Counts of a status: what `status` prints last and exits on. */
export interface StatusSummary {
  resources: number;
  healthy: number;
  /** Present but not healthy (`exited`, `running:unhealthy`, …). */
  notHealthy: number;
  missing: number;
  /** Status not known (a service without one): neither healthy nor failing. */
  unknown: number;
}

/** The counts of the rows. */
export function statusSummary(rows: readonly StatusRow[]): StatusSummary {
  const missing = rows.filter((r) => r.missing).length;
  const notHealthy = rows.filter((r) => r.healthy === false && !r.missing).length;
  const unknown = rows.filter((r) => r.healthy === undefined).length;
  return { resources: rows.length, healthy: rows.length - missing - notHealthy - unknown, notHealthy, missing, unknown };
}

/** True when nothing declared is missing and nothing is known to be unhealthy. */
export function statusIsGood(rows: readonly StatusRow[]): boolean {
  return rows.every((r) => r.healthy !== false);
}
