/**
 * Audit events of Coolify 4.4 (`GET /audit-events`), emulated. There is no 4.4 PHP source
 * here: the vendored contract (coolify-v4.4.2.json, routes: `GET /audit-events`,
 * AuditEventsController@index, `api.ability:read`) names the route and its ability only, and
 * the coolify-cli (PR #92, `internal/service/audit_event.go`) names its filters: `source`
 * (ui, api, mcp, webhook), `action`, `search`, `per_page`, `page`. The record shape and the
 * page envelope below are therefore assumed (Laravel's paginator: `data`, `current_page`,
 * `last_page`, `per_page`, `total`); the client (src/coolify/audit-events.ts) reads them
 * leniently. Like a real audit log, `properties` carries what was sent, values included: the
 * client must never print it. Older releases do not have the route (404, release table).
 */
import { requestRouteAbsent } from '../releases/table.js';
import type { SandboxRuntime } from './options.js';
import type { Route } from './router.js';
import type { AuditEventRecord, AuditSource } from './world.js';

export type { AuditEventRecord, AuditSource } from './world.js';

/** True when the emulated release has audit events. */
export function hasAuditEvents(rt: Pick<SandboxRuntime, 'release'>): boolean {
  return !requestRouteAbsent(rt.release, 'GET', '/audit-events');
}

const VERBS: Record<string, string> = { POST: 'created', PATCH: 'updated', PUT: 'updated', DELETE: 'deleted' };

/** `/applications/{uuid}/envs` → `application`: the resource a route acts on. */
function resourceTypeOf(routePath: string): string {
  const first = routePath.split('/').filter(Boolean)[0] ?? 'resource';
  return first.replace(/-/g, '_').replace(/ies$/, 'y').replace(/s$/, '');
}

/** Records one event (API writes, and out-of-band changes made by tests). */
export function recordAuditEvent(
  rt: SandboxRuntime,
  e: { action: string; source: AuditSource; userName: string; resourceType: string; resourceUuid: string | null; ip?: string; properties?: Record<string, unknown> },
): AuditEventRecord | undefined {
  if (!hasAuditEvents(rt)) return undefined;
  const world = rt.store.world;
  world.auditEvents ??= [];
  const record: AuditEventRecord = {
    id: world.auditEvents.length + 1,
    action: e.action,
    source: e.source,
    user_name: e.userName,
    resource_type: e.resourceType,
    resource_uuid: e.resourceUuid,
    ip_address: e.ip ?? '127.0.0.1',
    properties: structuredClone(e.properties ?? {}),
    created_at: new Date(rt.now()).toISOString(),
  };
  world.auditEvents.push(record);
  return record;
}

/** Records the event of a successful API write (the token's user, source `api`). */
export function recordApiWrite(rt: SandboxRuntime, method: string, routePath: string, params: Record<string, string>, body: Record<string, unknown>, result: unknown, userName: string): void {
  const verb = VERBS[method];
  if (verb === undefined) return;
  const created = result !== null && typeof result === 'object' && typeof (result as { uuid?: unknown }).uuid === 'string' ? (result as { uuid: string }).uuid : null;
  const type = resourceTypeOf(routePath);
  recordAuditEvent(rt, { action: `${type}.${verb}`, source: 'api', userName, resourceType: type, resourceUuid: params.uuid ?? created, properties: body });
}

function pageOf(rt: SandboxRuntime, query: URLSearchParams): Record<string, unknown> {
  const source = query.get('source');
  const action = query.get('action');
  const search = query.get('search');
  const perPage = Math.min(100, Math.max(1, Number(query.get('per_page') ?? 15) || 15));
  const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
  const all = [...(rt.store.world.auditEvents ?? [])]
    .filter((e) => (source === null || e.source === source) && (action === null || e.action === action))
    .filter((e) => search === null || [e.action, e.resource_uuid ?? '', e.user_name].some((s) => s.includes(search)))
    .sort((a, b) => b.id - a.id);
  const lastPage = Math.max(1, Math.ceil(all.length / perPage));
  return { data: all.slice((page - 1) * perPage, page * perPage), current_page: page, last_page: lastPage, per_page: perPage, total: all.length };
}

/** `GET /audit-events` (4.4 and later; the release table drops it before). */
export const auditEventRoutes: Route[] = [{ method: 'GET', path: '/audit-events', handler: ({ rt, query }) => ({ body: pageOf(rt, query) }) }];
