/**
 * Reads one project (or, for `import --instance`, every project and team-wide list) from
 * Coolify for `import` (the I/O half; `importProject`/`importInstance` are the pure half) through the raw reader the state reader uses too (src/kinds/raw-reader.ts: the same
 * calls, the same answer checks): one list per kind, then per resource its env vars, tags
 * and (applications) the single GET with `settings`, storages and scheduled tasks.
 */
import { AdoError } from '../errors.js';
import { expectRecord } from '../kinds/answer-shape.js';
import { inferSensitiveAccess } from '../kinds/classify.js';
import type { RawReaderClient } from '../kinds/raw-client.js';
import { listedFields, listTeamKind, readEnvs, readRawLists, readRawProject, readSharedEnvs, readUnder, subReadsOf, type RawLists } from '../kinds/raw-reader.js';
import type { TeamImportLists } from '../kinds/spec.js';
import { specFor } from '../kinds/registry.js';
import { TEAM_KIND_LIST, type PlacedKind, type SubKind, type TeamKind } from '../model/address.js';
import { tagNames } from '../model/ownership.js';
import type { ApplicationSnapshot, DatabaseSnapshot, EnvironmentSnapshot, InstanceSnapshot, PlacedSnapshot, ProjectSnapshot, ServiceSnapshot, WireRecord } from './types.js';

/** The tag list of a placed resource (import reads tags; the state reader takes them from the list). */
interface TagList {
  tags: { list(uuid: string): Promise<WireRecord[]> };
}

/** The read-only client calls the import needs: the raw reads and a few more (the real CoolifyClient satisfies it). */
export interface ImportReaderClient extends RawReaderClient {
  servers: RawReaderClient['servers'] & { resources(uuid: string): Promise<WireRecord[]> };
  githubApps: { list(): Promise<WireRecord[]> };
  privateKeys: { list(): Promise<WireRecord[]> };
  applications: RawReaderClient['applications'] & TagList & { get(uuid: string): Promise<WireRecord> };
  databases: RawReaderClient['databases'] & TagList;
  services: RawReaderClient['services'] & TagList;
}

/** Which project and environments to read. */
export interface ReadSnapshotOptions {
  project: string;
  /** Environment names; empty or undefined: all. */
  environments?: string[];
}

const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

/** A list that may be forbidden or missing for this token: empty instead of failing. */
async function optional(read: () => Promise<WireRecord[]>): Promise<WireRecord[]> {
  try {
    return await read();
  } catch {
    return [];
  }
}

function findProject(projects: WireRecord[], name: string): WireRecord {
  const exact = projects.filter((p) => str(p.name) === name || str(p.uuid) === name);
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1) {
    throw new AdoError('ADO_IMPORT_AMBIGUOUS', `${exact.length} Coolify projects are named "${name}": ${exact.map((p) => str(p.uuid)).join(', ')}`, {
      hint: 'pass the uuid of the one to import with --project, or rename the others in Coolify',
    });
  }
  const known = projects.map((p) => `"${str(p.name)}"`).sort().join(', ');
  throw new AdoError('ADO_IMPORT_NO_PROJECT', `no Coolify project is named "${name}"`, {
    hint: known ? `projects this token can see: ${known}` : 'this token sees no project: check COOLIFY_URL and the token\'s team',
  });
}

async function placed(client: ImportReaderClient, kind: PlacedKind, record: WireRecord, api: TagList, serverOf: Map<string, string>): Promise<PlacedSnapshot> {
  const uuid = str(record.uuid);
  const [envs, tags] = await Promise.all([readEnvs(client, kind, uuid), optional(() => api.tags.list(uuid))]);
  const snap: PlacedSnapshot = { record, envs, tags: tagNames({ tags }) };
  const server = serverOf.get(uuid);
  if (server !== undefined) snap.server = server;
  return snap;
}

/** What every project of one import shares: the lists, and which server runs what. */
interface SharedReads {
  lists: RawLists;
  githubApps: WireRecord[];
  privateKeys: WireRecord[];
  /** Resource uuid → the name of the server it runs on (`/servers/{uuid}/resources`). */
  serverOf: Map<string, string>;
}

