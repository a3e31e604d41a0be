import type { Diagnostic } from '../model/diagnostic.js';
import { CODES } from '../model/diagnostic-codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import type { DesiredState, LiveLookups } from '../model/resource.js';
import { createsResource, type ResourceChange } from '../model/plan.js';
import { specFor } from '../kinds/registry.js';

/**
 * Checks, at plan time, that every resource the plan creates names a server Coolify has, so a
 * typo in `defaults.server` is reported by `plan` (with the known names) instead of failing
 * half-way through an apply; so does a created destination (a kind on a server, `team.onServer`).
 * Pure: takes the lookups the state reader already read.
 */
export function checkPlacements(desired: DesiredState, changes: readonly ResourceChange[], lookups: LiveLookups): Diagnostic[] {
  const creating = new Set(changes.filter((c) => createsResource(c.action)).map((c) => c.address));
  const known = new Set(lookups.servers.map((s) => s.name));
  const out: Diagnostic[] = [];
  const reported = new Set<string>();
  for (const r of desired.resources) {
    const onServer = specFor(r.kind).team?.onServer;
    const named = onServer ? r.fields[onServer.nameField] : undefined;
    const server = r.placement?.server ?? (typeof named === 'string' ? named : undefined);
    if (!creating.has(r.address) || server === undefined) continue;
    if (known.has(server) || reported.has(server)) continue;
    reported.add(server);
    out.push(
      makeDiagnostic(CODES.UNKNOWN_PLACEMENT_SERVER, `${r.address} is placed on server "${server}", which Coolify does not have`, {
        address: r.address,
        ...(r.source ? { source: r.source } : {}),
        hint: `servers in Coolify: ${[...known].join(', ') || '(none)'}; fix \`server\` on the ${onServer ? 'entry' : 'resource or `defaults.server`'}`,
      }),
    );
  }
  return out;
}
