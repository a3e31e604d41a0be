import type { Diagnostic } from '../model/diagnostic.js';
import { CODES } from '../model/diagnostic-codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import type { DesiredState, LiveLookups } from '../model/resource.js';
import { serverAddress } from '../model/address.js';
import { createsResource, type ResourceChange } from '../model/plan.js';
import { specFor } from '../kinds/registry.js';
import { teamAddress } from '../model/address.js';

/**
 * Checks, at plan time, that every resource the plan creates names a server Coolify has (or
 * the manifest's `servers:` declares), so a
 * typo in `defaults.server` is reported by `plan` (with the known names) instead of failing
 * half-way through an apply; so does a created destination (a kind on a server, `team.onServer`).
 * Pure: takes the lookups the state reader already read.
 */
export function checkPlacements(desired: DesiredState, changes: readonly ResourceChange[], lookups: LiveLookups): Diagnostic[] {
  const creating = new Set(changes.filter((c) => createsResource(c.action)).map((c) => c.address));
  const known = new Set(lookups.servers.map((s) => s.name));
  // A server the manifest declares (`servers:`) is created first by the same apply.
  const declared = new Set(desired.resources.map((r) => r.address));
  const out: Diagnostic[] = [];
  const reported = new Set<string>();
  for (const r of desired.resources) {
    const onServer = specFor(r.kind).team?.onServer;
    const named = onServer ? r.fields[onServer.nameField] : undefined;
    const server = r.placement?.server ?? (typeof named === 'string' ? named : undefined);
    if (!creating.has(r.address) || server === undefined) continue;
    if (known.has(server) || declared.has(serverAddress(server)) || reported.has(server)) continue;
    reported.add(server);
    out.push(
      makeDiagnostic(CODES.UNKNOWN_PLACEMENT_SERVER, `${r.address} is placed on server "${server}", which Coolify does not have`, {
        address: r.address,
        ...(r.source ? { source: r.source } : {}),
        hint: `servers in Coolify: ${[...known].join(', ') || '(none)'}; fix \`server\` on the ${onServer ? 'entry' : 'resource or `defaults.server`'}`,
      }),
    );
  }
  out.push(...checkDestinationServers(desired, creating));
  return out;
}

/**
 * ADO515: a created resource placed on a declared destination of another server, or an extra
 * network (a field resolved as a destination) on a declared destination of its owner's server.
 */
function checkDestinationServers(desired: DesiredState, creating: ReadonlySet<string>): Diagnostic[] {
  const at = new Map(desired.resources.map((r) => [r.address as string, r]));
  const serverOf = (destination: string): string | undefined => {
    const d = at.get(teamAddress('destination', destination));
    const onServer = d ? specFor(d.kind).team?.onServer : undefined;
    const server = d && onServer ? d.fields[onServer.nameField] : undefined;
    return typeof server === 'string' ? server : undefined;
  };
  const out: Diagnostic[] = [];
  const report = (r: DesiredState['resources'][number], message: string): void => {
    out.push(makeDiagnostic(CODES.DESTINATION_SERVER, message, { address: r.address, ...(r.source ? { source: r.source } : {}), hint: 'fix the `server` of the destination or of the resource' }));
  };
  for (const r of desired.resources) {
    if (!creating.has(r.address)) continue;
    const wanted = r.placement?.destination;
    const server = wanted !== undefined ? serverOf(wanted) : undefined;
    if (r.placement && server !== undefined && server !== r.placement.server) {
      report(r, `${r.address} is placed on server "${r.placement.server}", but its destination "${wanted}" is on server "${server}"`);
    }
    const ownerServer = r.parent ? at.get(r.parent)?.placement?.server : undefined;
    for (const f of specFor(r.kind).fields) {
      const named = f.resolve === 'destination' ? r.fields[f.path] : undefined;
      if (typeof named === 'string' && ownerServer !== undefined && serverOf(named) === ownerServer) {
        report(r, `${r.address}: destination "${named}" is on server "${ownerServer}", the application's own; an extra network must be on another server`);
      }
    }
  }
  return out;
}
