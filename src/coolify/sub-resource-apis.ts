/**
 * Endpoint groups that repeat under several resources: env vars, shared env vars, tags,
 * storages, storage backups and scheduled tasks.
 */
import type { Transport } from './transport.js';
import type {
  CoolifyRecord,
  DeleteFlags,
  EnvVarInput,
  EnvVarRecord,
  JsonBody,
  MessageResponse,
  ScheduledTaskRecord,
  SharedEnvRecord,
  StorageList,
  TagRecord,
  UuidResponse,
} from './types.js';

/** The three resource collections that share env, tag and storage routes. */
export type ResourceCollection = 'applications' | 'databases' | 'services';

/** Env vars of one resource kind (`/{kind}/{uuid}/envs`). */
export interface EnvApi {
  /** `GET /{kind}/{uuid}/envs`. Values only with `read:sensitive`. */
  list(uuid: string): Promise<EnvVarRecord[]>;
  /** `POST /{kind}/{uuid}/envs`; 409 if the key exists. Apps answer `{uuid}`, databases the record. */
  create(uuid: string, body: EnvVarInput): Promise<UuidResponse | EnvVarRecord>;
  /** `PATCH /{kind}/{uuid}/envs`: updates by `key` (+ `is_preview`); not partial, send the full record. */
  update(uuid: string, body: EnvVarInput): Promise<EnvVarRecord>;
  /** `PATCH /{kind}/{uuid}/envs/bulk {data}`: upsert by key, never deletes. */
  bulkUpsert(uuid: string, data: EnvVarInput[]): Promise<EnvVarRecord[]>;
  /** `DELETE /{kind}/{uuid}/envs/{envUuid}`. */
  delete(uuid: string, envUuid: string): Promise<MessageResponse>;
}

/** Creates the EnvApi of a resource collection. */
export function createEnvApi(t: Transport, kind: ResourceCollection): EnvApi {
  const base = `/${kind}/{uuid}/envs`;
  return {
    list: (uuid) => t.request({ method: 'GET', template: base, params: { uuid } }),
    create: (uuid, body) => t.request({ method: 'POST', template: base, params: { uuid }, body }),
    update: (uuid, body) => t.request({ method: 'PATCH', template: base, params: { uuid }, body }),
    bulkUpsert: (uuid, data) => t.request({ method: 'PATCH', template: `${base}/bulk`, params: { uuid }, body: { data } }),
    delete: (uuid, envUuid) => t.request({ method: 'DELETE', template: `${base}/{env_uuid}`, params: { uuid, env_uuid: envUuid } }),
  };
}

/** Shared variables of one scope (a project uuid, an environment name/uuid, a server uuid). */
export interface SharedEnvApi {
  list(scope: string): Promise<SharedEnvRecord[]>;
  /** Answers `201 {id}` only (SharedEnvironmentVariablesController.php:203-205). */
  create(scope: string, body: EnvVarInput): Promise<{ id: number }>;
  update(scope: string, envId: number | string, body: Partial<EnvVarInput>): Promise<SharedEnvRecord>;
  delete(scope: string, envId: number | string): Promise<MessageResponse>;
}

/**
 * Creates a SharedEnvApi for a template whose `{scope}` placeholder is the first argument;
 * `fixed` fills the other placeholders (e.g. the project uuid of environment shared envs).
 */
export function createSharedEnvApi(t: Transport, template: string, fixed: Record<string, string> = {}): SharedEnvApi {
  return {
    list: (scope) => t.request({ method: 'GET', template, params: { ...fixed, scope } }),
    create: (scope, body) => t.request({ method: 'POST', template, params: { ...fixed, scope }, body }),
    update: (scope, envId, body) => t.request({ method: 'PATCH', template: `${template}/{env_id}`, params: { ...fixed, scope, env_id: envId }, body }),
    delete: (scope, envId) => t.request({ method: 'DELETE', template: `${template}/{env_id}`, params: { ...fixed, scope, env_id: envId } }),
  };
}

/** Tags of one resource kind. Names are lower-cased by Coolify and need 2+ characters. */
export interface TagApi {
  list(uuid: string): Promise<TagRecord[]>;
  /** `POST /{kind}/{uuid}/tags {tag_names}`. */
  add(uuid: string, names: string[]): Promise<TagRecord[]>;
  remove(uuid: string, tagUuid: string): Promise<MessageResponse>;
}

