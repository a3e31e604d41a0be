/**
 * Request bodies for the applier: create, follow-up PATCH, update and adopt. Bodies hold
 * exactly the keys the endpoint accepts (API-NOTES §3–§9; unknown keys get 422).
 * They contain secrets: never log or render them.
 */
import { LINK_PREFIX, setDotted, TOKEN_PREFIX } from './secret-manager.js';
import { parseAddress, type Address } from '../model/address.js';
import type { ResourceChange } from '../model/plan.js';
import { MARKER_CHANGE_PATH, OWNERSHIP_TAG, hasOwnershipMarker, type DesiredResource, type LiveResource } from '../model/resource.js';
import { materialize, type RefLookup } from '../model/value.js';
import { description as normDescription, encodeBase64, storageName, withOwnershipMarker } from './normalize.js';
import { specFor } from './registry.js';
import type { FieldSpec, UuidResolution } from './spec.js';
import { taskCollectionAt } from './scheduled-task.js';

/** Uuids and lookups the payload builders need; filled by the applier as it goes. */
export interface PayloadContext {
  projectUuid?: string;
  environmentUuid?: string;
  serverUuid?: string;
  /** Only when the server has several destinations. */
  destinationUuid?: string;
  /** Uuid of the owning application/database (backups, storages, scheduled tasks). */
  ownerUuid?: string;
  /** Turns a GitHub App name, private key name or S3 storage address into a uuid. */
  resolveUuid?: (what: UuidResolution, nameOrAddress: string) => string | undefined;
  refs: RefLookup;
  /** The live description (updates): the base text when only `protect` changes. */
  liveDescription?: string;
}

/**
 * A Coolify endpoint with its path parameters, as the client sends it: a typed value, never a
 * `"PATCH /x/{uuid}"` string to parse again. The template names parameters as Coolify's routes
 * do (routes/api.php).
 */
export interface WireEndpoint {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Path under `/api/v1`, e.g. `/databases/{uuid}/backups/{backup_uuid}`. */
  template: string;
  params: Readonly<Record<string, string>>;
}

/** `METHOD /template` of an endpoint, for messages and the release tables. */
export function endpointName(e: WireEndpoint): string {
  return `${e.method} ${e.template}`;
}

function ep(method: WireEndpoint['method'], template: string, params: Record<string, string> = {}): WireEndpoint {
  return { method, template, params };
}

/** One HTTP request: the endpoint and its JSON body. */
export interface ApiRequest {
  endpoint: WireEndpoint;
  body: Record<string, unknown>;
}

/** A create request, and the PATCH to send right after when some fields are PATCH-only. */
export interface CreateRequest extends ApiRequest {
  /** Body of a follow-up PATCH (to `updateEndpoint`) for fields create does not accept. */
  followUp?: Record<string, unknown>;
}

/** Application create paths by source type (`POST`). */
export const APPLICATION_CREATE_PATHS: Readonly<Record<string, string>> = {
  public: '/applications/public',
  'github-app': '/applications/private-github-app',
  'deploy-key': '/applications/private-deploy-key',
  dockerfile: '/applications/dockerfile',
  dockerimage: '/applications/dockerimage',
};

function need(value: string | undefined, what: string, address: Address): string {
  if (!value) throw new Error(`${address}: ${what} is not known yet`);
  return value;
}

/** The wire value of one desired field: materialised, resolved to a uuid, encoded. */
function wireValue(resource: DesiredResource, f: FieldSpec, ctx: PayloadContext): unknown {
  const raw = resource.fields[f.path];
  if (raw === undefined) return undefined;
  const value = materialize(raw, ctx.refs);
  if (value === undefined) throw new Error(`${resource.address}: ${f.label} references a resource that does not exist yet`);
  if (f.resolve) {
    const uuid = ctx.resolveUuid?.(f.resolve, String(value));
    return need(uuid, `${f.resolve} ${String(value)}`, resource.address);
  }
  if (f.encode === 'base64' && typeof value === 'string') return encodeBase64(value);
  if (f.path === 'description') return withOwnershipMarker(typeof value === 'string' ? value : undefined, resource.protect);
  return value;
}

