/**
 * Release gating: manifest fields the connected Coolify release does not accept yet are taken
 * out of the desired state (so they are neither sent nor compared) and reported as ADO505
 * warnings naming the field, the resource and the first release that accepts it; a field
 * with an older form the release accepts (`FieldSpec.instead`: 4.4's `server_role` is
 * `is_build_server` before) is sent in that form instead, without a warning. A resource
 * whose create route the release does not have at all (a SQLite database before Coolify 4.4:
 * `POST /databases/sqlite` answers 404) is taken out with what it owns, with one ADO516 warning;
 * a sub-resource whose owner stays (a server's registry login before 4.4) with an ADO530 one.
 *
 * Data-driven: the endpoints come from the payload builders, the allow-lists from the release
 * table (src/releases); nothing here branches on the kind. Pure.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { CODES } from '../model/diagnostic-codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import type { DesiredResource, DesiredState } from '../model/resource.js';
import { createEndpoint, updateEndpoint, VIA_ROUTES, type PayloadContext, type WireEndpoint } from '../kinds/payload.js';
import type { FieldSpec } from '../kinds/spec.js';
import { specFor } from '../kinds/registry.js';
import { endpointFor, gatedSince, routeSince } from '../releases/table.js';

/** Any uuids will do: only the endpoints' templates are read. */
const TEMPLATE_CTX: PayloadContext = { projectUuid: 'project', ownerUuid: 'owner', serverUuid: 'server', refs: () => undefined };

function template(endpoint: WireEndpoint): string | undefined {
  return endpointFor(endpoint.method, endpoint.template);
}

/**
 * The answers of one gating pass, cached: `routeSince` and `gatedSince` are pure in their
 * arguments (the release table is fixed), and 5,000 resources ask the same few dozen questions
 * thousands of times (route and allow-list scans, most of the gate's time and allocation).
 */
class GateAnswers {
  private readonly routes = new Map<string, string | undefined>();
  private readonly fields = new Map<string, string | undefined>();
  constructor(readonly release: string) {}

  /** routeSince(release, method, template), cached. */
  routeSince(method: string, routeTemplate: string): string | undefined {
    const key = `${method} ${routeTemplate}`;
    if (this.routes.has(key)) return this.routes.get(key);
    const since = routeSince(this.release, method, routeTemplate);
    this.routes.set(key, since);
    return since;
  }

  /** gatedSince(release, endpoint, field), cached. */
  gatedSince(endpoint: string, field: string): string | undefined {
    const key = `${endpoint}\u0000${field}`;
    if (this.fields.has(key)) return this.fields.get(key);
    const since = gatedSince(this.release, endpoint, field);
    this.fields.set(key, since);
    return since;
  }
}

/**
 * The endpoint templates one resource would send to, each worked out on first use (in the
 * order, and with the throws, of working them out at every field).
 */
class ResourceEndpoints {
  private create?: { value: string | undefined };
  private update?: { value: string | undefined };
  constructor(private readonly resource: DesiredResource) {}

  /** The create endpoint's template. */
  onCreate(): string | undefined {
    this.create ??= { value: template(createEndpoint(this.resource, TEMPLATE_CTX)) };
    return this.create.value;
  }

  /** The update (PATCH) endpoint's template. */
  onUpdate(): string | undefined {
    this.update ??= { value: template(updateEndpoint(this.resource, '{uuid}', TEMPLATE_CTX)) };
    return this.update.value;
  }
}

/** The first release that accepts a field the resource would send, when `release` does not. */
function fieldGate(resource: DesiredResource, path: string, answers: GateAnswers, endpoints: ResourceEndpoints): string | undefined {
  const f = specFor(resource.kind).fields.find((x) => x.path === path);
  if (!f) return undefined;
  // The PATCH endpoint only for a PATCHable field: a kind may have none (an application's extra network).
  const update = f.patchable === false ? undefined : endpoints.onUpdate();
  const onCreate = f.creatable === false ? update : endpoints.onCreate();
  const onUpdate = update;
  for (const ep of [onCreate, onUpdate]) {
    const since = ep ? answers.gatedSince(ep, path) : undefined;
    if (since) return since;
  }
  return undefined;
}

/** The first release with the resource's create route, when `release` has none (404 there). */
function kindGate(resource: DesiredResource, answers: GateAnswers): string | undefined {
  let endpoint: WireEndpoint;
  try {
    endpoint = createEndpoint(resource, TEMPLATE_CTX);
  } catch {
    return undefined; // kinds without a create endpoint are not gated
  }
  return answers.routeSince(endpoint.method, endpoint.template);
}

