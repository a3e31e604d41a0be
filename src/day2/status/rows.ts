/** Status rows of the managed resources (pure: from live state and last deployments). */
import { maskSecretDomains } from '../../render/mask-domains.js';
import { parseAddress } from '../../model/address.js';
import type { LiveState } from '../../model/resource.js';

/** A deployment summary. */
export interface LastDeployment {
  status: string;
  /** ISO time. */
  at: string;
  pullRequestId?: number;
}

/** One managed resource's status. */
export interface StatusRow {
  address: string;
  kind: 'application' | 'database' | 'service';
  name: string;
  project: string;
  environment: string;
  uuid: string;
  /** Coolify status string, e.g. `running:healthy`, `exited`. */
  status: string;
  /** `running:*` but not `:unhealthy` (API-NOTES §8); undefined when the status is unknown. */
  healthy?: boolean;
  domains: string[];
  lastDeployment?: LastDeployment;
}

const PLACED = new Set(['application', 'database', 'service']);

/** True when a status string means healthy: prefix `running:` and not `:unhealthy`. */
export function isHealthyStatus(status: string): boolean | undefined {
  if (status === '') return undefined;
  return status.startsWith('running:') && !status.endsWith(':unhealthy');
}

/**
 * Rows for every owned application, database and service in the manifest's projects
 * (optionally one environment), sorted by address; without last deployments.
 */
export function statusRows(live: LiveState, projects: readonly string[], environment?: string, secretValues: readonly string[] = [], secretDomains: readonly RegExp[] = []): StatusRow[] {
  const declared = new Set(projects);
  const rows: StatusRow[] = [];
  for (const r of live.resources) {
    if (!r.owned || !r.address || !PLACED.has(r.kind)) continue;
    const p = parseAddress(r.address);
    if (!p?.project || !p.environment || !declared.has(p.project)) continue;
    if (environment && p.environment !== environment) continue;
    const status = typeof r.fields.status === 'string' ? r.fields.status : '';
    const fqdn = typeof r.fields.fqdn === 'string' ? r.fields.fqdn : '';
    const healthy = isHealthyStatus(status);
    rows.push({
      address: r.address,
      kind: r.kind as StatusRow['kind'],
      name: r.name,
      project: p.project,
      environment: p.environment,
      uuid: r.uuid,
      status: status || 'unknown',
      ...(healthy === undefined ? {} : { healthy }),
      domains: maskSecretDomains(fqdn, secretValues, secretDomains),
    });
  }
  return rows.sort((a, b) => a.address.localeCompare(b.address));
}