/** Creates the TagApi of a resource collection. */
export function createTagApi(t: Transport, kind: ResourceCollection): TagApi {
  const base = `/${kind}/{uuid}/tags`;
  return {
    list: (uuid) => t.request({ method: 'GET', template: base, params: { uuid } }),
    add: (uuid, names) => t.request({ method: 'POST', template: base, params: { uuid }, body: { tag_names: names } }),
    remove: (uuid, tagUuid) => t.request({ method: 'DELETE', template: `${base}/{tag_uuid}`, params: { uuid, tag_uuid: tagUuid } }),
  };
}

/** Persistent and file storages of one resource kind. */
export interface StorageApi {
  list(uuid: string): Promise<StorageList>;
  create(uuid: string, body: JsonBody): Promise<CoolifyRecord>;
  /** `PATCH /{kind}/{uuid}/storages`: the storage is named by `uuid` inside the body. */
  update(uuid: string, body: JsonBody): Promise<CoolifyRecord>;
  delete(uuid: string, storageUuid: string): Promise<MessageResponse>;
}

/** Creates the StorageApi of a resource collection. */
export function createStorageApi(t: Transport, kind: ResourceCollection): StorageApi {
  const base = `/${kind}/{uuid}/storages`;
  return {
    list: (uuid) => t.request({ method: 'GET', template: base, params: { uuid } }),
    create: (uuid, body) => t.request({ method: 'POST', template: base, params: { uuid }, body }),
    update: (uuid, body) => t.request({ method: 'PATCH', template: base, params: { uuid }, body }),
    delete: (uuid, storageUuid) => t.request({ method: 'DELETE', template: `${base}/{storage_uuid}`, params: { uuid, storage_uuid: storageUuid } }),
  };
}

/** Volume backup schedule of one storage (write-only: Coolify has no endpoint to read it). */
export interface StorageBackupApi {
  /** `PUT …/storages/{storage_uuid}/backups`: creates or replaces the schedule. */
  set(uuid: string, storageUuid: string, body: JsonBody): Promise<CoolifyRecord>;
  delete(uuid: string, storageUuid: string): Promise<MessageResponse>;
  run(uuid: string, storageUuid: string): Promise<CoolifyRecord>;
}

/** Creates the StorageBackupApi of a resource collection. */
export function createStorageBackupApi(t: Transport, kind: ResourceCollection): StorageBackupApi {
  const base = `/${kind}/{uuid}/storages/{storage_uuid}/backups`;
  return {
    set: (uuid, storageUuid, body) => t.request({ method: 'PUT', template: base, params: { uuid, storage_uuid: storageUuid }, body }),
    delete: (uuid, storageUuid) => t.request({ method: 'DELETE', template: base, params: { uuid, storage_uuid: storageUuid } }),
    run: (uuid, storageUuid) => t.request({ method: 'POST', template: `${base}/run`, params: { uuid, storage_uuid: storageUuid } }),
  };
}

/** Scheduled tasks of applications or services. */
export interface ScheduledTaskApi {
  list(uuid: string): Promise<ScheduledTaskRecord[]>;
  create(uuid: string, body: JsonBody): Promise<ScheduledTaskRecord>;
  update(uuid: string, taskUuid: string, body: JsonBody): Promise<ScheduledTaskRecord>;
  delete(uuid: string, taskUuid: string): Promise<MessageResponse>;
  executions(uuid: string, taskUuid: string): Promise<CoolifyRecord[]>;
}

/** Creates the ScheduledTaskApi of applications or services. */
export function createScheduledTaskApi(t: Transport, kind: 'applications' | 'services'): ScheduledTaskApi {
  const base = `/${kind}/{uuid}/scheduled-tasks`;
  const one = `${base}/{task_uuid}`;
  return {
    list: (uuid) => t.request({ method: 'GET', template: base, params: { uuid } }),
    create: (uuid, body) => t.request({ method: 'POST', template: base, params: { uuid }, body }),
    update: (uuid, taskUuid, body) => t.request({ method: 'PATCH', template: one, params: { uuid, task_uuid: taskUuid }, body }),
    delete: (uuid, taskUuid) => t.request({ method: 'DELETE', template: one, params: { uuid, task_uuid: taskUuid } }),
    executions: (uuid, taskUuid) => t.request({ method: 'GET', template: `${one}/executions`, params: { uuid, task_uuid: taskUuid } }),
  };
}

/** Query of resource DELETEs; unset flags are left to Coolify's defaults (all true). */
export function deleteFlagsQuery(flags: DeleteFlags = {}): Record<string, boolean | undefined> {
  return {
    delete_configurations: flags.deleteConfigurations,
    delete_volumes: flags.deleteVolumes,
    docker_cleanup: flags.dockerCleanup,
    delete_connected_networks: flags.deleteConnectedNetworks,
  };
}
