/**
 * Release gating: manifest fields the connected Coolify release does not accept yet are taken
 * out of the desired state (so they are neither sent nor compared) and reported as ADO505
 * warnings naming the field, the resource and the first release that accepts it.
 *
 * Data-driven: the endpoints come from the payload builders, the allow-lists from the release
 * table (src/releases); nothing here branches on the kind. Pure.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { CODES } from '../model/diagnostic-codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import type { DesiredResource, DesiredState } from '../model/resource.js';
import { createEndpoint, updateEndpoint, type PayloadContext, type WireEndpoint } from '../kinds/payload.js';
import { specFor } from '../kinds/registry.js';
import { endpointFor, gatedSince } from '../releases/table.js';

/** Any uuids will do: only the endpoints' templates are read. */
const TEMPLATE_CTX: PayloadContext = { projectUuid: 'project', ownerUuid: 'owner', serverUuid: 'server', refs: () => undefined };

function template(endpoint: WireEndpoint): string | undefined {
  return endpointFor(endpoint.method, endpoint.template);
}

/** The first release that accepts a field the resource would send, when `release` does not. */
function fieldGate(resource: DesiredResource, path: string, release: string): string | undefined {
  const f = specFor(resource.kind).fields.find((x) => x.path === path);
  if (!f) return undefined;
  // The PATCH endpoint only for a PATCHable field: a kind may have none (an application's extra network).
  const update = f.patchable === false ? undefined : template(updateEndpoint(resource, '{uuid}', TEMPLATE_CTX));
  const onCreate = f.creatable === false ? update : template(createEndpoint(resource, TEMPLATE_CTX));
  const onUpdate = update;
  for (const ep of [onCreate, onUpdate]) {
    const since = ep ? gatedSince(release, ep, path) : undefined;
    if (since) return since;
  }
  return undefined;
}

/** Result of gateByRelease. */
export interface ReleaseGateResult {
  desired: DesiredState;
  diagnostics: Diagnostic[];
}

/**
 * Drops every desired field the release's allow-lists reject although a newer known release
 * accepts it, with one ADO505 warning per field. `version` is what Coolify reported, `release`
 * the table in use (see resolveRelease).
 */
export function gateByRelease(desired: DesiredState, release: string, version: string): ReleaseGateResult {
  const diagnostics: Diagnostic[] = [];
  const resources = desired.resources.map((r) => {
    let fields: DesiredResource['fields'] | undefined;
    for (const path of Object.keys(r.fields)) {
      const since = fieldGate(r, path, release);
      if (!since) continue;
      fields ??= { ...r.fields };
      delete fields[path];
      const label = specFor(r.kind).fields.find((x) => x.path === path)?.label ?? path;
      diagnostics.push(
        makeDiagnostic(CODES.FIELD_TOO_NEW, `${label} needs Coolify ${since} or newer; Coolify ${version} (${release} rules) does not accept ${path}, so it is not sent and not compared`, {
          address: r.address,
          hint: `upgrade Coolify to ${since} or newer, or remove ${label} from ${r.address}`,
        }),
      );
    }
    return fields ? { ...r, fields } : r;
  });
  return { desired: { ...desired, resources }, diagnostics };
}
