/** ADO308 (replicas cannot share domains) for `scale`, `autoscale` and the plan's replica override (pure). */
import { AdoError } from '../errors.js';
import { CODES } from '../model/diagnostic-codes.js';
import { replicaDomainsProblem } from '../validate/replica-domains.js';
import type { ManifestApp } from '../manifest/apps.js';

/**
 * ADO308 at run time: an app with domains is never scaled above one instance (the new
 * instances could not take the domain, and the old one would be deleted: an outage). Throws
 * before anything is planned or changed.
 */
export function refuseSharedDomains(app: ManifestApp, count: number): void {
  const problem = replicaDomainsProblem(app.name, app.spec, count);
  if (problem) throw new AdoError(CODES.REPLICAS_WITH_DOMAINS.code, problem.message, { hint: problem.hint });
}

