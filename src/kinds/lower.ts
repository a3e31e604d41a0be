/**
 * Lowering: the resolved manifest (camelCase) → DesiredState in Coolify's wire vocabulary.
 */
import { asAddress, environmentAddress, ownerOf, placedAddress, projectAddress, reowned, replicaName, serverAddress, TEAM_KINDS, teamAddress, type Address, type TeamKind } from '../model/address.js';
import type { DependencyEdge, DesiredResource, DesiredState } from '../model/resource.js';
import type { DesiredValue } from '../model/value.js';
import type { ResolvedManifest } from '../manifest/types.js';
import { lowerApplication } from './application.js';
import { attachSecretManagers } from './secret-manager.js';
import { lowerBackup } from './backup.js';
import { lowerDatabase } from './database.js';
import { createDefaultsContext, type DefaultsContext } from './lower-context.js';
import { asPlain, lowerSharedEnv } from './lower-helpers.js';
import { KIND_ORDER, specFor } from './registry.js';
import { lowerScheduledTask } from './scheduled-task.js';
import { lowerNetwork } from './network.js';
import { lowerService } from './service.js';
import { lowerServiceApplication, lowerServiceDatabase } from './service-part.js';
import { lowerStorage } from './storage.js';

type ResolvedProject = ResolvedManifest['projects'][string];
type ResolvedEnvironment = ResolvedProject['environments'][string];

/**
 * The Docker network alias every instance of a replica set shares (`ado-production-workers`),
 * so a Prometheus `dns_sd_configs` entry, or any client, finds all instances under one name.
 * Qualified by project and environment: Coolify's destination network is shared by every
 * application on the server.
 */
export function replicaAlias(project: string, environment: string, name: string): string {
  return `${project}-${environment}-${name}`;
}

function lowerEnvironmentResources(
  project: string,
  envName: string,
  env: ResolvedEnvironment,
  ctx: DefaultsContext,
  out: DesiredResource[],
  replicas: Map<Address, Address[]>,
  bases: Address[],
): void {
  const parent = environmentAddress(project, envName);
  for (const [name, db] of Object.entries(env.databases ?? {})) {
    const address = placedAddress(project, envName, 'database', name);
    const resource = lowerDatabase(address, name, parent, db, ctx);
    out.push(resource);
    (db.backups ?? []).forEach((b, i) => out.push(lowerBackup(address, i, b, resource.protect)));
  }
  for (const [name, app] of Object.entries(env.applications ?? {})) {
    bases.push(placedAddress(project, envName, 'application', name));
    const count = typeof app.replicas === 'number' && app.replicas > 1 ? app.replicas : 1;
    const names = count > 1 ? Array.from({ length: count }, (_, i) => replicaName(name, i + 1)) : [name];
    if (count > 1) {
      replicas.set(
        placedAddress(project, envName, 'application', name),
        names.map((n) => placedAddress(project, envName, 'application', n)),
      );
    }
    for (const n of names) {
      const address = placedAddress(project, envName, 'application', n);
      const resource = lowerApplication(address, n, parent, app, ctx);
      if (count > 1) resource.fields['custom_network_aliases'] = replicaAlias(project, envName, name);
      out.push(resource);
      for (const [sName, s] of Object.entries(app.storages ?? {})) out.push(lowerStorage(address, sName, s));
      for (const [tName, t] of Object.entries(app.scheduledTasks ?? {})) out.push(lowerScheduledTask(address, tName, t));
      for (const destination of app.networks ?? []) out.push(lowerNetwork(address, asPlain(destination) ?? ''));
    }
  }
  for (const [name, svc] of Object.entries(env.services ?? {})) {
    const address = placedAddress(project, envName, 'service', name);
    out.push(lowerService(address, name, parent, svc, ctx));
    for (const [aName, a] of Object.entries(svc.applications ?? {})) out.push(lowerServiceApplication(address, aName, a));
    for (const [dName, d] of Object.entries(svc.databases ?? {})) out.push(lowerServiceDatabase(address, dName, d));
    for (const [tName, t] of Object.entries(svc.scheduledTasks ?? {})) out.push(lowerScheduledTask(address, tName, t));
  }
}

function lowerProject(name: string, p: ResolvedProject, ctx: DefaultsContext, out: DesiredResource[], replicas: Map<Address, Address[]>, bases: Address[]): void {
  const fields: Record<string, DesiredValue> = { name };
  if (p.description !== undefined) fields['description'] = p.description;
  const project: DesiredResource = { address: projectAddress(name), kind: 'project', name, fields, protect: p.protect ?? false, ignoreChanges: [] };
  const shared = lowerSharedEnv(p.sharedEnv);
  if (shared) project.sharedEnv = shared;
  out.push(project);
  for (const [envName, env] of Object.entries(p.environments ?? {})) {
    const envFields: Record<string, DesiredValue> = { name: envName };
    if (env.description !== undefined) envFields['description'] = env.description;
    const environment: DesiredResource = {
      address: environmentAddress(name, envName),
      kind: 'environment',
      name: envName,
      parent: project.address,
      fields: envFields,
      protect: env.protect ?? false,
      ignoreChanges: [],
    };
    const envShared = lowerSharedEnv(env.sharedEnv);
    if (envShared) environment.sharedEnv = envShared;
    out.push(environment);
    lowerEnvironmentResources(name, envName, env, ctx, out, replicas, bases);
  }
}