async function readShared(client: ImportReaderClient): Promise<SharedReads> {
  const [lists, githubApps, privateKeys] = await Promise.all([
    readRawLists(client, { teamKinds: [] }), // private keys read below, where a token may lack them
    optional(() => client.githubApps.list()),
    optional(() => client.privateKeys.list()),
  ]);
  // Which server runs what: `/servers/{uuid}/resources` names resource uuids.
  const serverOf = new Map<string, string>();
  await Promise.all(
    lists.servers.map(async (s) => {
      for (const r of await optional(() => client.servers.resources(str(s.uuid)))) serverOf.set(str(r.uuid), str(s.name));
    }),
  );
  return { lists, githubApps, privateKeys, serverOf };
}

/** Reads the project snapshot. Throws AdoError for an unknown project or environment. */
export async function readProjectSnapshot(client: ImportReaderClient, options: ReadSnapshotOptions): Promise<ProjectSnapshot> {
  const shared = await readShared(client);
  return readOneProject(client, shared, findProject(shared.lists.projects, options.project), options.environments ?? []);
}

/**
 * Reads everything the token can see for `import --instance`: every project, and the list of
 * every team-wide kind the import maps (a list the token may not read is left empty, with the
 * kind named in `unreadable`).
 */
export async function readInstanceSnapshot(client: ImportReaderClient): Promise<InstanceSnapshot> {
  const shared = await readShared(client);
  const team = { ...shared.lists.team };
  const unreadable: TeamKind[] = [];
  await Promise.all(
    TEAM_KIND_LIST.filter((k) => specFor(k).team?.scope === 'withSection').map(async (k) => {
      try {
        team[k] = await listTeamKind(client, k);
      } catch {
        unreadable.push(k);
      }
    }),
  );
  const children = await readTeamChildren(client, team);
  const projects = [...shared.lists.projects].sort((x, y) => str(x.name).localeCompare(str(y.name)) || str(x.uuid).localeCompare(str(y.uuid)));
  const snapshots = await Promise.all(projects.map((p) => readOneProject(client, shared, p, [])));
  return {
    projects: snapshots,
    team,
    teamChildren: children.children,
    ...(children.unreadable.length > 0 ? { unreadableChildren: children.unreadable } : {}),
    unreadable: unreadable.sort(),
    servers: shared.lists.servers.map((s) => str(s.name)),
    canReadSensitive: snapshots.every((s) => s.canReadSensitive) && (inferSensitiveAccess(shared.lists.databases, [], team.s3Storage) ?? true),
  };
}

/**
 * The sub-resources under each team-wide record (a server's registry logins, Coolify 4.4), by
 * the record's uuid and kind. A release without the route has none (the kind's read answers
 * empty on 404); a list this token may not read (403 without read:sensitive) is left empty and
 * its kind named in `unreadable`.
 */
async function readTeamChildren(
  client: ImportReaderClient, team: Readonly<Partial<Record<TeamKind, WireRecord[]>>>,
): Promise<{ children: Record<string, TeamImportLists>; unreadable: SubKind[] }> {
  const out: Record<string, Partial<Record<SubKind, WireRecord[]>>> = {};
  const unreadable = new Set<SubKind>();
  const reads: Array<Promise<void>> = [];
  for (const kind of TEAM_KIND_LIST) {
    const subs = subReadsOf(kind);
    if (subs.length === 0) continue;
    for (const record of team[kind] ?? []) {
      const uuid = str(record.uuid);
      for (const sub of subs) {
        reads.push(readUnder(client, sub.kind, { kind, uuid, record }).then(
          (rows) => {
            if (rows.length > 0) (out[uuid] ??= {})[sub.kind] = rows.map((c) => c.record);
          },
          () => void unreadable.add(sub.kind),
        ));
      }
    }
  }
  await Promise.all(reads);
  return { children: out, unreadable: [...unreadable].sort() };
}

