/**
 * Checks recorded requests against what one Coolify release accepts: the route exists, every
 * body key is in the endpoint's allow-list, and fields with a validation pattern match it.
 * Violations name the field and the pattern, never the value (values can be secrets). Pure.
 */
import { RELEASE_DATA } from './releases.generated.js';
import { allowedFields, endpointFor, patternFor, requestRouteAbsent } from './table.js';
import type { ReleaseData } from './types.js';

/** One request as sent: method, path (with or without `/api/v1`), JSON body if any. */
export interface RecordedRequest {
  method: string;
  path: string;
  body?: unknown;
}

/** Why a request would break the release's rules. */
export interface RequestViolation {
  /** `METHOD /path` as sent. */
  request: string;
  /** The table's endpoint name. */
  endpoint: string;
  rule: 'route-absent' | 'field-not-allowed' | 'pattern-mismatch';
  /** Body field (dotted for nested items). */
  field?: string;
  /** Pattern name for `pattern-mismatch`. */
  pattern?: string;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Values at a dotted path with `*` for any array index (`data.*.key`). */
function valuesAt(body: unknown, path: string): Array<{ at: string; value: unknown }> {
  let current: Array<{ at: string; value: unknown }> = [{ at: '', value: body }];
  for (const part of path.split('.')) {
    const next: Array<{ at: string; value: unknown }> = [];
    for (const { at, value } of current) {
      if (part === '*' && Array.isArray(value)) value.forEach((v, i) => next.push({ at: `${at}${at ? '.' : ''}${i}`, value: v }));
      else if (isRecord(value) && part in value) next.push({ at: `${at}${at ? '.' : ''}${part}`, value: value[part] });
    }
    current = next;
  }
  return current;
}

/** The violations of one request in one release (empty when the table does not know the endpoint). */
export function checkRequest(release: string, req: RecordedRequest, data: ReleaseData = RELEASE_DATA): RequestViolation[] {
  const method = req.method.toUpperCase();
  const path = req.path.replace(/^\/api\/v1(?=\/)/, '').split('?')[0] ?? '';
  const request = `${method} ${path}`;
  const endpoint = endpointFor(method, path, data);
  if (requestRouteAbsent(release, method, path, data)) return [{ request, endpoint: endpoint ?? request, rule: 'route-absent' }];
  if (!endpoint) return [];
  const out: RequestViolation[] = [];
  const allowed = allowedFields(release, endpoint, data);
  const itemsOf = data.endpoints[endpoint]?.itemsOf;
  if (allowed && isRecord(req.body)) {
    if (itemsOf) {
      const items = req.body[itemsOf];
      if (Array.isArray(items)) {
        items.forEach((item, i) => {
          if (!isRecord(item)) return;
          for (const k of Object.keys(item)) if (!allowed.has(k)) out.push({ request, endpoint, rule: 'field-not-allowed', field: `${itemsOf}.${i}.${k}` });
        });
      }
    } else {
      for (const k of Object.keys(req.body)) if (!allowed.has(k)) out.push({ request, endpoint, rule: 'field-not-allowed', field: k });
    }
  }
  for (const field of Object.keys(data.endpoints[endpoint]?.patterns ?? {})) {
    const pattern = patternFor(release, endpoint, field, data);
    if (!pattern) continue;
    for (const { at, value } of valuesAt(req.body, field)) {
      // Laravel turns '' into null (ConvertEmptyStringsToNull) and `nullable` lets null through;
      // the pattern only judges non-empty strings.
      if (typeof value !== 'string' || value === '') continue;
      pattern.regexp.lastIndex = 0;
      if (!pattern.regexp.test(value)) out.push({ request, endpoint, rule: 'pattern-mismatch', field: at, pattern: pattern.name });
    }
  }
  return out;
}

/** All violations of a request log in one release. */
export function checkRequests(release: string, requests: readonly RecordedRequest[], data: ReleaseData = RELEASE_DATA): RequestViolation[] {
  return requests.flatMap((r) => checkRequest(release, r, data));
}

/** One line per violation, for test failure messages and reports (no values). */
export function formatViolation(v: RequestViolation): string {
  const what =
    v.rule === 'route-absent'
      ? 'route absent in this release'
      : v.rule === 'field-not-allowed'
        ? `field ${v.field} not allowed`
        : `field ${v.field} does not match ${v.pattern}`;
  return `${v.request} (${v.endpoint}): ${what}`;
}
