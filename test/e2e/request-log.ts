/**
 * The request-log check: every request the CLI sent (method, path, JSON body), as a recording
 * proxy saw it on the wire (recording-proxy.ts), judged against one Coolify release's table
 * (src/releases).
 */
import { checkRequests, type RecordedRequest, type RequestViolation } from '../../src/releases/index.js';

function line(v: RequestViolation): string {
  const what = v.rule === 'route-absent' ? 'route absent' : v.rule === 'field-not-allowed' ? `${v.field} not allowed` : `${v.field} does not match ${v.pattern}`;
  return `${v.endpoint}: ${what}`;
}

/** One line per distinct violation by endpoint template (no values, no uuids), sorted. */
export function violationLines(release: string, requests: readonly RecordedRequest[]): string[] {
  return [...new Set(checkRequests(release, requests).map(line))].sort();
}
