import { environmentAddress, placedAddress, projectAddress, subAddress, TEAM_KIND_LIST, teamAddress, type ResourceKind } from '../model/address.js';
import { LiveIndex } from '../model/live-index.js';
import { findMoveSource } from '../plan/move-source.js';
import { applyMovedHints } from '../plan/moved.js';
import type { DesiredResource, DesiredState, LiveDeployment, LiveEnvVar, LiveResource, LiveState } from '../model/resource.js';
import type { StateReaderClient, WireRecord } from './state-client.js';
import { isOwnedRecord, tagNames } from '../model/ownership.js';
import { expectRecord, expectRecords, expectVersion } from '../kinds/answer-shape.js';
import { inferSensitiveAccess } from '../kinds/classify.js';
import { opsFor } from '../kind-ops/registry.js';
import { specFor } from '../kinds/registry.js';
import { requestRouteAbsent, resolveRelease } from '../releases/table.js';
import { isOwnedKindRecord } from '../kinds/owned-record.js';
import { teamRecordKey } from '../kinds/spec.js';
import {
  hasEnvs,
  hasSharedEnvs,
  listedFields,
  placedLists,
  readEnvs,
  readRawLists,
  readRawProject,
  readSharedEnvs,
  readUnder,
  subReadsOf,
} from '../kinds/raw-reader.js';

/** Options for reading live state. */
export interface ReadLiveStateOptions {
  /** The Coolify base URL, recorded in the state (and so in plans). */
  coolifyUrl: string;
}

interface EnvironmentInfo {
  project: string;
  environment: string;
  projectUuid: string;
  environmentUuid: string;
}

const asString = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

/**
 * Reads the live state for the manifest's scope with the fewest requests: one list call per
 * kind, one project read per declared project (for its environments), and one env-var (or
 * shared-variable, storage, scheduled-task) list per declared resource that manages them,
 * and one deployment list per owned declared resource whose kind records deployments.
 * Database backups come from the database list. Everything else is derived. The raw reads
 * are src/kinds/raw-reader.ts's (shared with `import`); what a kind carries comes from its table.
 */