function accepts(f: FieldSpec, subtype: string | undefined): boolean {
  return !f.onlyFor || subtype === undefined || f.onlyFor.includes(subtype);
}

/** The name of a singleton team resource (`nc/discord` → `discord`): the path segment of its requests. */
function singletonName(address: Address): string {
  const name = parseAddress(address)?.name;
  if (name === undefined) throw new Error(`${address}: not a team-wide address`);
  return name;
}

/** The create endpoint of a resource. */
export function createEndpoint(resource: DesiredResource, ctx: Pick<PayloadContext, 'projectUuid' | 'ownerUuid' | 'serverUuid'>): WireEndpoint {
  const team = specFor(resource.kind).team;
  // A singleton exists from the start: its "create" is a PATCH of the record by name.
  if (team?.singleton) return ep('PATCH', `${team.collection}/${singletonName(resource.address)}`);
  // A subtype with a create of its own (a server bought at a cloud provider: `POST /servers/hetzner`).
  const variant = resource.subtype !== undefined ? team?.createVariants?.[resource.subtype] : undefined;
  if (variant) return ep('POST', variant.path);
  // A kind on a server is created under it (`POST /servers/{uuid}/destinations`).
  if (team?.onServer) return ep('POST', team.onServer.create, { uuid: need(ctx.serverUuid, 'server uuid', resource.address) });
  if (team) return ep('POST', team.collection);
  switch (resource.kind) {
    case 'project':
      return ep('POST', '/projects');
    case 'environment':
      return ep('POST', '/projects/{uuid}/environments', { uuid: need(ctx.projectUuid, 'project uuid', resource.address) });
    case 'database':
      return ep('POST', `/databases/${resource.subtype ?? 'postgresql'}`);
    case 'backup':
      return ep('POST', '/databases/{uuid}/backups', { uuid: need(ctx.ownerUuid, 'database uuid', resource.address) });
    case 'application':
      return ep('POST', need(APPLICATION_CREATE_PATHS[resource.subtype ?? 'public'], `create endpoint for source ${resource.subtype}`, resource.address));
    case 'service':
      return ep('POST', '/services');
    case 'storage':
      return ep('POST', '/applications/{uuid}/storages', { uuid: need(ctx.ownerUuid, 'application uuid', resource.address) });
    // An application's or a service's: the same controller under either collection (ScheduledTasksController.php:373, :736).
    case 'scheduledTask':
      return ep('POST', `/${taskCollectionAt(resource.address)}/{uuid}/scheduled-tasks`, { uuid: need(ctx.ownerUuid, 'owner uuid', resource.address) });
    case 'network':
      return ep('POST', '/applications/{uuid}/destinations', { uuid: need(ctx.ownerUuid, 'application uuid', resource.address) });
    // Made by Coolify with the service: the "create" PATCHes the record found under it (KindOps.findMadeWithOwner).
    case 'serviceApplication':
      return ep('PATCH', '/services/{uuid}/applications/{app_uuid}', { uuid: need(ctx.ownerUuid, 'service uuid', resource.address) });
    case 'serviceDatabase':
      return ep('PATCH', '/services/{uuid}/databases/{database_uuid}', { uuid: need(ctx.ownerUuid, 'service uuid', resource.address) });
    case 'serverRegistry':
      return ep('POST', '/servers/{uuid}/registries', { uuid: need(ctx.ownerUuid, 'server uuid', resource.address) });
  }
  throw new Error(`${resource.address}: the ${resource.kind} kind has no create endpoint`);
}

