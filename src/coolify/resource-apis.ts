/** Endpoint groups of applications, databases and services. */
import { isCoolifyApiError } from './api-error.js';
import {
  createEnvApi,
  createScheduledTaskApi,
  createStorageApi,
  createStorageBackupApi,
  createTagApi,
  deleteFlagsQuery,
  type EnvApi,
  type ScheduledTaskApi,
  type StorageApi,
  type StorageBackupApi,
  type TagApi,
} from './sub-resource-apis.js';
import type { Transport } from './transport.js';
import type {
  ApplicationRecord,
  BackupConfigRecord,
  BackupExecutionRecord,
  CreatedDatabase,
  CreatedWithDomains,
  DatabaseRecord,
  DatabaseType,
  DeleteFlags,
  JsonBody,
  LifecycleResponse,
  LogsResponse,
  MessageResponse,
  ServiceRecord,
  UuidResponse,
} from './types.js';

/** Options of application/database/service log reads. */
export interface LogsOptions {
  lines?: number;
  showTimestamps?: boolean;
}

/** `/applications` endpoints. */
export interface ApplicationsApi {
  list(opts?: { tag?: string }): Promise<ApplicationRecord[]>;
  get(uuid: string): Promise<ApplicationRecord>;
  createPublic(body: JsonBody): Promise<CreatedWithDomains>;
  createPrivateGithubApp(body: JsonBody): Promise<CreatedWithDomains>;
  createPrivateDeployKey(body: JsonBody): Promise<CreatedWithDomains>;
  createDockerfile(body: JsonBody): Promise<CreatedWithDomains>;
  createDockerImage(body: JsonBody): Promise<CreatedWithDomains>;
  update(uuid: string, body: JsonBody): Promise<UuidResponse>;
  delete(uuid: string, flags?: DeleteFlags): Promise<MessageResponse>;
  start(uuid: string, opts?: { force?: boolean; instantDeploy?: boolean }): Promise<LifecycleResponse>;
  stop(uuid: string, opts?: { dockerCleanup?: boolean }): Promise<LifecycleResponse>;
  restart(uuid: string): Promise<LifecycleResponse>;
  move(uuid: string, environmentUuid: string): Promise<MessageResponse>;
  envs: EnvApi;
  tags: TagApi;
  deletePreview(uuid: string, pullRequestId: number): Promise<MessageResponse>;
  storages: StorageApi;
  storageBackups: StorageBackupApi;
  scheduledTasks: ScheduledTaskApi;
  logs(uuid: string, opts?: LogsOptions): Promise<LogsResponse>;
  /** The images on the server an application can roll back to (`current`: the running one's tag). */
  rollbackImages(uuid: string): Promise<RollbackImagesResponse>;
  /** Queues a rollback deployment of an earlier image tag or commit. */
  rollback(uuid: string, commit: string): Promise<RollbackResponse>;
}

/** `GET /applications/{uuid}/rollback-images` (ApplicationsController.php:5468-5511). */
export interface RollbackImagesResponse {
  current: string | null;
  images: Array<{ tag: string | null; created_at: string | null; is_current: boolean }>;
}

/** `POST /applications/{uuid}/rollback`: the deployment it queued, or only a message when it was skipped. */
export interface RollbackResponse {
  message: string;
  deployment_uuid?: string;
}

