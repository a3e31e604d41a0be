/**
 * The request-log check: every request the CLI sent to the sandbox, as the sandbox recorded it
 * (method, path, JSON body), judged against one Coolify release's table (src/releases).
 */
import type { Sandbox } from '../../src/sandbox/index.js';
import { checkRequests, type RecordedRequest, type RequestViolation } from '../../src/releases/index.js';

/** The requests recorded so far (from index `from`), as the checker reads them. */
export function recordedRequests(sb: Sandbox, from = 0): RecordedRequest[] {
  return sb.requestLog.slice(from).map((e) => ({ method: e.method, path: e.path, ...(e.body === undefined ? {} : { body: e.body }) }));
}

function line(v: RequestViolation): string {
  const what = v.rule === 'route-absent' ? 'route absent' : v.rule === 'field-not-allowed' ? `${v.field} not allowed` : `${v.field} does not match ${v.pattern}`;
  return `${v.endpoint}: ${what}`;
}

/** One line per distinct violation by endpoint template (no values, no uuids), sorted. */
export function violationLines(release: string, requests: readonly RecordedRequest[]): string[] {
  return [...new Set(checkRequests(release, requests).map(line))].sort();
}
