import { environmentOf, parentOf, parseAddress, projectAddress, s3Address, serverAddress, teamAddress } from '../model/address.js';
import type { DesiredResource } from '../model/resource.js';
import type { PayloadContext } from '../kinds/payload.js';
import type { UuidResolution } from '../kinds/spec.js';
import { AdoError } from '../errors.js';
import { opsFor } from '../kind-ops/registry.js';
import { specFor } from '../kinds/registry.js';
import type { ApplyRuntime } from './runtime.js';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

/**
 * The uuids a resource's requests need, from the live state as the apply has updated it:
 * project and environment, server and (when the server has several) destination, the owner
 * of a sub-resource, and GitHub apps, private keys, S3 storages and cloud tokens by name.
 */
export async function payloadContextFor(rt: ApplyRuntime, resource: DesiredResource): Promise<PayloadContext> {
  const parsed = parseAddress(resource.address);
  const ctx: PayloadContext = { refs: rt.refs() };
  if (parsed?.project) ctx.projectUuid = rt.liveAt(projectAddress(parsed.project))?.uuid;
  const environment = environmentOf(resource.address);
  if (environment) ctx.environmentUuid = rt.liveAt(environment)?.uuid;
  if (opsFor(resource.kind).ownedThroughOwner) {
    const owner = parentOf(resource.address);
    ctx.ownerUuid = owner ? rt.liveAt(owner)?.uuid : undefined;
  }
  const onServer = specFor(resource.kind).team?.onServer;
  if (onServer) ctx.serverUuid = serverNamed(rt, resource, String(resource.fields[onServer.nameField] ?? '')).uuid;
  if (resource.placement) {
    const server = serverNamed(rt, resource, resource.placement.server);
    ctx.serverUuid = server.uuid;
    const wanted = resource.placement.destination;
    // A destination the manifest declares is known by its address (created earlier in this apply, maybe).
    const declared = wanted ? rt.liveAt(teamAddress('destination', wanted)) : undefined;
    const destinations = declared ? [] : await rt.destinations(server.uuid);
    if (declared) {
      ctx.destinationUuid = declared.uuid;
    } else if (wanted) {
      const d = destinations.find((x) => x.name === wanted || x.uuid === wanted);
      if (!d) throw new AdoError('ADO_UNKNOWN_DESTINATION', `${resource.address}: server "${server.name}" has no destination "${wanted}"`);
      ctx.destinationUuid = str(d.uuid);
    } else if (destinations.length > 1) {
      throw new AdoError('ADO_DESTINATION_REQUIRED', `${resource.address}: server "${server.name}" has ${destinations.length} destinations; say which`, {
        hint: `set destination on the resource or defaults.destination (one of: ${destinations.map((d) => String(d.name)).join(', ')})`,
      });
    }
  }
  const [apps, keys] = await Promise.all([
    needs(resource, 'githubApp') ? rt.githubApps() : Promise.resolve([]),
    needs(resource, 'privateKey') ? rt.privateKeys() : Promise.resolve([]),
  ]);
  // A destination by name (an extra network): the declared one's uuid, else Coolify's list.
  const destinations = specFor(resource.kind).fields.some((f) => f.resolve === 'destination') ? await rt.client.destinations.list() : [];
  const tokenField = specFor(resource.kind).fields.find((f) => f.resolve === 'cloudToken' && accepted(f, resource));
  const tokenName = tokenField !== undefined ? resource.fields[tokenField.path] : undefined;
  const tokens = typeof tokenName === 'string' && rt.liveAt(teamAddress('cloudToken', tokenName)) === undefined
    ? ((await rt.client.cloudTokens.list()) as Array<Record<string, unknown>>)
    : [];
  ctx.resolveUuid = (what: UuidResolution, name: string) => {
    if (what === 's3Storage') return rt.liveAt(s3Address(name.startsWith('s3/') ? name.slice('s3/'.length) : name))?.uuid;
    // A cloud token the manifest declares (perhaps created by this apply), else the team's list.
    if (what === 'cloudToken') return rt.liveAt(teamAddress('cloudToken', name))?.uuid ?? str(tokens.find((t) => t.name === name || t.uuid === name)?.uuid);
    if (what === 'destination') return rt.liveAt(teamAddress('destination', name))?.uuid ?? str(destinations.find((d) => d.name === name || d.uuid === name)?.uuid);
    // A GitHub App or key the manifest declares (perhaps created by this apply) is in the live
    // state; its record's uuid (a Git App's live key is its id). Else the team's lists.
    const declared = rt.liveAt(teamAddress(what, name))?.fields.uuid;
    if (str(declared) !== undefined) return str(declared);
    const list = what === 'githubApp' ? apps : keys;
    return str(list.find((x) => x.name === name || x.uuid === name)?.uuid);
  };
  return ctx;
}

/** The live server of that name, or one of the manifest's `servers:` this apply created (`sv/NAME`), or ADO_UNKNOWN_SERVER. */
function serverNamed(rt: ApplyRuntime, resource: DesiredResource, name: string): { uuid: string; name: string } {
  const declared = rt.liveAt(serverAddress(name));
  const server = rt.live.lookups.servers.find((s) => s.name === name) ?? (declared ? { uuid: declared.uuid, name } : undefined);
  if (!server) {
    throw new AdoError('ADO_UNKNOWN_SERVER', `${resource.address}: no Coolify server named "${name}"`, {
      hint: `servers: ${rt.live.lookups.servers.map((s) => s.name).join(', ') || '(none)'}; set defaults.server or server on the resource`,
    });
  }
  return server;
}

/** True when the resource's subtype takes the field (FieldSpec.onlyFor). */
function accepted(f: { onlyFor?: readonly string[] }, resource: DesiredResource): boolean {
  return f.onlyFor === undefined || resource.subtype === undefined || f.onlyFor.includes(resource.subtype);
}

/** True when one of the resource's fields names a GitHub App or a private key (its table's `resolve`). */
function needs(resource: DesiredResource, what: 'githubApp' | 'privateKey'): boolean {
  if (what === 'githubApp' && resource.subtype === 'github-app') return true;
  return specFor(resource.kind).fields.some((f) => f.resolve === what && resource.fields[f.path] !== undefined);
}