/** The resources whose create route the release lacks, and everything they own. */
function tooNew(desired: DesiredState, answers: GateAnswers, version: string): { dropped: Set<string>; diagnostics: Diagnostic[] } {
  const release = answers.release;
  const dropped = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const r of desired.resources) {
    const since = kindGate(r, answers);
    if (!since) continue;
    dropped.add(r.address);
    const noun = specFor(r.kind).underTeamEntry?.noun;
    const what = noun !== undefined ? `a ${noun}` : r.subtype ? `a ${r.subtype} ${r.kind}` : `a ${r.kind}`;
    // A part of a team-wide entry that stays (a server's registry login): ADO530, naming its
    // owner. A placed resource's parent is its environment: a whole resource, ADO516.
    const part = specFor(r.kind).underTeamEntry !== undefined && r.parent !== undefined && !desired.resources.some((o) => o.address === r.parent && kindGate(o, answers) !== undefined);
    diagnostics.push(
      makeDiagnostic(part ? CODES.PART_TOO_NEW : CODES.KIND_TOO_NEW, part
        ? `${what} needs Coolify ${since} or newer; Coolify ${version} (${release} rules) has no route for it, so ${r.address} is left out of the plan (not created, not compared); ${r.parent} is planned as usual`
        : `${what} needs Coolify ${since} or newer; Coolify ${version} (${release} rules) cannot create it, so ${r.address} is left out of the plan (not created, not compared)`, {
        address: r.address,
        ...(r.source ? { source: r.source } : {}),
        hint: `upgrade Coolify to ${since} or newer, or remove ${r.address} from the manifest`,
      }),
    );
  }
  // what a dropped resource owns goes with it (the parent chain)
  let grew = dropped.size > 0;
  while (grew) {
    grew = false;
    for (const r of desired.resources) {
      if (r.parent !== undefined && dropped.has(r.parent) && !dropped.has(r.address)) {
        dropped.add(r.address);
        grew = true;
      }
    }
  }
  return { dropped, diagnostics };
}

/**
 * The first release with every route of a `via` request group the resource would send (a 4.4
 * secret manager: VIA_ROUTES), when `release` lacks one; undefined when none is missing.
 */
function viaGate(via: NonNullable<FieldSpec['via']>, answers: GateAnswers): string | undefined {
  for (const route of VIA_ROUTES[via] ?? []) {
    const since = answers.routeSince(route.method, route.template);
    if (since) return since;
  }
  return undefined;
}

/** Takes out the fields of `via` groups the release has no route for, with one ADO540 warning per group and resource. */
function gateVia(r: DesiredResource, fields: DesiredResource['fields'], answers: GateAnswers, version: string, diagnostics: Diagnostic[]): DesiredResource['fields'] {
  const release = answers.release;
  let out = fields;
  const warned = new Set<string>();
  for (const f of specFor(r.kind).fields) {
    if (!f.via || !(f.path in out)) continue;
    const since = viaGate(f.via, answers);
    if (!since) continue;
    if (out === fields) out = { ...fields };
    delete out[f.path];
    if (warned.has(f.via)) continue;
    warned.add(f.via);
    const label = f.label.split('.')[0] ?? f.label;
    diagnostics.push(
      makeDiagnostic(CODES.VIA_TOO_NEW, `${label} needs Coolify ${since} or newer; Coolify ${version} (${release} rules) has no route for it, so ${r.address} is planned without its ${label} (not sent)`, {
        address: r.address,
        // the entry's key, made a pointer and located by the plan run (engine/plan-run.ts)
        path: label,
        hint: `upgrade Coolify to ${since} or newer, or remove ${label} from ${r.address}`,
      }),
    );
  }
  return out;
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
  const answers = new GateAnswers(release);
  const kinds = tooNew(desired, answers, version);
  const diagnostics: Diagnostic[] = [...kinds.diagnostics];
  const kept = kinds.dropped.size === 0 ? desired.resources : desired.resources.filter((r) => !kinds.dropped.has(r.address));
  const resources = kept.map((r) => {
    const endpoints = new ResourceEndpoints(r);
    let fields: DesiredResource['fields'] | undefined;
    for (const path of Object.keys(r.fields)) {
      const since = fieldGate(r, path, answers, endpoints);
      if (!since) continue;
      fields ??= { ...r.fields };
      const spec = specFor(r.kind).fields.find((x) => x.path === path);
      // The field's older form (FieldSpec.instead: `is_build_server` for 4.4's `server_role`).
      const older = spec?.instead !== undefined && fieldGate(r, spec.instead.path, answers, endpoints) === undefined ? spec.instead.value(r.fields[path]) : undefined;
      delete fields[path];
      if (older !== undefined && spec?.instead !== undefined) {
        fields[spec.instead.path] = older as DesiredResource['fields'][string];
        continue;
      }
      const label = spec?.label ?? path;
      diagnostics.push(
        makeDiagnostic(CODES.FIELD_TOO_NEW, `${label} needs Coolify ${since} or newer; Coolify ${version} (${release} rules) does not accept ${path}, so it is not sent and not compared`, {
          address: r.address,
          hint: `upgrade Coolify to ${since} or newer, or remove ${label} from ${r.address}`,
        }),
      );
    }
    const gated = gateVia(r, fields ?? r.fields, answers, version, diagnostics);
    return gated !== r.fields ? { ...r, fields: gated } : r;
  });
  const edges = kinds.dropped.size === 0 ? desired.edges : desired.edges.filter((e) => !kinds.dropped.has(e.from) && !kinds.dropped.has(e.to));
  return { desired: { ...desired, resources, edges }, diagnostics };
}
