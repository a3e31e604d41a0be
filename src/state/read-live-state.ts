import {
  environmentAddress,
  placedAddress,
  projectAddress,
  s3Address,
  subAddress,
  type Address,
  type PlacedKind,
} from '../model/address.js';
import type {
  DesiredResource,
  DesiredState,
  LiveDeployment,
  LiveEnvVar,
  LiveResource,
  LiveState,
} from '../model/resource.js';
import type { StateReaderClient, WireRecord } from './state-client.js';
import { isOwnedRecord, tagNames } from '../model/ownership.js';
import { expectRecord, expectRecords, expectVersion } from './answer-shape.js';
import { inferSensitiveAccess } from '../kinds/classify.js';
import { opsFor } from '../kind-ops/registry.js';
import { applicationSubtype, databaseSubtype, serviceSubtype } from '../kinds/live-subtype.js';
import { ownBackupConfigs } from '../kinds/database.js';

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
 * Database backups come from the database list. Everything else is derived.
 */
export async function readLiveState(
  client: StateReaderClient,
  desired: DesiredState,
  options: ReadLiveStateOptions,
): Promise<LiveState> {
  const placedShape = { uuid: 'string', name: 'string', environment_id: 'number' } as const;
  const [version, projects, servers, applications, databases, services, s3Storages] = await Promise.all([
    client.version().then(expectVersion),
    client.projects.list().then((v) => expectRecords(v, 'GET /projects')),
    client.servers.list().then((v) => expectRecords(v, 'GET /servers')),
    client.applications.list().then((v) => expectRecords(v, 'GET /applications', placedShape)),
    client.databases.list().then((v) => expectRecords(v, 'GET /databases', placedShape)),
    client.services.list().then((v) => expectRecords(v, 'GET /services', placedShape)),
    client.s3Storages.list().then((v) => expectRecords(v, 'GET /s3-storages')),
  ]);

  const declaredProjects = new Set(desired.projects);
  const resources: LiveResource[] = [];
  const envById = new Map<number, EnvironmentInfo>();

  // Project reads: one per declared project that exists (possibly several with one name).
  const inScopeProjects = projects.filter((p) => declaredProjects.has(asString(p.name)));
  const projectDetails = await Promise.all(
    inScopeProjects.map((p) => client.projects.get(asString(p.uuid)).then((v) => expectRecord(v, `GET /projects/${asString(p.uuid)}`))),
  );
  for (const project of projectDetails) {
    const projectName = asString(project.name);
    const { environments, ...projectFields } = project;
    resources.push({
      kind: 'project',
      uuid: asString(project.uuid),
      name: projectName,
      address: projectAddress(projectName),
      owned: isOwnedRecord(project),
      fields: projectFields,
    });
    const envs = environments === undefined ? [] : expectRecords(environments, `GET /projects/${asString(project.uuid)} (environments)`, { uuid: 'string', name: 'string', id: 'number' });
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

  const placed = (kind: PlacedKind, record: WireRecord, subtype: string | undefined): LiveResource | undefined => {
    const envId = record.environment_id;
    const info = typeof envId === 'number' ? envById.get(envId) : undefined;
    if (!info) return undefined; // outside the manifest's projects: not our business
    const name = asString(record.name);
    const resource: LiveResource = {
      kind,
      uuid: asString(record.uuid),
      name,
      address: placedAddress(info.project, info.environment, kind, name),
      owned: isOwnedRecord(record),
      subtype,
      fields: { ...record, environment_uuid: info.environmentUuid, project_uuid: info.projectUuid },
      ...(Array.isArray(record.tags) ? { tags: tagNames(record) } : {}),
      status: typeof record.status === 'string' ? record.status : undefined,
    };
    resources.push(resource);
    return resource;
  };

  for (const app of applications) placed('application', app, applicationSubtype(app));
  for (const svc of services) placed('service', svc, serviceSubtype(svc));
  for (const db of databases) {
    const { backup_configs: backupConfigs, ...dbFields } = db;
    const live = placed('database', dbFields, databaseSubtype(db));
    if (!live?.address) continue;
    const configs = ownBackupConfigs(live.subtype, backupConfigs) as WireRecord[];
    const desiredBackups = desired.resources.filter((r) => r.kind === 'backup' && r.parent === live.address);
    // Backups have no name in Coolify: match them to the manifest by position (oldest first).
    const ordered = [...configs].sort((a, b) => Number(a.id ?? 0) - Number(b.id ?? 0));
    ordered.forEach((config, index) => {
      const name = desiredBackups[index]?.name ?? String(index);
      resources.push({
        kind: 'backup',
        uuid: asString(config.uuid),
        name,
        address: subAddress(live.address!, 'backup', name),
        owned: live.owned,
        fields: config,
      });
    });
  }

  for (const s3 of s3Storages) {
    const name = asString(s3.name);
    resources.push({
      kind: 's3Storage',
      uuid: asString(s3.uuid),
      name,
      address: s3Address(name),
      owned: isOwnedRecord(s3),
      fields: s3,
    });
  }

  // Fan-out reads, only for declared resources that manage env vars, shared variables,
  // storages or scheduled tasks, and only when exactly one live resource matches.
  const byAddress = new Map<Address, LiveResource[]>();
  for (const r of resources) if (r.address) byAddress.set(r.address, [...(byAddress.get(r.address) ?? []), r]);
  const single = (address: Address): LiveResource | undefined => {
    const found = byAddress.get(address);
    return found && found.length === 1 ? found[0] : undefined;
  };

  const envRecords: WireRecord[] = [];
  const reads: Array<Promise<void>> = [];
  for (const want of desired.resources) {
    const live = single(want.address);
    if (!live) continue;
    if (want.env !== undefined && (live.kind === 'application' || live.kind === 'database' || live.kind === 'service')) {
      const api = live.kind === 'application' ? client.applications : live.kind === 'database' ? client.databases : client.services;
      reads.push(
        api.envs.list(live.uuid).then((answer) => {
          const list = expectRecords(answer, `GET /${live.kind}s/${live.uuid}/envs`, { key: 'string' });
          envRecords.push(...list);
          live.env = list.map(toLiveEnvVar);
        }),
      );
    }
    if (want.sharedEnv !== undefined && live.kind === 'project') {
      reads.push(
        client.projects.sharedEnvs.list(live.uuid).then((answer) => {
          const list = expectRecords(answer, `GET /projects/${live.uuid}/envs`, { key: 'string' });
          live.sharedEnv = list.map(toLiveSharedEnvVar);
        }),
      );
    }
    if (want.sharedEnv !== undefined && live.kind === 'environment') {
      const projectUuid = asString(live.fields.project_uuid);
      reads.push(
        client.projects
          .environmentSharedEnvs(projectUuid)
          .list(live.uuid)
          .then((answer) => {
            const list = expectRecords(answer, `GET /projects/${projectUuid}/environments/${live.uuid}/envs`, { key: 'string' });
            live.sharedEnv = list.map(toLiveSharedEnvVar);
          }),
      );
    }
    if (live.owned && opsFor(live.kind).deploy?.recordsDeployments) {
      reads.push(client.deployments.forApplication(live.uuid, { take: LAST_DEPLOYMENTS }).then((answer) => {
        live.lastDeployment = lastDeployment(answer, live.uuid);
      }));
    }
    if (live.kind === 'application') {
      const subs = desired.resources.filter((r) => r.parent === want.address);
      if (subs.some((r) => r.kind === 'storage')) {
        const wanted = subs.filter((r) => r.kind === 'storage');
        reads.push(client.applications.storages.list(live.uuid).then((answer) => addStorages(resources, live, answer, wanted)));
      }
      if (subs.some((r) => r.kind === 'scheduledTask')) {
        reads.push(
          client.applications.scheduledTasks.list(live.uuid).then((answer) => {
            const tasks = expectRecords(answer, `GET /applications/${live.uuid}/scheduled-tasks`);
            for (const task of tasks) {
              const name = asString(task.name);
              resources.push({
                kind: 'scheduledTask',
                uuid: asString(task.uuid),
                name,
                address: subAddress(live.address!, 'scheduledTask', name),
                owned: live.owned,
                fields: task,
              });
            }
          }),
        );
      }
    }
  }
  await Promise.all(reads);

  return {
    coolifyUrl: options.coolifyUrl,
    coolifyVersion: version.trim(),
    // Nothing to infer from means nothing sensitive exists to compare: assume readable.
    canReadSensitive: inferSensitiveAccess(databases, envRecords, s3Storages) ?? true,
    resources,
    lookups: {
      servers: servers.map((s) => ({
        uuid: asString(s.uuid),
        name: asString(s.name),
        ip: typeof s.ip === 'string' ? s.ip : undefined,
        proxyType: proxyTypeOf(s),
      })),
      destinations: [],
      githubApps: [],
      privateKeys: [],
    },
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

/** Storage answers come as a list or as `{persistent_storages, file_storages}`. */
function addStorages(resources: LiveResource[], owner: LiveResource, answer: unknown, wanted: DesiredResource[]): void {
  const list: Array<{ record: WireRecord; type: 'volume' | 'file' }> = [];
  if (Array.isArray(answer)) {
    for (const r of answer as WireRecord[]) list.push({ record: r, type: 'fs_path' in r || 'content' in r ? 'file' : 'volume' });
  } else if (answer && typeof answer === 'object') {
    const a = answer as { persistent_storages?: WireRecord[]; file_storages?: WireRecord[] };
    for (const r of a.persistent_storages ?? []) list.push({ record: r, type: 'volume' });
    for (const r of a.file_storages ?? []) list.push({ record: r, type: 'file' });
  }
  for (const { record, type } of list) {
    // Coolify prefixes volume names with the app uuid; the manifest name is what follows.
    const rawName = asString(record.name ?? record.mount_path);
    const stripped = rawName.startsWith(`${owner.uuid}-`) ? rawName.slice(owner.uuid.length + 1) : rawName;
    // File storages have no name: match the manifest entry by mount path.
    const byMount = wanted.find((w) => w.fields.mount_path === record.mount_path && w.subtype === type);
    const name = wanted.some((w) => w.name === stripped) ? stripped : (byMount?.name ?? stripped);
    resources.push({
      kind: 'storage',
      uuid: asString(record.uuid ?? record.id),
      name,
      subtype: type,
      address: subAddress(owner.address!, 'storage', name),
      owned: owner.owned,
      fields: record,
    });
  }
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
  return main ? { status: asString(main.status), uuid: asString(main.deployment_uuid) } : null;
}