/** The PATCH endpoint of an existing resource. */
export function updateEndpoint(resource: Pick<DesiredResource, 'kind' | 'address'>, uuid: string, ctx: Pick<PayloadContext, 'projectUuid' | 'ownerUuid'>): WireEndpoint {
  const team = specFor(resource.kind).team;
  if (team?.singleton) return ep('PATCH', `${team.collection}/${singletonName(resource.address)}`);
  // An `idParam` kind's live key is its id (spec.ts teamRecordKey): `/github-apps/{github_app_id}`.
  if (team) return ep('PATCH', `${team.collection}/{${team.idParam ?? 'uuid'}}`, { [team.idParam ?? 'uuid']: uuid });
  switch (resource.kind) {
    case 'project':
      return ep('PATCH', '/projects/{uuid}', { uuid });
    case 'environment':
      return ep('PATCH', '/projects/{uuid}/environments/{environment_name_or_uuid}', { uuid: need(ctx.projectUuid, 'project uuid', resource.address), environment_name_or_uuid: uuid });
    case 'database':
      return ep('PATCH', '/databases/{uuid}', { uuid });
    case 'backup':
      return ep('PATCH', '/databases/{uuid}/backups/{scheduled_backup_uuid}', { uuid: need(ctx.ownerUuid, 'database uuid', resource.address), scheduled_backup_uuid: uuid });
    case 'application':
      return ep('PATCH', '/applications/{uuid}', { uuid });
    case 'service':
      return ep('PATCH', '/services/{uuid}', { uuid });
    case 'storage':
      return ep('PATCH', '/applications/{uuid}/storages', { uuid: need(ctx.ownerUuid, 'application uuid', resource.address) });
    case 'scheduledTask':
      return ep('PATCH', `/${taskCollectionAt(resource.address)}/{uuid}/scheduled-tasks/{task_uuid}`, { uuid: need(ctx.ownerUuid, 'owner uuid', resource.address), task_uuid: uuid });
    case 'serviceApplication':
      return ep('PATCH', '/services/{uuid}/applications/{app_uuid}', { uuid: need(ctx.ownerUuid, 'service uuid', resource.address), app_uuid: uuid });
    case 'serviceDatabase':
      return ep('PATCH', '/services/{uuid}/databases/{database_uuid}', { uuid: need(ctx.ownerUuid, 'service uuid', resource.address), database_uuid: uuid });
    // A login again replaces the saved one (ServerDockerRegistriesController login): no PATCH.
    case 'serverRegistry':
      return ep('POST', '/servers/{uuid}/registries', { uuid: need(ctx.ownerUuid, 'server uuid', resource.address) });
  }
  throw new Error(`${resource.address}: the ${resource.kind} kind has no update endpoint`);
}

function placement(resource: DesiredResource, ctx: PayloadContext): Record<string, unknown> {
  const body: Record<string, unknown> = {
    project_uuid: need(ctx.projectUuid, 'project uuid', resource.address),
    server_uuid: need(ctx.serverUuid, 'server uuid', resource.address),
  };
  if (ctx.environmentUuid) body['environment_uuid'] = ctx.environmentUuid;
  else body['environment_name'] = parseAddress(resource.address)?.environment;
  if (ctx.destinationUuid) body['destination_uuid'] = ctx.destinationUuid;
  return body;
}

/**
 * The create request of a resource: endpoint, body with exactly the accepted keys
 * (placement, ownership tag and description marker, `instant_deploy: false`,
 * `autogenerate_domain: false` unless asked), and a follow-up PATCH for PATCH-only fields.
 */
