/**
 * The sub-resource routes that repeat under databases and services (env vars, tags, storages,
 * scheduled tasks), the lifecycle actions, moves, volume backups, server shared variables,
 * deployment cancel and S3 writes. Generated per collection where the routes are the same.
 */
import { defineCases, type CaseRequest, type ConformanceCase } from '../case.js';
import { composeService, dockerImageApp, postgres, project } from './fixtures.js';

const API = 'app/Http/Controllers/Api';
const AC = `${API}/ApplicationsController.php`;
const DC = `${API}/DatabasesController.php`;
const SC = `${API}/ServicesController.php`;
const STC = `${API}/ScheduledTasksController.php`;
const TAGS = `${API}/Concerns/HandlesTagsApi.php`;
const VB = `${API}/VolumeBackupsController.php`;
const SEVC = `${API}/SharedEnvironmentVariablesController.php`;

/** A collection, how to create one owner (capturing `owner`), and its controller lines. */
interface Owner {
  kind: 'databases' | 'services';
  create: CaseRequest;
  lines: { envs: number; createEnv: number; updateEnv: number; deleteEnv: number; storages: number; createStorage: number; updateStorage: number; deleteStorage: number };
  controller: string;
}
const owners: Owner[] = [
  { kind: 'databases', create: { ...postgres, capture: { owner: 'uuid' } }, controller: DC, lines: { envs: 3441, createEnv: 3806, updateEnv: 3532, deleteEnv: 3926, storages: 4008, createStorage: 4084, updateStorage: 4334, deleteStorage: 4508 } },
  { kind: 'services', create: { ...composeService, capture: { owner: 'uuid' } }, controller: SC, lines: { envs: 1347, createEnv: 1727, updateEnv: 1451, deleteEnv: 1847, storages: 2348, createStorage: 2445, updateStorage: 2704, deleteStorage: 2908 } },
];

const addEnv: CaseRequest = { call: 'POST /{{kind}}/{{owner}}/envs', body: { key: 'SK', value: 'v' }, capture: { env: 'uuid' } };
/** For services the storage names the service's sub-application (`resource_uuid`). */
const serviceApp: CaseRequest = { call: 'GET /services/{{owner}}', capture: { sub: 'applications.0.uuid' } };