export async function readLiveState(
  client: StateReaderClient,
  desired: DesiredState,
  options: ReadLiveStateOptions,
): Promise<LiveState> {
  // a team-wide kind of scope `withSection` (private keys) is listed only for a manifest with its section
  const [version, lists] = await Promise.all([client.version().then(expectVersion), readRawLists(client, { teamKinds: desired.teamKinds ?? [] })]);
  const { projects, servers, databases } = lists;
  const s3Storages = lists.team.s3Storage;

  const declaredProjects = new Set(desired.projects);
  const resources: LiveResource[] = [];
  const envById = new Map<number, EnvironmentInfo>();

  // Project reads: one per declared project that exists (possibly several with one name).
  const inScopeProjects = projects.filter((p) => declaredProjects.has(asString(p.name)));
  const projectDetails = await Promise.all(inScopeProjects.map((p) => readRawProject(client, asString(p.uuid))));
  // Managed projects no longer declared: listed (never deleted, never read further), so
  // dropping a whole project from the manifest is not silently ignored (audit m2).
  for (const p of projects) {
    if (declaredProjects.has(asString(p.name)) || !isOwnedRecord(p)) continue;
    const { environments: _environments, ...fields } = p;
    resources.push({ kind: 'project', uuid: asString(p.uuid), name: asString(p.name), address: projectAddress(asString(p.name)), owned: true, fields });
  }
  for (const { record: project, environments: envs } of projectDetails) {
    const projectName = asString(project.name);
    const { environments: _environments, ...projectFields } = project;
    resources.push({
      kind: 'project',
      uuid: asString(project.uuid),
      name: projectName,
      address: projectAddress(projectName),
      owned: isOwnedRecord(project),
      fields: projectFields,
    });
    for (const env of envs) {
      const envName = asString(env.name);
      const info: EnvironmentInfo = {
        project: projectName,
        environment: envName,
        projectUuid: asString(project.uuid),
        environmentUuid: asString(env.uuid),
      };
      if (typeof env.id === 'number') envById.set(env.id, info);
      resources.push({
        kind: 'environment',
        uuid: asString(env.uuid),
        name: envName,
        address: environmentAddress(projectName, envName),
        owned: isOwnedRecord(env),
        fields: { ...env, project_uuid: info.projectUuid },
      });
    }
  }

  // Sub-resources under an owner, matched to the manifest entries under it: those that come
  // with the owner's list record (a database's backups) right after it, the others (an
  // application's storages and scheduled tasks) by a read of their own when declared.
  // The declared sub-resources by kind and parent address, grouped once (not one scan of the
  // manifest per live owner: 5,000 owners made that 25 million comparisons).
  const declaredUnder = new Map<string, DesiredResource[]>();
  for (const r of desired.resources) {
    if (r.parent === undefined) continue;
    const key = `${r.kind} ${r.parent}`;
    const list = declaredUnder.get(key);
    if (list) list.push(r);
    else declaredUnder.set(key, [r]);
  }
  // A sub-resource kind whose read route the connected release lacks (a server's registry
  // logins before 4.4) is not read: the request would only get Coolify's 404.
  const resolved = resolveRelease(version.trim());
  // Decided once per kind, not per owner (5,000 owners would repeat the route table walk).
  const readableKinds = new Map<ResourceKind, boolean>();
  const readable = (kind: ResourceKind): boolean => {
    let ok = readableKinds.get(kind);
    if (ok === undefined) {
      ok = !resolved.ok || !(specFor(kind).sends ?? []).some((route) => route.startsWith('GET ') && requestRouteAbsent(resolved.release, 'GET', route.slice('GET '.length)));
      readableKinds.set(kind, ok);
    }
    return ok;
  };
  const addChildren = async (owner: LiveResource, record: WireRecord, withOwner: boolean): Promise<void> => {
    const subs = subReadsOf(owner.kind).filter(({ kind, under }) => (under.ownerField !== null) === withOwner && readable(kind));
    await Promise.all(
      subs.map(async (sub) => {
        const wanted = (owner.address === undefined ? undefined : declaredUnder.get(`${sub.kind} ${owner.address}`)) ?? [];
        if (!withOwner && wanted.length === 0 && sub.under.presentIn?.(record) !== true) return;
        for (const child of await readUnder(client, sub.kind, { kind: owner.kind, uuid: owner.uuid, subtype: owner.subtype, record }, wanted)) {
          resources.push({
            kind: sub.kind,
            uuid: child.uuid,
            name: child.name,
            ...(child.subtype === undefined ? {} : { subtype: child.subtype }),
            address: subAddress(owner.address!, sub.kind, child.name),
            owned: owner.owned,
            fields: child.record,
          });
        }
      }),
    );
  };

  const listRecords = new Map<LiveResource, WireRecord>();
  const outside: LiveResource[] = [];
  for (const [kind, records] of placedLists(lists)) {
    for (const record of records) {
      const envId = record.environment_id;
      const info = typeof envId === 'number' ? envById.get(envId) : undefined;
      if (!info) {
        // Outside the manifest's projects: not our business, except the domains it holds.
        if (specFor(kind).planning?.domainsField !== undefined) {
          outside.push({ kind, uuid: asString(record.uuid), name: asString(record.name), owned: isOwnedRecord(record), fields: listedFields(kind, record) });
        }
        continue;
      }
      const name = asString(record.name);
      const live: LiveResource = {
        kind,
        uuid: asString(record.uuid),
        name,
        address: placedAddress(info.project, info.environment, kind, name),
        owned: isOwnedRecord(record),
        subtype: specFor(kind).liveSubtype?.(record),
        // listedFields already copies the record: the placement is added to that copy, not to a second one.
        fields: Object.assign(listedFields(kind, record), { environment_uuid: info.environmentUuid, project_uuid: info.projectUuid }),
        ...(Array.isArray(record.tags) ? { tags: tagNames(record) } : {}),
        status: typeof record.status === 'string' ? record.status : undefined,
      };
      resources.push(live);
      listRecords.set(live, record);
      await addChildren(live, record, true);
    }
  }

  // `moved:` hints: a renamed resource (and what was read under it) is read and planned at
  // its new address; the reads below then find its env, storages and tasks there.
  applyMovedHints(resources, desired.moved);

  for (const kind of TEAM_KIND_LIST) {
    const team = specFor(kind).team;
    for (const record of lists.team[kind]) {
      const name = asString(record.name);
      // Keyed as the kind's routes name one record (its id for Git Apps); owned by the kind's rule when it has one.
      const uuid = team ? teamRecordKey(team, record) : asString(record.uuid);
      // A kind without a description keeps no marker: its section owns every record (the reader left out Coolify's own).
      const owned = team?.owned ? team.owned(record, lists.team) : team?.markerless !== undefined || isOwnedKindRecord(kind, record);
      resources.push({ kind, uuid, name, address: teamAddress(kind, name), owned, fields: record });
    }
  }

  // Fan-out reads, only for declared resources that manage env vars, shared variables,
  // storages or scheduled tasks, and only when exactly one live resource matches.
  const index = new LiveIndex(resources);
  const envRecords: WireRecord[] = [];
  const reads: Array<Promise<void>> = [];
  const desiredAddresses = new Set(desired.resources.map((d) => d.address));
  const duplicates = new Set(index.duplicates().map(([address]) => address));
  const visited = new Set<LiveResource>();
  for (const want of desired.resources) {
    // A resource that moves to another environment diffs against its live self (ux p7): its
    // env and shared variables are read at its old address.
    const moveSource = (): LiveResource | undefined =>
      index.all(want.address).length === 0 && specFor(want.kind).planning?.movable ? findMoveSource(want, resources, desiredAddresses, duplicates) : undefined;
    const here = index.single(want.address);
    const live = here ?? moveSource();
    if (!live || visited.has(live)) continue;
    visited.add(live);
    if (want.env !== undefined && hasEnvs(live.kind)) {
      reads.push(
        readEnvs(client, live.kind, live.uuid).then((list) => {
          envRecords.push(...list);
          live.env = list.map(toLiveEnvVar);
        }),
      );
    }
    if (want.sharedEnv !== undefined && hasSharedEnvs(live.kind)) {
      reads.push(
        readSharedEnvs(client, live.kind, live.uuid, live.fields).then((list) => {
          live.sharedEnv = list.map(toLiveSharedEnvVar);
        }),
      );
    }
    if (live !== here) continue;
    if (live.owned && opsFor(live.kind).deploy?.recordsDeployments) {
      reads.push(client.deployments.forApplication(live.uuid, { take: LAST_DEPLOYMENTS }).then((answer) => {
        live.lastDeployment = lastDeployment(answer, live.uuid);
      }));
    }
    reads.push(addChildren(live, listRecords.get(live) ?? live.fields, false));
  }
  await Promise.all(reads);
  const observedAt = client.serverTime?.();

  return {
    coolifyUrl: options.coolifyUrl,
    coolifyVersion: version.trim(),
    // Nothing to infer from means nothing sensitive exists to compare: assume readable.
    canReadSensitive: inferSensitiveAccess(databases, envRecords, s3Storages) ?? true,
    resources,
    ...(outside.length > 0 ? { outside } : {}),
    lookups: {
      servers: servers.map((s) => ({
        uuid: asString(s.uuid),
        name: asString(s.name),
        ip: typeof s.ip === 'string' ? s.ip : undefined,
        proxyType: proxyTypeOf(s),
      })),
      destinations: [],
      githubApps: [],
      privateKeys: lists.team.privateKey.map((k) => ({ uuid: asString(k.uuid), name: asString(k.name) })),
    },
    ...(observedAt === undefined ? {} : { observedAt }),
  };
}