/** Creates the `/applications` group. */
export function createApplicationsApi(t: Transport): ApplicationsApi {
  const one = '/applications/{uuid}';
  const create = (kind: string) => (body: JsonBody) => t.request<CreatedWithDomains>({ method: 'POST', template: `/applications/${kind}`, body });
  return {
    list: (opts = {}) => t.request({ method: 'GET', template: '/applications', query: { tag: opts.tag } }),
    get: (uuid) => t.request({ method: 'GET', template: one, params: { uuid } }),
    createPublic: create('public'),
    createPrivateGithubApp: create('private-github-app'),
    createPrivateDeployKey: create('private-deploy-key'),
    createDockerfile: create('dockerfile'),
    createDockerImage: create('dockerimage'),
    update: (uuid, body) => t.request({ method: 'PATCH', template: one, params: { uuid }, body }),
    delete: (uuid, flags) => t.request({ method: 'DELETE', template: one, params: { uuid }, query: deleteFlagsQuery(flags) }),
    start: (uuid, opts = {}) =>
      t.request({ method: 'POST', template: `${one}/start`, params: { uuid }, query: { force: opts.force, instant_deploy: opts.instantDeploy } }),
    stop: (uuid, opts = {}) => t.request({ method: 'POST', template: `${one}/stop`, params: { uuid }, query: { docker_cleanup: opts.dockerCleanup } }),
    restart: (uuid) => t.request({ method: 'POST', template: `${one}/restart`, params: { uuid } }),
    move: (uuid, environmentUuid) => t.request({ method: 'POST', template: `${one}/move`, params: { uuid }, body: { environment_uuid: environmentUuid } }),
    envs: createEnvApi(t, 'applications'),
    tags: createTagApi(t, 'applications'),
    deletePreview: (uuid, pullRequestId) =>
      t.request({ method: 'DELETE', template: `${one}/previews/{pull_request_id}`, params: { uuid, pull_request_id: pullRequestId } }),
    storages: createStorageApi(t, 'applications'),
    storageBackups: createStorageBackupApi(t, 'applications'),
    scheduledTasks: createScheduledTaskApi(t, 'applications'),
    logs: (uuid, opts = {}) => t.request({ method: 'GET', template: `${one}/logs`, params: { uuid }, query: logsQuery(opts) }),
    rollbackImages: (uuid) => t.request({ method: 'GET', template: `${one}/rollback-images`, params: { uuid } }),
    rollback: (uuid, commit) => t.request({ method: 'POST', template: `${one}/rollback`, params: { uuid }, body: { commit } }),
  };
}

/** Backup schedules of a database. */
export interface DatabaseBackupsApi {
  list(dbUuid: string): Promise<BackupConfigRecord[]>;
  create(dbUuid: string, body: JsonBody): Promise<UuidResponse>;
  update(dbUuid: string, backupUuid: string, body: JsonBody): Promise<MessageResponse>;
  delete(dbUuid: string, backupUuid: string, opts?: { deleteS3?: boolean }): Promise<MessageResponse>;
  executions(dbUuid: string, backupUuid: string): Promise<BackupExecutionRecord[] | { executions: BackupExecutionRecord[] }>;
}

/** `/databases` endpoints. start/stop treat Coolify's "already running/stopped" 400 as success. */
export interface DatabasesApi {
  list(): Promise<DatabaseRecord[]>;
  get(uuid: string): Promise<DatabaseRecord>;
  create(type: DatabaseType, body: JsonBody): Promise<CreatedDatabase>;
  update(uuid: string, body: JsonBody): Promise<MessageResponse>;
  delete(uuid: string, flags?: DeleteFlags): Promise<MessageResponse>;
  start(uuid: string): Promise<LifecycleResponse>;
  stop(uuid: string): Promise<LifecycleResponse>;
  restart(uuid: string): Promise<LifecycleResponse>;
  move(uuid: string, environmentUuid: string): Promise<MessageResponse>;
  envs: EnvApi;
  tags: TagApi;
  storages: StorageApi;
  storageBackups: StorageBackupApi;
  backups: DatabaseBackupsApi;
  logs(uuid: string, opts?: LogsOptions): Promise<LogsResponse>;
}