function perOwner(o: Owner): ConformanceCase[] {
  const k = o.kind;
  const base = [project, o.create];
  const f = (r: CaseRequest): CaseRequest => JSON.parse(JSON.stringify(r).replaceAll('{{kind}}', k)) as CaseRequest;
  const storageBody = k === 'services' ? { type: 'persistent', name: 'data', mount_path: '/data', resource_uuid: '{{sub}}' } : { type: 'persistent', name: 'data', mount_path: '/data' };
  const storageSetup = k === 'services' ? [...base, serviceApp] : base;
  const addStorage: CaseRequest = { call: `POST /${k}/{{owner}}/storages`, body: storageBody, capture: { storage: 'uuid' } };
  const out: ConformanceCase[] = [
    {
      id: `${k}.envs-list.success`, source: `${o.controller}:${o.lines.envs}`, endpoint: `GET /${k}/{uuid}/envs`, kind: 'success',
      setup: [...base, f(addEnv)],
      request: { call: `GET /${k}/{{owner}}/envs`, select: { key: 'SK' }, expect: { status: 200, body: { value: 'v' } }, values: ['key', 'value', 'is_literal'] },
    },
    {
      id: `${k}.envs-create.success`, source: `${o.controller}:${o.lines.createEnv}`, endpoint: `POST /${k}/{uuid}/envs`, kind: 'success',
      setup: base,
      request: { ...f(addEnv), expect: { status: 201, body: { key: 'SK', value: 'v' } }, values: ['key', 'value', 'is_literal', 'is_runtime', 'is_buildtime'] },
    },
    {
      id: `${k}.envs-update.success`, source: `${o.controller}:${o.lines.updateEnv}`, endpoint: `PATCH /${k}/{uuid}/envs`, kind: 'success',
      setup: [...base, f(addEnv)],
      request: { call: `PATCH /${k}/{{owner}}/envs`, body: { key: 'SK', value: 'w' }, expect: { status: 201, body: { key: 'SK', value: 'w' } }, values: ['key', 'value'] },
    },
    {
      id: `${k}.envs-delete.success`, source: `${o.controller}:${o.lines.deleteEnv}`, endpoint: `DELETE /${k}/{uuid}/envs/{env_uuid}`, kind: 'success',
      setup: [...base, f(addEnv)],
      request: { call: `DELETE /${k}/{{owner}}/envs/{{env}}`, expect: { status: 200 }, values: ['message'] },
      readBack: [{ call: `GET /${k}/{{owner}}/envs`, expect: { status: 200, body: { length: 0 } }, values: ['length'] }],
    },
    {
      id: `${k}.tags-add.success`, source: `${TAGS}:40`, endpoint: `POST /${k}/{uuid}/tags`, kind: 'success',
      setup: base,
      request: { call: `POST /${k}/{{owner}}/tags`, body: { tag_names: ['Cf-Tag'] }, capture: { tag: '0.uuid' }, expect: { status: 201, body: { '0.name': 'cf-tag' } }, values: ['0.name', 'length'] },
      readBack: [{ call: `GET /${k}/{{owner}}/tags`, expect: { status: 200, body: { '0.name': 'cf-tag' } }, values: ['0.name', 'length'] }],
    },
    {
      id: `${k}.tags-remove.success`, source: `${TAGS}:101`, endpoint: `DELETE /${k}/{uuid}/tags/{tag_uuid}`, kind: 'success',
      setup: [...base, { call: `POST /${k}/{{owner}}/tags`, body: { tag_names: ['cf-tag'] }, capture: { tag: '0.uuid' } }],
      request: { call: `DELETE /${k}/{{owner}}/tags/{{tag}}`, expect: { status: 200 }, values: ['message'] },
      readBack: [{ call: `GET /${k}/{{owner}}/tags`, expect: { status: 200, body: { length: 0 } }, values: ['length'] }],
    },
    {
      id: `${k}.tags-list.success`, source: `${TAGS}:23`, endpoint: `GET /${k}/{uuid}/tags`, kind: 'success',
      setup: [...base, { call: `POST /${k}/{{owner}}/tags`, body: { tag_names: ['cf-tag'] } }],
      request: { call: `GET /${k}/{{owner}}/tags`, expect: { status: 200, body: { '0.name': 'cf-tag' } }, values: ['0.name', 'length'] },
    },
    {
      id: `${k}.storages-create.success`, source: `${o.controller}:${o.lines.createStorage}`, endpoint: `POST /${k}/{uuid}/storages`, kind: 'success',
      setup: storageSetup,
      request: { ...addStorage, expect: { status: 201, body: { mount_path: '/data' } }, values: ['mount_path'] },
      readBack: [{ call: `GET /${k}/{{owner}}/storages`, selectIn: 'persistent_storages', select: { mount_path: '/data' }, expect: { status: 200, body: { mount_path: '/data' } }, values: ['mount_path'] }],
    },
    {
      id: `${k}.storages-list.success`, source: `${o.controller}:${o.lines.storages}`, endpoint: `GET /${k}/{uuid}/storages`, kind: 'success',
      setup: base,
      // A database starts with its data volume (`postgres-data-<uuid>`); a service's storages come from its compose.
      request: k === 'databases'
        ? { call: `GET /${k}/{{owner}}/storages`, selectIn: 'persistent_storages', select: { mount_path: '/var/lib/postgresql/data' }, expect: { status: 200, body: { name: 'postgres-data-{{owner}}' } }, values: ['mount_path', 'host_path'] }
        : { call: `GET /${k}/{{owner}}/storages`, expect: { status: 200, body: { persistent_storages: [], file_storages: [] } }, values: ['persistent_storages', 'file_storages'] },
    },
    {
      id: `${k}.storages-update.success`, source: `${o.controller}:${o.lines.updateStorage}`, endpoint: `PATCH /${k}/{uuid}/storages`, kind: 'success',
      setup: [...storageSetup, addStorage],
      request: k === 'databases'
        ? { call: `PATCH /${k}/{{owner}}/storages`, body: { uuid: '{{storage}}', type: 'persistent', mount_path: '/data2' }, expect: { status: 200 } }
        // app/Http/Controllers/Api/ServicesController.php:2704: a service storage is read-only but for is_preview_suffix_enabled.
        : { call: `PATCH /${k}/{{owner}}/storages`, body: { uuid: '{{storage}}', type: 'persistent', mount_path: '/data2' }, expect: { status: 422, message: 'This storage is read-only (managed by docker-compose or service definition). Only is_preview_suffix_enabled can be updated.' } },
      readBack: [{ call: `GET /${k}/{{owner}}/storages`, selectIn: 'persistent_storages', select: { uuid: '{{storage}}' }, expect: { status: 200, body: { mount_path: k === 'databases' ? '/data2' : '/data' } }, values: ['mount_path'] }],
    },
    {
      id: `${k}.storages-delete.success`, source: `${o.controller}:${o.lines.deleteStorage}`, endpoint: `DELETE /${k}/{uuid}/storages/{storage_uuid}`, kind: 'success',
      setup: [...storageSetup, addStorage],
      request: k === 'databases'
        ? { call: `DELETE /${k}/{{owner}}/storages/{{storage}}`, expect: { status: 200 }, values: ['message'] }
        : { call: `DELETE /${k}/{{owner}}/storages/{{storage}}`, expect: { status: 422, message: 'This storage is read-only (managed by docker-compose or service definition) and cannot be deleted.' } },
    },
  ];
  if (k === 'services') {
    out.push(
      {
        id: 'services.storages-create.resource-uuid-required', source: `${SC}:2445`, endpoint: 'POST /services/{uuid}/storages', kind: 'rule',
        rule: 'a service storage must name the service application or database (resource_uuid)',
        setup: base,
        request: { call: 'POST /services/{{owner}}/storages', body: { type: 'persistent', name: 'data', mount_path: '/data' }, expect: { status: 422, errors: ['resource_uuid'] } },
      },
    );
  }
  return out;
}

