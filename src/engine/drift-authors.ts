/**
 * Drift that names its author (issue 18): on Coolify 4.4 and later each drifted resource is
 * joined with Coolify's audit events (src/coolify/audit-events.ts): the newest event on the
 * resource's uuid says who changed it, when and from where (UI, API, MCP, webhook). Older
 * releases have no audit events: every drifted resource gets `author: null` and the report
 * says why. One paginated read, only when something drifted.
 */
import { checkVersion, hasAuditEvents } from '../coolify/capabilities.js';
import { readAuditEvents, type AuditEvent } from '../coolify/audit-events.js';
import type { CoolifyClient } from '../coolify/client.js';
import { isCoolifyApiError } from '../coolify/api-error.js';
import type { DriftAuthor, DriftReport, ResourceChange } from '../model/plan.js';

/** True when the resource change is drift (anything but a no-op). */
const drifted = (rc: ResourceChange): boolean => rc.action !== 'no-op';

/** The newest event on a uuid, as a DriftAuthor. */
function authorOf(events: readonly AuditEvent[], uuid: string | undefined): DriftAuthor | null {
  if (uuid === undefined || uuid === '') return null;
  const e = events.find((x) => x.resourceUuid === uuid);
  return e ? { name: e.name, at: e.at, via: e.via, ...(e.ip !== undefined ? { ip: e.ip } : {}) } : null;
}

/**
 * Adds `author` to each drifted resource of the report. `version` is what Coolify reported;
 * the release whose rules apply (checkVersion) says whether it has audit events.
 */
export async function attachDriftAuthors(report: DriftReport, client: Pick<CoolifyClient, 'auditEvents'>, version: string): Promise<DriftReport> {
  if (!report.resourceChanges.some(drifted)) return report;
  const release = checkVersion(version).release;
  const withNull = (reason: string): DriftReport => ({
    ...report,
    resourceChanges: report.resourceChanges.map((rc) => (drifted(rc) ? { ...rc, author: null } : rc)),
    authorUnknownReason: reason,
  });
  if (release === undefined || !hasAuditEvents(release)) return withNull(`Coolify ${version} has no audit events`);
  let events: AuditEvent[];
  try {
    events = await readAuditEvents(client);
  } catch (err) {
    // A token without access or a proxy refusing the route: drift stands, its author is unknown.
    if (!isCoolifyApiError(err)) throw err;
    return withNull(`audit events could not be read (${err.status !== undefined ? `HTTP ${err.status}` : 'no answer'})`);
  }
  return { ...report, resourceChanges: report.resourceChanges.map((rc) => (drifted(rc) ? { ...rc, author: authorOf(events, rc.uuid) } : rc)) };
}