export function buildCreateRequest(resource: DesiredResource, ctx: PayloadContext): CreateRequest {
  const spec = specFor(resource.kind);
  const body: Record<string, unknown> = {};
  const followUp: Record<string, unknown> = {};
  const placed = resource.kind === 'application' || resource.kind === 'database' || resource.kind === 'service';
  if (placed) Object.assign(body, placement(resource, ctx));
  for (const f of spec.fields) {
    if (!accepts(f, resource.subtype)) continue;
    const v = wireValue(resource, f, ctx);
    if (v === undefined) continue;
    if (f.creatable === false) {
      if (f.patchable !== false) followUp[f.path] = v;
      continue;
    }
    body[f.path] = v;
  }
  if (spec.description && body['description'] === undefined) {
    const marker = withOwnershipMarker(undefined, resource.protect);
    if (spec.fields.find((f) => f.path === 'description')?.creatable === false) followUp['description'] ??= marker;
    else body['description'] = marker;
  }
  if (resource.kind === 'environment') delete body['description'];
  if (spec.tags) body['tags'] = [OWNERSHIP_TAG, ...(resource.tags ?? []).filter((t) => t !== OWNERSHIP_TAG)];
  if (placed) body['instant_deploy'] = false;
  if (resource.kind === 'application') {
    body['autogenerate_domain'] ??= false;
    const git = resource.subtype === 'public' || resource.subtype === 'github-app' || resource.subtype === 'deploy-key';
    if (git) {
      body['git_branch'] ??= 'main';
      body['build_pack'] ??= 'nixpacks';
      // Compose apps from git take `docker_compose_domains`, and reject `domains`.
      if (body['build_pack'] === 'dockercompose') delete body['domains'];
    }
  }
  if (resource.kind === 'storage') {
    body['type'] = resource.subtype === 'file' ? 'file' : 'persistent';
  }
  // A create of its own takes its allow-list only: the rest of the fields follow by PATCH.
  const variant = resource.subtype !== undefined ? spec.team?.createVariants?.[resource.subtype] : undefined;
  if (variant) {
    for (const [key, value] of Object.entries(body)) {
      if (variant.accepts.includes(key)) continue;
      delete body[key];
      if (key === 'description' || spec.fields.find((f) => f.path === key)?.patchable !== false) followUp[key] = value;
    }
  }
  const out: CreateRequest = { endpoint: createEndpoint(resource, ctx), body };
  if (Object.keys(followUp).length > 0) out.followUp = followUp;
  return out;
}

/**
 * The body of a storage's volume backup schedule (`PUT …/storages/{storage_uuid}/backups`):
 * its `via: 'storageBackup'` fields, keys without the `backup.` prefix, the S3 storage
 * resolved to its uuid. Undefined when the resource declares no schedule.
 */
export function buildStorageBackupBody(resource: DesiredResource, ctx: PayloadContext): Record<string, unknown> | undefined {
  const body: Record<string, unknown> = {};
  for (const f of specFor(resource.kind).fields) {
    if (f.via !== 'storageBackup' || !accepts(f, resource.subtype)) continue;
    const v = wireValue(resource, f, ctx);
    if (v !== undefined) body[f.path.replace(/^backup\./, '')] = v;
  }
  return Object.keys(body).length > 0 ? body : undefined;
}

/**
 * The routes of a `via` request group that not every release has (404 there): the release gate
 * leaves the group's fields out where one is missing (ADO540). `secretManager`: Coolify 4.4.
 */
export const VIA_ROUTES: Partial<Record<NonNullable<FieldSpec['via']>, ReadonlyArray<{ method: string; template: string }>>> = {
  secretManager: [
    { method: 'POST', template: '/security/integration-tokens' },
    { method: 'PATCH', template: '/applications/{uuid}/secret-manager' },
  ],
};

/** The two request bodies of an application's secret manager (its `via: 'secretManager'` fields), the link without its token's uuid. */
export interface SecretManagerBodies {
  /** `POST /security/integration-tokens`: provider, name, token, metadata. */
  token: Record<string, unknown>;
  /** `PATCH /applications/{uuid}/secret-manager` without `integration_token_uuid`: `settings` when any. */
  link: Record<string, unknown>;
}

/** The secret manager bodies of a resource, undefined when it declares none (src/kinds/secret-manager.ts). */
export function buildSecretManagerBodies(resource: DesiredResource, ctx: PayloadContext): SecretManagerBodies | undefined {
  const token: Record<string, unknown> = {};
  const link: Record<string, unknown> = {};
  for (const f of specFor(resource.kind).fields) {
    if (f.via !== 'secretManager') continue;
    const v = wireValue(resource, f, ctx);
    if (v === undefined) continue;
    if (f.path.startsWith(TOKEN_PREFIX)) setDotted(token, f.path.slice(TOKEN_PREFIX.length), v);
    else if (f.path.startsWith(LINK_PREFIX)) setDotted(link, f.path.slice(LINK_PREFIX.length), v);
  }
  return Object.keys(token).length > 0 ? { token, link } : undefined;
}