/** Expands an address naming a replicated application (or one of its sub-resources). */
function expandReplicaAddress(address: Address, replicas: ReadonlyMap<Address, Address[]>): Address[] {
  const expanded = replicas.get(ownerOf(address));
  return expanded ? expanded.map((a) => reowned(address, a)) : [address];
}

function edgeKey(e: DependencyEdge): string {
  return `${e.from}\u0000${e.to}\u0000${e.reason}`;
}

/**
 * Lowers a resolved manifest to the desired state: one DesiredResource per team-wide entry
 * (each kind's `team.lower`), project, environment, database, backup, application (per replica), storage, scheduled
 * task and service, with parent edges added and the given edges kept (replica names
 * expanded). Values keep their TemplateStrings: secrets are only materialised by the diff
 * and payload builders.
 */
export function buildDesiredState(manifest: ResolvedManifest, edges: DependencyEdge[]): DesiredState {
  const ctx = createDefaultsContext(manifest.defaults, specFor);
  const resources: DesiredResource[] = [];
  const replicas = new Map<Address, Address[]>();
  const replicaBases: Address[] = [];
  const sections = manifest as unknown as Readonly<Record<string, unknown>>;
  for (const kind of KIND_ORDER) {
    const team = specFor(kind).team;
    const section = team && sections[TEAM_KINDS[kind as TeamKind].section];
    if (!team || section === null || typeof section !== 'object') continue;
    for (const [name, entry] of Object.entries(section as Record<string, Readonly<Record<string, unknown>>>)) {
      resources.push(team.lower(name, entry, sections));
      if (team.lowerChildren) resources.push(...team.lowerChildren(name, entry));
    }
  }
  for (const [name, p] of Object.entries(manifest.projects ?? {})) lowerProject(name, p, ctx, resources, replicas, replicaBases);
  attachSecretManagers(resources, manifest.secretManagers);

  const out: DependencyEdge[] = [];
  const seen = new Set<string>();
  const add = (e: DependencyEdge): void => {
    const k = edgeKey(e);
    if (seen.has(k) || e.from === e.to) return;
    seen.add(k);
    out.push(e);
  };
  const declared = new Set(resources.map((r) => r.address));
  for (const r of resources) {
    if (r.parent) add({ from: r.address, to: r.parent, reason: 'parent' });
    // A server of the manifest's `servers:` is created before what is placed on it, deleted after.
    const server = r.placement ? serverAddress(r.placement.server) : undefined;
    if (server !== undefined && declared.has(server)) add({ from: r.address, to: server, reason: 'reference', via: 'server' });
    // A GitHub App, private key or cloud token named by a field (an application's `git.githubApp`,
    // a GitHub App's `privateKey`, a provisioned server's `provision.token`) that the manifest declares is created before, and deleted after, its user.
    for (const f of specFor(r.kind).fields) {
      const named = r.fields[f.path];
      if ((f.resolve !== 'githubApp' && f.resolve !== 'privateKey' && f.resolve !== 'cloudToken') || typeof named !== 'string') continue;
      const to = teamAddress(f.resolve, named);
      if (declared.has(to)) add({ from: r.address, to, reason: 'reference', via: f.label });
    }
    // A declared destination is created before, and deleted after, what is placed on it; an undeclared one stays a lookup.
    const destination = r.placement?.destination !== undefined ? teamAddress('destination', r.placement.destination) : undefined;
    if (destination !== undefined && declared.has(destination)) add({ from: r.address, to: destination, reason: 'destination', via: 'destination' });
    // So does a declared destination an extra network names (an application's `networks:`).
    for (const f of specFor(r.kind).fields) {
      const named = f.resolve === 'destination' ? r.fields[f.path] : undefined;
      const to = typeof named === 'string' ? teamAddress('destination', named) : undefined;
      if (to !== undefined && declared.has(to)) add({ from: r.address, to, reason: 'destination', via: f.label });
    }
    const s3 = r.fields['s3_storage_uuid'];
    const s3At = typeof s3 === 'string' ? asAddress(s3) : undefined;
    if (r.kind === 'backup' && s3At) add({ from: r.address, to: s3At, reason: 's3', via: 's3' });
  }
  for (const e of edges) {
    for (const from of expandReplicaAddress(e.from, replicas)) {
      for (const to of expandReplicaAddress(e.to, replicas)) add({ ...e, from, to });
    }
  }
  const state: DesiredState = { resources, edges: out, projects: Object.keys(manifest.projects ?? {}), replicaBases };
  const teamKinds = KIND_ORDER.filter((k) => specFor(k).team?.scope === 'withSection' && TEAM_KINDS[k as TeamKind].section in sections);
  if (teamKinds.length > 0) state.teamKinds = teamKinds;
  const url = asPlain(manifest.coolify?.url);
  if (url !== undefined) state.coolifyUrl = url;
  const moved = (manifest.moved ?? []).flatMap((m) => {
    const from = asAddress(asPlain(m.from) ?? '');
    const to = asAddress(asPlain(m.to) ?? '');
    return from !== undefined && to !== undefined ? [{ from, to }] : [];
  });
  if (moved.length > 0) state.moved = moved;
  return state;
}
