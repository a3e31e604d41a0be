/**
 * Reads one project from Coolify for `import` (the I/O half; `importProject` is the pure
 * half): one list per kind, like the state reader, then per resource its env vars, tags
 * and (applications) the single GET with `settings`, storages and scheduled tasks.
 */
import { AdoError } from '../errors.js';
import { databaseSubtype } from '../kinds/live-subtype.js';
import { inferSensitiveAccess } from '../kinds/classify.js';
import { ownBackupConfigs } from '../kinds/database.js';
import { tagNames } from '../model/ownership.js';
import type { ApplicationSnapshot, DatabaseSnapshot, EnvironmentSnapshot, PlacedSnapshot, ProjectSnapshot, WireRecord } from './types.js';

/** The read-only client calls the import needs (the real CoolifyClient satisfies it). */
export interface ImportReaderClient {
  projects: {
    list(): Promise<WireRecord[]>;
    get(uuid: string): Promise<WireRecord>;
    sharedEnvs: { list(projectUuid: string): Promise<WireRecord[]> };
    environmentSharedEnvs: (projectUuid: string) => { list(environmentNameOrUuid: string): Promise<WireRecord[]> };
  };
  servers: { list(): Promise<WireRecord[]>; resources(uuid: string): Promise<WireRecord[]> };
  githubApps: { list(): Promise<WireRecord[]> };
  privateKeys: { list(): Promise<WireRecord[]> };
  applications: {
    list(): Promise<WireRecord[]>;
    get(uuid: string): Promise<WireRecord>;
    envs: { list(uuid: string): Promise<WireRecord[]> };
    tags: { list(uuid: string): Promise<WireRecord[]> };
    storages: { list(uuid: string): Promise<unknown> };
    scheduledTasks: { list(uuid: string): Promise<WireRecord[]> };
  };
  databases: {
    list(): Promise<WireRecord[]>;
    envs: { list(uuid: string): Promise<WireRecord[]> };
    tags: { list(uuid: string): Promise<WireRecord[]> };
  };
  services: {
    list(): Promise<WireRecord[]>;
    envs: { list(uuid: string): Promise<WireRecord[]> };
    tags: { list(uuid: string): Promise<WireRecord[]> };
  };
  s3Storages: { list(): Promise<WireRecord[]> };
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

async function placed(record: WireRecord, api: { envs: { list(u: string): Promise<WireRecord[]> }; tags: { list(u: string): Promise<WireRecord[]> } }, serverOf: Map<string, string>): Promise<PlacedSnapshot> {
  const uuid = str(record.uuid);
  const [envs, tags] = await Promise.all([api.envs.list(uuid), optional(() => api.tags.list(uuid))]);
  const snap: PlacedSnapshot = { record, envs, tags: tagNames({ tags }) };
  const server = serverOf.get(uuid);
  if (server !== undefined) snap.server = server;
  return snap;
}

/** Reads the project snapshot. Throws AdoError for an unknown project or environment. */
export async function readProjectSnapshot(client: ImportReaderClient, options: ReadSnapshotOptions): Promise<ProjectSnapshot> {
  const [projects, servers, applications, databases, services, s3Storages, githubApps, privateKeys] = await Promise.all([
    client.projects.list(),
    client.servers.list(),
    client.applications.list(),
    client.databases.list(),
    client.services.list(),
    client.s3Storages.list(),
    optional(() => client.githubApps.list()),
    optional(() => client.privateKeys.list()),
  ]);
  const summary = findProject(projects, options.project);
  const projectUuid = str(summary.uuid);
  const project = await client.projects.get(projectUuid);
  const allEnvs = Array.isArray(project.environments) ? (project.environments as WireRecord[]) : [];
  const wanted = options.environments ?? [];
  for (const name of wanted) {
    if (!allEnvs.some((e) => str(e.name) === name)) {
      throw new AdoError('ADO_IMPORT_NO_ENVIRONMENT', `project "${str(project.name)}" has no environment "${name}"`, {
        hint: `its environments: ${allEnvs.map((e) => str(e.name)).join(', ') || 'none'}`,
      });
    }
  }
  const envs = wanted.length > 0 ? allEnvs.filter((e) => wanted.includes(str(e.name))) : allEnvs;

  // Which server runs what: `/servers/{uuid}/resources` names resource uuids.
  const serverOf = new Map<string, string>();
  await Promise.all(
    servers.map(async (s) => {
      for (const r of await optional(() => client.servers.resources(str(s.uuid)))) serverOf.set(str(r.uuid), str(s.name));
    }),
  );

  const { environmentSharedEnvs } = client.projects;
  const [sharedEnv, environments] = await Promise.all([
    client.projects.sharedEnvs.list(projectUuid),
    Promise.all(
      envs.map(async (env): Promise<EnvironmentSnapshot> => {
        const inEnv = (r: WireRecord): boolean => r.environment_id === env.id;
        const [envShared, apps, dbs, svcs] = await Promise.all([
          environmentSharedEnvs(projectUuid).list(str(env.uuid)),
          Promise.all(applications.filter(inEnv).map(async (a): Promise<ApplicationSnapshot> => {
            const uuid = str(a.uuid);
            const [full, storages, scheduledTasks] = await Promise.all([
              client.applications.get(uuid),
              client.applications.storages.list(uuid),
              client.applications.scheduledTasks.list(uuid),
            ]);
            return { ...(await placed(full, client.applications, serverOf)), storages, scheduledTasks };
          })),
          Promise.all(databases.filter(inEnv).map(async (d): Promise<DatabaseSnapshot> => {
            const { backup_configs: configs, ...record } = d;
            return { ...(await placed(record, client.databases, serverOf)), backups: ownBackupConfigs(databaseSubtype(record), configs) as WireRecord[] };
          })),
          Promise.all(services.filter(inEnv).map((s) => placed(s, client.services, serverOf))),
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