async function readOneProject(client: ImportReaderClient, shared: SharedReads, summary: WireRecord, wanted: readonly string[]): Promise<ProjectSnapshot> {
  const { lists, githubApps, privateKeys, serverOf } = shared;
  const { servers, applications, databases, services } = lists;
  const s3Storages = lists.team.s3Storage;
  const projectUuid = str(summary.uuid);
  const { record: project, environments: allEnvs } = await readRawProject(client, projectUuid);
  for (const name of wanted) {
    if (!allEnvs.some((e) => str(e.name) === name)) {
      throw new AdoError('ADO_IMPORT_NO_ENVIRONMENT', `project "${str(project.name)}" has no environment "${name}"`, {
        hint: `its environments: ${allEnvs.map((e) => str(e.name)).join(', ') || 'none'}`,
      });
    }
  }
  const envs = wanted.length > 0 ? allEnvs.filter((e) => wanted.includes(str(e.name))) : allEnvs;

  const [sharedEnv, environments] = await Promise.all([
    readSharedEnvs(client, 'project', projectUuid, project),
    Promise.all(
      envs.map(async (env): Promise<EnvironmentSnapshot> => {
        const inEnv = (r: WireRecord): boolean => r.environment_id === env.id;
        const [envShared, apps, dbs, svcs] = await Promise.all([
          readSharedEnvs(client, 'environment', str(env.uuid), { ...env, project_uuid: projectUuid }),
          Promise.all(applications.filter(inEnv).map(async (a): Promise<ApplicationSnapshot> => {
            const uuid = str(a.uuid);
            const [full, storages, scheduledTasks, networks] = await Promise.all([
              client.applications.get(uuid).then((v) => expectRecord(v, `GET /applications/${uuid}`)),
              client.applications.storages.list(uuid),
              readUnder(client, 'scheduledTask', { kind: 'application', uuid, record: a }),
              // extra destinations only when the list answer counts some
              specFor('network').reads.under?.presentIn?.(a) === true ? readUnder(client, 'network', { kind: 'application', uuid, record: a }) : Promise.resolve([]),
            ]);
            return {
              ...(await placed(client, 'application', full, client.applications, serverOf)), storages, scheduledTasks: scheduledTasks.map((t) => t.record),
              networks: networks.map((n) => n.name),
            };
          })),
          Promise.all(databases.filter(inEnv).map(async (d): Promise<DatabaseSnapshot> => {
            const record = listedFields('database', d);
            const owner = { kind: 'database' as const, uuid: str(d.uuid), subtype: specFor('database').liveSubtype?.(d), record: d };
            const [snap, backups] = await Promise.all([placed(client, 'database', record, client.databases, serverOf), readUnder(client, 'backup', owner)]);
            return { ...snap, backups: backups.map((b) => b.record) };
          })),
          Promise.all(services.filter(inEnv).map(async (s): Promise<ServiceSnapshot> => {
            const owner = { kind: 'service' as const, uuid: str(s.uuid), record: s };
            // its own applications and databases (GET /services/{uuid}/applications|databases) and its scheduled tasks
            const [snap, apps, dbs, tasks] = await Promise.all([
              placed(client, 'service', s, client.services, serverOf),
              readUnder(client, 'serviceApplication', owner),
              readUnder(client, 'serviceDatabase', owner),
              readUnder(client, 'scheduledTask', owner),
            ]);
            return { ...snap, applications: apps.map((a) => a.record), databases: dbs.map((d) => d.record), scheduledTasks: tasks.map((t) => t.record) };
          })),
        ]);
        return { record: env, sharedEnv: envShared, applications: apps, databases: dbs, services: svcs };
      }),
    ),
  ]);
  const envRecords = environments.flatMap((e) => [...e.applications, ...e.services].flatMap((r) => r.envs));
  return {
    project,
    sharedEnv,
    environments,
    s3Storages,
    githubApps,
    privateKeys,
    servers: servers.map((s) => str(s.name)),
    canReadSensitive: inferSensitiveAccess(databases, envRecords, s3Storages) ?? true,
  };
}