/** Creates the `/databases` group. */
export function createDatabasesApi(t: Transport): DatabasesApi {
  const one = '/databases/{uuid}';
  const backup = `${one}/backups/{backup_uuid}`;
  const lifecycle = (action: 'start' | 'stop', alreadyPattern: RegExp) => async (uuid: string): Promise<LifecycleResponse> => {
    try {
      return await t.request<LifecycleResponse>({ method: 'POST', template: `${one}/${action}`, params: { uuid } });
    } catch (err) {
      // Coolify's DB start/stop are not idempotent: "Database is already running." is a 400.
      if (isCoolifyApiError(err) && err.status === 400 && alreadyPattern.test(err.coolifyMessage ?? '')) {
        return { message: err.coolifyMessage ?? '', unchanged: true };
      }
      throw err;
    }
  };
  return {
    list: () => t.request({ method: 'GET', template: '/databases' }),
    get: (uuid) => t.request({ method: 'GET', template: one, params: { uuid } }),
    create: (type, body) => t.request({ method: 'POST', template: `/databases/${type}`, body }),
    update: (uuid, body) => t.request({ method: 'PATCH', template: one, params: { uuid }, body }),
    delete: (uuid, flags) => t.request({ method: 'DELETE', template: one, params: { uuid }, query: deleteFlagsQuery(flags) }),
    start: lifecycle('start', /already running/i),
    stop: lifecycle('stop', /already stopped/i),
    restart: (uuid) => t.request({ method: 'POST', template: `${one}/restart`, params: { uuid } }),
    move: (uuid, environmentUuid) => t.request({ method: 'POST', template: `${one}/move`, params: { uuid }, body: { environment_uuid: environmentUuid } }),
    envs: createEnvApi(t, 'databases'),
    tags: createTagApi(t, 'databases'),
    storages: createStorageApi(t, 'databases'),
    storageBackups: createStorageBackupApi(t, 'databases'),
    backups: {
      list: (dbUuid) => t.request({ method: 'GET', template: `${one}/backups`, params: { uuid: dbUuid } }),
      create: (dbUuid, body) => t.request({ method: 'POST', template: `${one}/backups`, params: { uuid: dbUuid }, body }),
      update: (dbUuid, backupUuid, body) => t.request({ method: 'PATCH', template: backup, params: { uuid: dbUuid, backup_uuid: backupUuid }, body }),
      delete: (dbUuid, backupUuid, opts = {}) =>
        t.request({ method: 'DELETE', template: backup, params: { uuid: dbUuid, backup_uuid: backupUuid }, query: { delete_s3: opts.deleteS3 } }),
      executions: (dbUuid, backupUuid) => t.request({ method: 'GET', template: `${backup}/executions`, params: { uuid: dbUuid, backup_uuid: backupUuid } }),
    },
    logs: (uuid, opts = {}) => t.request({ method: 'GET', template: `${one}/logs`, params: { uuid }, query: logsQuery(opts) }),
  };
}

/** `/services` endpoints. */
export interface ServicesApi {
  list(): Promise<ServiceRecord[]>;
  get(uuid: string): Promise<ServiceRecord>;
  create(body: JsonBody): Promise<CreatedWithDomains>;
  update(uuid: string, body: JsonBody): Promise<UuidResponse>;
  delete(uuid: string, flags?: DeleteFlags): Promise<MessageResponse>;
  start(uuid: string): Promise<LifecycleResponse>;
  stop(uuid: string): Promise<LifecycleResponse>;
  restart(uuid: string): Promise<LifecycleResponse>;
  move(uuid: string, environmentUuid: string): Promise<MessageResponse>;
  envs: EnvApi;
  tags: TagApi;
  storages: StorageApi;
  scheduledTasks: ScheduledTaskApi;
}

/** Creates the `/services` group. */
export function createServicesApi(t: Transport): ServicesApi {
  const one = '/services/{uuid}';
  return {
    list: () => t.request({ method: 'GET', template: '/services' }),
    get: (uuid) => t.request({ method: 'GET', template: one, params: { uuid } }),
    create: (body) => t.request({ method: 'POST', template: '/services', body }),
    update: (uuid, body) => t.request({ method: 'PATCH', template: one, params: { uuid }, body }),
    delete: (uuid, flags) => t.request({ method: 'DELETE', template: one, params: { uuid }, query: deleteFlagsQuery(flags) }),
    start: (uuid) => t.request({ method: 'POST', template: `${one}/start`, params: { uuid } }),
    stop: (uuid) => t.request({ method: 'POST', template: `${one}/stop`, params: { uuid } }),
    restart: (uuid) => t.request({ method: 'POST', template: `${one}/restart`, params: { uuid } }),
    move: (uuid, environmentUuid) => t.request({ method: 'POST', template: `${one}/move`, params: { uuid }, body: { environment_uuid: environmentUuid } }),
    envs: createEnvApi(t, 'services'),
    tags: createTagApi(t, 'services'),
    storages: createStorageApi(t, 'services'),
    scheduledTasks: createScheduledTaskApi(t, 'services'),
  };
}

function logsQuery(opts: LogsOptions): Record<string, number | boolean | undefined> {
  return { lines: opts.lines, show_timestamps: opts.showTimestamps };
}