/**
 * The PATCH body for a planned update: only the changed, PATCHable wire fields (never
 * placement, credentials, `dockerfile`, `autogenerate_domain`, `tags`, `type`…). Env vars,
 * shared variables and tags have their own requests. Empty when nothing is PATCHable.
 */
export function buildUpdateBody(resource: DesiredResource, change: Pick<ResourceChange, 'changes' | 'uuid'>, ctx: PayloadContext): Record<string, unknown> {
  const spec = specFor(resource.kind);
  const byPath = new Map(spec.fields.map((f) => [f.path, f]));
  const body: Record<string, unknown> = {};
  for (const c of change.changes) {
    const f = byPath.get(c.path);
    if (!f || f.patchable === false || !accepts(f, resource.subtype)) continue;
    const v = wireValue(resource, f, ctx);
    if (v !== undefined) body[f.path] = v;
  }
  // A `protect` change or a legacy-marker migration rewrites the marker of the live description.
  if (spec.description && body['description'] === undefined && change.changes.some((c) => c.path === 'protect' || c.path === MARKER_CHANGE_PATH)) {
    body['description'] = withOwnershipMarker(ctx.liveDescription, resource.protect);
  }
  if (Object.keys(body).length > 0) addSentWithEveryPatch(resource, body, ctx);
  if (resource.kind === 'storage' && Object.keys(body).length > 0) {
    body['uuid'] = change.uuid;
    body['type'] = resource.subtype === 'file' ? 'file' : 'persistent';
  }
  return body;
}

/** Adds the fields the PATCH endpoint requires on every request (`sentWithEveryPatch`). */
function addSentWithEveryPatch(resource: DesiredResource, body: Record<string, unknown>, ctx: PayloadContext): void {
  for (const f of specFor(resource.kind).fields) {
    if (!f.sentWithEveryPatch || body[f.path] !== undefined) continue;
    const v = wireValue(resource, f, ctx);
    if (v !== undefined) body[f.path] = v;
  }
}

/**
 * The requests that adopt an unowned live resource: a PATCH adding the ownership marker to
 * its description (kept otherwise), and the tags to add (`POST …/tags`). Undefined for kinds
 * whose ownership follows their owner (backups, storages, scheduled tasks).
 */
export function buildAdoptRequest(
  resource: DesiredResource,
  live: LiveResource,
  ctx: PayloadContext,
): { endpoint: WireEndpoint; body: Record<string, unknown>; tagNames: string[] } | undefined {
  const spec = specFor(resource.kind);
  if (!spec.description) return undefined;
  const wanted = resource.fields['description'];
  const desc = wanted !== undefined ? materialize(wanted, ctx.refs) : live.fields['description'];
  const have = new Set((live.tags ?? []).map((t) => t.toLowerCase()));
  const tagNames = spec.tags ? [OWNERSHIP_TAG, ...(resource.tags ?? [])].filter((t) => !have.has(t)) : [];
  const body: Record<string, unknown> = { description: withOwnershipMarker(typeof desc === 'string' ? desc : undefined, resource.protect) };
  addSentWithEveryPatch(resource, body, ctx);
  return { endpoint: updateEndpoint(resource, live.uuid, ctx), body, tagNames: [...new Set(tagNames)] };
}

/**
 * True when a live record is the resource (same kind, name and environment) and carries our
 * ownership: used to find a resource whose create answer was lost before creating again.
 */
export function matchesLive(resource: DesiredResource, live: LiveResource): boolean {
  if (live.kind !== resource.kind) return false;
  const name = resource.kind === 'storage' ? storageName(live.name) : live.name;
  if (name !== resource.name) return false;
  if (live.address !== undefined) {
    const a = parseAddress(live.address);
    const b = parseAddress(resource.address);
    if (a?.project !== b?.project || a?.environment !== b?.environment) return false;
  }
  const marked = hasOwnershipMarker(live.fields['description']);
  return live.owned || marked || (live.tags ?? []).includes(OWNERSHIP_TAG);
}

/** The description as compared (marker stripped); exported for the state reader and tests. */
export const comparableDescription = normDescription;
