/**
 * Reads Coolify's audit events (`GET /audit-events`, 4.4 and later) for drift attribution.
 * There is no 4.4 PHP source here: the vendored contract (coolify-v4.4.2.json) names the
 * route, AuditEventsController@index and `api.ability:read`, nothing of the records. The page
 * envelope (Laravel's paginator: `data`, `last_page`) and the record keys read below
 * (`resource_uuid`, `user_name` or `user.name`, `source`, `created_at`, `ip_address`) are
 * assumptions, read leniently: a record missing them is skipped. Only those keys are kept;
 * anything else an event carries (`properties`: what was sent, values included) is dropped
 * here, so it can never reach an output.
 */
import type { CoolifyClient } from './client.js';

/** One audit event, reduced to who, when, from where and on which resource. */
export interface AuditEvent {
  resourceUuid: string;
  name: string;
  at: string;
  via: string;
  ip?: string;
}

/** Events per page asked for. */
export const AUDIT_EVENTS_PER_PAGE = 100;
/** Pages read at most: the newest AUDIT_EVENTS_PER_PAGE × this events. */
export const AUDIT_EVENTS_MAX_PAGES = 5;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The events of one page answer (an array, or a paginator's `data`). */
function recordsOf(page: unknown): unknown[] {
  if (Array.isArray(page)) return page;
  if (page !== null && typeof page === 'object' && Array.isArray((page as { data?: unknown }).data)) return (page as { data: unknown[] }).data;
  return [];
}

function lastPageOf(page: unknown): number {
  const last = page !== null && typeof page === 'object' ? (page as { last_page?: unknown }).last_page : undefined;
  return typeof last === 'number' && Number.isFinite(last) ? last : 1;
}

/** Reduces one record; undefined when it lacks the resource, the user or the time. */
export function toAuditEvent(record: unknown): AuditEvent | undefined {
  if (record === null || typeof record !== 'object') return undefined;
  const r = record as Record<string, unknown>;
  const user = r.user !== null && typeof r.user === 'object' ? (r.user as Record<string, unknown>) : {};
  const resourceUuid = str(r.resource_uuid) ?? str(r.auditable_uuid);
  const name = str(r.user_name) ?? str(user.name) ?? str(user.email);
  const at = str(r.created_at);
  if (resourceUuid === undefined || name === undefined || at === undefined) return undefined;
  const ip = str(r.ip_address);
  return { resourceUuid, name, at, via: str(r.source) ?? 'unknown', ...(ip !== undefined ? { ip } : {}) };
}

/** Reads the newest events, page by page (at most AUDIT_EVENTS_MAX_PAGES), newest first. */
export async function readAuditEvents(client: Pick<CoolifyClient, 'auditEvents'>): Promise<AuditEvent[]> {
  const out: AuditEvent[] = [];
  for (let page = 1; page <= AUDIT_EVENTS_MAX_PAGES; page++) {
    const answer = await client.auditEvents({ page, per_page: AUDIT_EVENTS_PER_PAGE });
    for (const r of recordsOf(answer)) {
      const e = toAuditEvent(r);
      if (e) out.push(e);
    }
    if (page >= lastPageOf(answer)) break;
  }
  return out.sort((a, b) => b.at.localeCompare(a.at));
}