const appTask: CaseRequest = { call: 'POST /applications/{{app}}/scheduled-tasks', body: { name: 'nightly', command: 'echo hi', frequency: 'daily' }, capture: { task: 'uuid' } };
const svcTask: CaseRequest = { call: 'POST /services/{{owner}}/scheduled-tasks', body: { name: 'nightly', command: 'echo hi', frequency: 'daily', container: 'web' }, capture: { task: 'uuid' } };
const svc = [project, { ...composeService, capture: { owner: 'uuid' } }];
const staging: CaseRequest = { call: 'POST /projects/{{project}}/environments', body: { name: 'staging' }, capture: { env: 'uuid' } };
const appStorage: CaseRequest = { call: 'POST /applications/{{app}}/storages', body: { type: 'persistent', name: 'bk', mount_path: '/bk' }, capture: { storage: 'uuid' } };
const dbStorage: CaseRequest = { call: 'POST /databases/{{db}}/storages', body: { type: 'persistent', name: 'bk', mount_path: '/bk' }, capture: { storage: 'uuid' } };

export default defineCases([
  ...owners.flatMap(perOwner),
  // Scheduled tasks: the reads, and the service routes.
  {
    id: 'applications.scheduled-tasks-list.success', source: `${STC}:294`, endpoint: 'GET /applications/{uuid}/scheduled-tasks', kind: 'success',
    setup: [project, dockerImageApp, appTask],
    request: { call: 'GET /applications/{{app}}/scheduled-tasks', expect: { status: 200, body: { '0.name': 'nightly' } }, values: ['0.name', '0.frequency', 'length'] },
  },
  {
    id: 'applications.scheduled-tasks-executions.success', source: `${STC}:598`, endpoint: 'GET /applications/{uuid}/scheduled-tasks/{task_uuid}/executions', kind: 'success',
    setup: [project, dockerImageApp, appTask],
    request: { call: 'GET /applications/{{app}}/scheduled-tasks/{{task}}/executions', expect: { status: 200, body: { length: 0 } }, values: ['length'] },
  },
  {
    id: 'services.scheduled-tasks-create.success', source: `${STC}:736`, endpoint: 'POST /services/{uuid}/scheduled-tasks', kind: 'success',
    setup: svc,
    request: { ...svcTask, expect: { status: 201, body: { name: 'nightly', container: 'web' } }, values: ['name', 'command', 'frequency', 'container', 'enabled', 'timeout'] },
  },
  {
    id: 'services.scheduled-tasks-list.success', source: `${STC}:657`, endpoint: 'GET /services/{uuid}/scheduled-tasks', kind: 'success',
    setup: [...svc, svcTask],
    request: { call: 'GET /services/{{owner}}/scheduled-tasks', expect: { status: 200, body: { '0.name': 'nightly' } }, values: ['0.name', 'length'] },
  },
  {
    id: 'services.scheduled-tasks-update.success', source: `${STC}:823`, endpoint: 'PATCH /services/{uuid}/scheduled-tasks/{task_uuid}', kind: 'success',
    setup: [...svc, svcTask],
    request: { call: 'PATCH /services/{{owner}}/scheduled-tasks/{{task}}', body: { frequency: 'hourly' }, expect: { status: 200, body: { frequency: 'hourly' } }, values: ['frequency'] },
  },
  {
    id: 'services.scheduled-tasks-delete.success', source: `${STC}:893`, endpoint: 'DELETE /services/{uuid}/scheduled-tasks/{task_uuid}', kind: 'success',
    setup: [...svc, svcTask],
    request: { call: 'DELETE /services/{{owner}}/scheduled-tasks/{{task}}', expect: { status: 200 }, values: ['message'] },
  },
  {
    id: 'services.scheduled-tasks-executions.success', source: `${STC}:961`, endpoint: 'GET /services/{uuid}/scheduled-tasks/{task_uuid}/executions', kind: 'success',
    setup: [...svc, svcTask],
    request: { call: 'GET /services/{{owner}}/scheduled-tasks/{{task}}/executions', expect: { status: 200, body: { length: 0 } }, values: ['length'] },
  },
  // Scheduled tasks of services: the controller's rules (one ScheduledTasksController for both owners).
  {
    id: 'services.scheduled-tasks-create.required', source: `${STC}:61`, endpoint: 'POST /services/{uuid}/scheduled-tasks', kind: 'rule',
    rule: 'name, command and frequency are required',
    setup: svc,
    request: { call: 'POST /services/{{owner}}/scheduled-tasks', body: { name: 'nightly', container: 'web' }, expect: { status: 422, errors: ['command', 'frequency'] } },
    readBack: [{ call: 'GET /services/{{owner}}/scheduled-tasks', expect: { status: 200, body: { length: 0 } }, values: ['length'] }],
  },
  {
    id: 'services.scheduled-tasks-create.not-allowed', source: `${STC}:69`, endpoint: 'POST /services/{uuid}/scheduled-tasks', kind: 'rule',
    rule: 'a key outside name, command, frequency, container, timeout, enabled is "This field is not allowed."',
    setup: svc,
    request: { call: 'POST /services/{{owner}}/scheduled-tasks', body: { name: 'nightly', command: 'echo hi', frequency: 'daily', service: 'web' }, expect: { status: 422, errors: ['service'] } },
  },
  {
    id: 'services.scheduled-tasks-create.bad-cron', source: `${STC}:84`, endpoint: 'POST /services/{uuid}/scheduled-tasks', kind: 'rule',
    rule: 'the frequency must be a cron expression or one of Coolify\'s keywords',
    setup: svc,
    request: { call: 'POST /services/{{owner}}/scheduled-tasks', body: { name: 'nightly', command: 'echo hi', frequency: 'every night' }, expect: { status: 422, errors: ['frequency'] } },
    readBack: [{ call: 'GET /services/{{owner}}/scheduled-tasks', expect: { status: 200, body: { length: 0 } }, values: ['length'] }],
  },
  {
    id: 'services.scheduled-tasks-create.timeout-min', source: `${STC}:65`, endpoint: 'POST /services/{uuid}/scheduled-tasks', kind: 'rule',
    rule: 'timeout is an integer of at least 1',
    setup: svc,
    request: { call: 'POST /services/{{owner}}/scheduled-tasks', body: { name: 'nightly', command: 'echo hi', frequency: 'daily', timeout: 0 }, expect: { status: 422, errors: ['timeout'] } },
  },
  {
    id: 'services.scheduled-tasks-create.name-max', source: `${STC}:61`, endpoint: 'POST /services/{uuid}/scheduled-tasks', kind: 'rule',
    rule: 'name is at most 255 characters',
    setup: svc,
    request: { call: 'POST /services/{{owner}}/scheduled-tasks', body: { name: 'n'.repeat(256), command: 'echo hi', frequency: 'daily' }, expect: { status: 422, errors: ['name'] } },
  },
  {
    id: 'services.scheduled-tasks-create.defaults', source: `${STC}:93`, endpoint: 'POST /services/{uuid}/scheduled-tasks', kind: 'rule',
    rule: 'without container, timeout and enabled the task has container null, timeout 300 and enabled true',
    setup: svc,
    request: { call: 'POST /services/{{owner}}/scheduled-tasks', body: { name: 'nightly', command: 'echo hi', frequency: '0 3 * * *' }, expect: { status: 201, body: { container: null, timeout: 300, enabled: true } }, values: ['container', 'timeout', 'enabled', 'frequency'] },
  },
  {
    id: 'services.scheduled-tasks-create.service-not-found', source: `${STC}:744`, endpoint: 'POST /services/{uuid}/scheduled-tasks', kind: 'rule',
    rule: 'a service of another uuid is 404 "Service not found."',
    setup: [project],
    request: { call: 'POST /services/no-such-service/scheduled-tasks', body: { name: 'nightly', command: 'echo hi', frequency: 'daily' }, expect: { status: 404, message: 'Service not found.' } },
  },
  {
    id: 'services.scheduled-tasks-list.service-not-found', source: `${STC}:665`, endpoint: 'GET /services/{uuid}/scheduled-tasks', kind: 'rule',
    rule: 'the tasks of an unknown service are 404 "Service not found."',
    setup: [project],
    request: { call: 'GET /services/no-such-service/scheduled-tasks', expect: { status: 404, message: 'Service not found.' } },
  },
  {
    id: 'services.scheduled-tasks-update.bad-cron', source: `${STC}:160`, endpoint: 'PATCH /services/{uuid}/scheduled-tasks/{task_uuid}', kind: 'rule',
    rule: 'a new frequency must be a cron expression or a keyword; the task keeps its own',
    setup: [...svc, svcTask],
    request: { call: 'PATCH /services/{{owner}}/scheduled-tasks/{{task}}', body: { frequency: 'sometimes' }, expect: { status: 422, errors: ['frequency'] } },
    readBack: [{ call: 'GET /services/{{owner}}/scheduled-tasks', expect: { status: 200, body: { '0.frequency': 'daily' } }, values: ['0.frequency'] }],
  },
  {
    id: 'services.scheduled-tasks-update.empty', source: `${STC}:125`, endpoint: 'PATCH /services/{uuid}/scheduled-tasks/{task_uuid}', kind: 'rule',
    rule: 'an empty body is 400 "Empty JSON." (validateIncomingRequest, before the field rules)',
    setup: [...svc, svcTask],
    request: { call: 'PATCH /services/{{owner}}/scheduled-tasks/{{task}}', body: {}, expect: { status: 400, message: 'Invalid request.' } },
  },
  {
    id: 'services.scheduled-tasks-update.task-not-found', source: `${STC}:167`, endpoint: 'PATCH /services/{uuid}/scheduled-tasks/{task_uuid}', kind: 'rule',
    rule: 'a task the service does not have is 404 "Scheduled task not found."',
    setup: svc,
    request: { call: 'PATCH /services/{{owner}}/scheduled-tasks/no-such-task', body: { frequency: 'hourly' }, expect: { status: 404, message: 'Scheduled task not found.' } },
  },
  {
    id: 'services.scheduled-tasks-update.container', source: `${STC}:172`, endpoint: 'PATCH /services/{uuid}/scheduled-tasks/{task_uuid}', kind: 'rule',
    rule: 'PATCH changes only the fields sent: the container changes, the command stays',
    setup: [...svc, svcTask],
    request: { call: 'PATCH /services/{{owner}}/scheduled-tasks/{{task}}', body: { container: 'worker' }, expect: { status: 200, body: { container: 'worker', command: 'echo hi' } }, values: ['container', 'command'] },
  },
  {
    id: 'services.scheduled-tasks-delete.task-not-found', source: `${STC}:190`, endpoint: 'DELETE /services/{uuid}/scheduled-tasks/{task_uuid}', kind: 'rule',
    rule: 'deleting a task the service does not have is 404 "Scheduled task not found."',
    setup: svc,
    request: { call: 'DELETE /services/{{owner}}/scheduled-tasks/no-such-task', expect: { status: 404, message: 'Scheduled task not found.' } },
  },
  // Tags of applications: list and remove.
  {
    id: 'applications.tags-list.success', source: `${TAGS}:23`, endpoint: 'GET /applications/{uuid}/tags', kind: 'success',
    setup: [project, dockerImageApp, { call: 'POST /applications/{{app}}/tags', body: { tag_names: ['cf-tag'] } }],
    request: { call: 'GET /applications/{{app}}/tags', expect: { status: 200, body: { '0.name': 'cf-tag' } }, values: ['0.name', 'length'] },
  },
  {
    id: 'applications.tags-remove.success', source: `${TAGS}:101`, endpoint: 'DELETE /applications/{uuid}/tags/{tag_uuid}', kind: 'success',
    setup: [project, dockerImageApp, { call: 'POST /applications/{{app}}/tags', body: { tag_names: ['cf-tag'] }, capture: { tag: '0.uuid' } }],
    request: { call: 'DELETE /applications/{{app}}/tags/{{tag}}', expect: { status: 200 }, values: ['message'] },
  },
  // Lifecycle and moves.
  {
    id: 'applications.start.success', source: `${AC}:4042`, endpoint: 'POST /applications/{uuid}/start', kind: 'success',
    setup: [project, dockerImageApp],
    request: { call: 'POST /applications/{{app}}/start', expect: { status: 200, message: 'Deployment request queued.' }, values: ['message'] },
  },
  {
    id: 'applications.stop.success', source: `${AC}:4156`, endpoint: 'POST /applications/{uuid}/stop', kind: 'success',
    setup: [project, dockerImageApp],
    request: { call: 'POST /applications/{{app}}/stop', expect: { status: 200, message: 'Application stopping request queued.' }, values: ['message'] },
  },
  {
    id: 'applications.restart.success', source: `${AC}:4242`, endpoint: 'POST /applications/{uuid}/restart', kind: 'success',
    setup: [project, dockerImageApp],
    request: { call: 'POST /applications/{{app}}/restart', expect: { status: 200 }, values: ['message'] },
  },
  {
    id: 'applications.move.success', source: `${AC}:4361`, endpoint: 'POST /applications/{uuid}/move', kind: 'success',
    setup: [project, dockerImageApp, staging],
    request: { call: 'POST /applications/{{app}}/move', body: { environment_uuid: '{{env}}' }, expect: { status: 200, message: 'Application moved successfully.', body: { environment_uuid: '{{env}}' } }, values: ['message'] },
    readBack: [{ call: 'GET /projects/{{project}}/staging', expect: { status: 200, body: { 'applications.0.uuid': '{{app}}' } }, values: ['applications.0.name'] }],
  },
  {
    id: 'databases.stop.already-stopped', source: `${DC}:3251`, endpoint: 'POST /databases/{uuid}/stop', kind: 'success',
    rule: 'stopping a database that is not running: 400 "Database is already stopped."',
    setup: [project, postgres],
    request: { call: 'POST /databases/{{db}}/stop', expect: { status: 400, message: 'Database is already stopped.' } },
  },
  {
    id: 'databases.move.success', source: `${DC}:3037`, endpoint: 'POST /databases/{uuid}/move', kind: 'success',
    setup: [project, postgres, staging],
    request: { call: 'POST /databases/{{db}}/move', body: { environment_uuid: '{{env}}' }, expect: { status: 200 }, values: ['message'] },
  },
  {
    id: 'databases.logs.not-running', source: `${DC}:2478`, endpoint: 'GET /databases/{uuid}/logs', kind: 'success',
    realOffline: { status: 500, reason: 'reading container status needs SSH to the server' },
    setup: [project, postgres],
    request: { call: 'GET /databases/{{db}}/logs', expect: { status: 400, message: 'Database is not running.' } },
  },
  {
    id: 'services.start.success', source: `${SC}:2075`, endpoint: 'POST /services/{uuid}/start', kind: 'success',
    setup: svc,
    request: { call: 'POST /services/{{owner}}/start', expect: { status: 200, message: 'Service starting request queued.' } },
  },
  {
    id: 'services.stop.already-stopped', source: `${SC}:2170`, endpoint: 'POST /services/{uuid}/stop', kind: 'success',
    setup: svc,
    request: { call: 'POST /services/{{owner}}/stop', expect: { status: 400, message: 'Service is already stopped.' } },
  },
  {
    id: 'services.restart.success', source: `${SC}:2268`, endpoint: 'POST /services/{uuid}/restart', kind: 'success',
    setup: svc,
    request: { call: 'POST /services/{{owner}}/restart', expect: { status: 200, message: 'Service restarting request queued.' } },
  },
  {
    id: 'services.move.success', source: `${SC}:1957`, endpoint: 'POST /services/{uuid}/move', kind: 'success',
    setup: [...svc, staging],
    request: { call: 'POST /services/{{owner}}/move', body: { environment_uuid: '{{env}}' }, expect: { status: 200 }, values: ['message'] },
  },
  {
    id: 'services.delete.success', source: `${SC}:1007`, endpoint: 'DELETE /services/{uuid}', kind: 'success',
    setup: svc,
    request: { call: 'DELETE /services/{{owner}}', expect: { status: 200 }, values: ['message'] },
  },
  {
    id: 'databases.backups-list.success', source: `${DC}:255`, endpoint: 'GET /databases/{uuid}/backups', kind: 'success',
    setup: [project, postgres, { call: 'POST /databases/{{db}}/backups', body: { frequency: 'daily', save_s3: false } }],
    request: { call: 'GET /databases/{{db}}/backups', expect: { status: 200, body: { '0.frequency': 'daily' } }, values: ['0.frequency', '0.save_s3', 'length'] },
  },
  // Volume backups of storages (routes/api.php:251-259).
  {
    id: 'applications.storage-backups-set.success', source: `${VB}:134`, endpoint: 'PUT /applications/{uuid}/storages/{storage_uuid}/backups', kind: 'success',
    setup: [project, dockerImageApp, appStorage],
    request: { call: 'PUT /applications/{{app}}/storages/{{storage}}/backups', body: { frequency: 'daily' }, expect: { status: 201, message: 'Storage backup schedule created.', body: { storage_uuid: '{{storage}}', frequency: 'daily', enabled: true, save_s3: false } }, values: ['message', 'frequency', 'enabled', 'save_s3', 'storage_type'] },
  },
  {
    id: 'applications.storage-backups-run.success', source: `${VB}:502`, endpoint: 'POST /applications/{uuid}/storages/{storage_uuid}/backups/run', kind: 'success',
    setup: [project, dockerImageApp, appStorage, { call: 'PUT /applications/{{app}}/storages/{{storage}}/backups', body: { frequency: 'daily' } }],
    request: { call: 'POST /applications/{{app}}/storages/{{storage}}/backups/run', expect: { status: 200, message: 'Storage backup queued.' }, values: ['message'] },
  },
  {
    id: 'applications.storage-backups-delete.success', source: `${VB}:354`, endpoint: 'DELETE /applications/{uuid}/storages/{storage_uuid}/backups', kind: 'success',
    setup: [project, dockerImageApp, appStorage, { call: 'PUT /applications/{{app}}/storages/{{storage}}/backups', body: { frequency: 'daily' } }],
    request: { call: 'DELETE /applications/{{app}}/storages/{{storage}}/backups', expect: { status: 200, message: 'Storage backup schedule and archives deleted.' } },
  },
  {
    id: 'databases.storage-backups-set.success', source: `${VB}:134`, endpoint: 'PUT /databases/{uuid}/storages/{storage_uuid}/backups', kind: 'success',
    setup: [project, postgres, dbStorage],
    request: { call: 'PUT /databases/{{db}}/storages/{{storage}}/backups', body: { frequency: 'daily' }, expect: { status: 201, message: 'Storage backup schedule created.' }, values: ['message', 'frequency', 'enabled'] },
  },
  {
    id: 'databases.storage-backups-run.success', source: `${VB}:502`, endpoint: 'POST /databases/{uuid}/storages/{storage_uuid}/backups/run', kind: 'success',
    setup: [project, postgres, dbStorage, { call: 'PUT /databases/{{db}}/storages/{{storage}}/backups', body: { frequency: 'daily' } }],
    request: { call: 'POST /databases/{{db}}/storages/{{storage}}/backups/run', expect: { status: 200, message: 'Storage backup queued.' } },
  },
  {
    id: 'databases.storage-backups-delete.success', source: `${VB}:354`, endpoint: 'DELETE /databases/{uuid}/storages/{storage_uuid}/backups', kind: 'success',
    setup: [project, postgres, dbStorage, { call: 'PUT /databases/{{db}}/storages/{{storage}}/backups', body: { frequency: 'daily' } }],
    request: { call: 'DELETE /databases/{{db}}/storages/{{storage}}/backups', expect: { status: 200, message: 'Storage backup schedule and archives deleted.' } },
  },
  // Deployment cancel.
  {
    id: 'deployments.cancel.success', source: `${API}/DeployController.php:211`, endpoint: 'POST /deployments/{uuid}/cancel', kind: 'success',
    setup: [project, dockerImageApp, { call: 'POST /deploy', query: { uuid: '{{app}}' }, capture: { deployment: 'deployments.0.deployment_uuid' } }],
    request: { call: 'POST /deployments/{{deployment}}/cancel', expect: { status: 200 }, values: ['message'] },
    readBack: [{ call: 'GET /deployments/{{deployment}}', expect: { status: 200, body: { status: 'cancelled-by-user' } }, values: ['status'] }],
  },
  // Server shared variables on the seeded server.
  {
    id: 'server-envs.create.success', source: `${SEVC}:811`, endpoint: 'POST /servers/{scope}/envs', kind: 'success',
    request: { call: 'POST /servers/localhost/envs', body: { key: 'CF_{{key}}', value: 'v' }, capture: { envId: 'id' }, expect: { status: 201, absent: ['uuid', 'value'] } },
    readBack: [{ call: 'GET /servers/localhost/envs', select: { key: 'CF_{{key}}' }, expect: { status: 200, body: { value: 'v', type: 'server' } }, values: ['value', 'type'] }],
  },
  {
    id: 'server-envs.list.success', source: `${SEVC}:776`, endpoint: 'GET /servers/{scope}/envs', kind: 'success',
    request: { call: 'GET /servers/localhost/envs', expect: { status: 200 } },
  },
  {
    id: 'server-envs.update.by-id', source: `${SEVC}:846`, endpoint: 'PATCH /servers/{scope}/envs/{env_id}', kind: 'success',
    setup: [{ call: 'POST /servers/localhost/envs', body: { key: 'CF_{{key}}', value: 'v' }, capture: { envId: 'id' } }],
    request: { call: 'PATCH /servers/localhost/envs/{{envId}}', body: { value: 'w' }, expect: { status: 200 } },
    readBack: [{ call: 'GET /servers/localhost/envs', select: { key: 'CF_{{key}}' }, expect: { status: 200, body: { value: 'w' } }, values: ['value'] }],
  },
  {
    id: 'server-envs.delete.by-id', source: `${SEVC}:886`, endpoint: 'DELETE /servers/{scope}/envs/{env_id}', kind: 'success',
    setup: [{ call: 'POST /servers/localhost/envs', body: { key: 'CF_{{key}}', value: 'v' }, capture: { envId: 'id' } }],
    request: { call: 'DELETE /servers/localhost/envs/{{envId}}', expect: { status: 200 }, values: ['message'] },
  },
  // S3 writes: the offline real refuses every endpoint host (it cannot resolve names), so only the sandbox runs these.
  {
    id: 's3-storages.create.success', source: `${API}/S3StoragesController.php:259`, endpoint: 'POST /s3-storages', kind: 'success',
    realOffline: { status: 422, reason: 'the endpoint host must resolve to a public address; offline nothing resolves' },
    request: { call: 'POST /s3-storages', body: { name: '{{name}}-s3', region: 'us-east-1', key: 'k', secret: 's', bucket: 'cf-bucket', endpoint: 'https://s3.amazonaws.com' }, capture: { s3: 'uuid' }, expect: { status: 201, absent: ['name', 'bucket'] } },
    readBack: [{ call: 'GET /s3-storages/{{s3}}', expect: { status: 200, body: { name: '{{name}}-s3', bucket: 'cf-bucket', is_usable: false } }, values: ['name', 'bucket', 'is_usable'] }],
  },
  {
    id: 's3-storages.update.success', source: `${API}/S3StoragesController.php:374`, endpoint: 'PATCH /s3-storages/{uuid}', kind: 'success',
    realOffline: { status: 422, reason: 'no S3 storage can be created offline (endpoint resolution)' },
    setup: [{ call: 'POST /s3-storages', body: { name: '{{name}}-s3', region: 'us-east-1', key: 'k', secret: 's', bucket: 'cf-bucket', endpoint: 'https://s3.amazonaws.com' }, capture: { s3: 'uuid' } }],
    request: { call: 'PATCH /s3-storages/{{s3}}', body: { description: 'backups (eu)' }, expect: { status: 200, body: { uuid: '{{s3}}' }, absent: ['description'] } },
  },
  {
    id: 's3-storages.validate.success', source: `${API}/S3StoragesController.php:538`, endpoint: 'POST /s3-storages/{uuid}/validate', kind: 'success',
    realOffline: { status: 422, reason: 'no S3 storage can be created offline (endpoint resolution)' },
    setup: [{ call: 'POST /s3-storages', body: { name: '{{name}}-s3', region: 'us-east-1', key: 'k', secret: 's', bucket: 'cf-bucket', endpoint: 'https://s3.amazonaws.com' }, capture: { s3: 'uuid' } }],
    request: { call: 'POST /s3-storages/{{s3}}/validate', expect: { status: 200 } },
  },
  {
    id: 's3-storages.delete.success', source: `${API}/S3StoragesController.php:469`, endpoint: 'DELETE /s3-storages/{uuid}', kind: 'success',
    realOffline: { status: 422, reason: 'no S3 storage can be created offline (endpoint resolution)' },
    setup: [{ call: 'POST /s3-storages', body: { name: '{{name}}-s3', region: 'us-east-1', key: 'k', secret: 's', bucket: 'cf-bucket', endpoint: 'https://s3.amazonaws.com' }, capture: { s3: 'uuid' } }],
    request: { call: 'DELETE /s3-storages/{{s3}}', expect: { status: 200 } },
    readBack: [{ call: 'GET /s3-storages/{{s3}}', expect: { status: 404 } }],
  },
]);