function proxyTypeOf(server: WireRecord): string | undefined {
  const proxy = server.proxy;
  if (proxy && typeof proxy === 'object' && typeof (proxy as { type?: unknown }).type === 'string') {
    return (proxy as { type: string }).type;
  }
  return typeof server.proxy_type === 'string' ? server.proxy_type : undefined;
}

/** Maps a wire env record to the LiveEnvVar shape (keeping `value` absent when it was absent). */
export function toLiveEnvVar(record: WireRecord): LiveEnvVar {
  const env: LiveEnvVar = { uuid: asString(record.uuid ?? record.id), key: asString(record.key) };
  if ('value' in record) env.value = record.value === null ? null : asString(record.value);
  for (const flag of ['is_preview', 'is_buildtime', 'is_runtime', 'is_literal', 'is_multiline', 'is_shown_once'] as const) {
    if (typeof record[flag] === 'boolean') env[flag] = record[flag] as boolean;
  }
  if (typeof record.comment === 'string' || record.comment === null) env.comment = record.comment as string | null;
  if (typeof record.updated_at === 'string') env.updatedAt = record.updated_at;
  return env;
}

/**
 * Maps a wire shared variable: addressed by its integer `id` (there is no uuid column,
 * migration 2024_01_23_113129; PATCH/DELETE look up `where('id', …)`,
 * SharedEnvironmentVariablesController.php:92-97), which becomes `LiveEnvVar.uuid`.
 */
export function toLiveSharedEnvVar(record: WireRecord): LiveEnvVar {
  return { ...toLiveEnvVar(record), uuid: asString(record.id) };
}

/** Deployments read per owned application: enough to look past a few preview deployments. */
const LAST_DEPLOYMENTS = 10;

/**
 * The newest non-preview deployment in a `GET /deployments/applications/{uuid}` answer
 * (`{count, deployments}`, newest first), or null when there is none.
 */
export function lastDeployment(answer: unknown, appUuid: string): LiveDeployment | null {
  const page = expectRecord(answer, `GET /deployments/applications/${appUuid}`, {});
  const list = page.deployments === undefined ? [] : expectRecords(page.deployments, `GET /deployments/applications/${appUuid} (deployments)`, { status: 'string' });
  const main = list.find((d) => d.pull_request_id === undefined || d.pull_request_id === null || Number(d.pull_request_id) === 0);
  if (!main) return null;
  const found: LiveDeployment = { status: asString(main.status), uuid: asString(main.deployment_uuid) };
  if (typeof main.created_at === 'string') found.createdAt = main.created_at;
  if (typeof main.updated_at === 'string') found.updatedAt = main.updated_at;
  if (main.rollback === true || main.rollback === 1) found.rollback = true;
  return found;
}
