/** Databases: creates per type, get/list, update, start/restart, env vars, backups. */
import { defineCases, type ConformanceCase } from '../case.js';
import { place, postgres, project } from './fixtures.js';

const DC = 'app/Http/Controllers/Api/DatabasesController.php';

/** One create case per database type the CLI creates (allow-lists at the DC lines named). */
const createLines: Array<[string, number]> = [
  ['postgresql', 1271],
  ['mysql', 1690],
  ['mariadb', 1618],
  ['mongodb', 1759],
  ['redis', 1477],
  ['keydb', 1546],
  ['clickhouse', 1340],
  ['dragonfly', 1408],
];
const creates: ConformanceCase[] = createLines.map(([type, line]) => ({
  id: `databases.create-${type}.success`,
  source: `${DC}:${line}`,
  endpoint: `POST /databases/${type}`,
  kind: 'success',
  setup: [project],
  request: { call: `POST /databases/${type}`, body: { ...place, name: '{{name}}-db', instant_deploy: false }, capture: { db: 'uuid' }, expect: { status: 201 } },
  readBack: [{ call: 'GET /databases/{{db}}', expect: { status: 200, body: { name: '{{name}}-db' } }, values: ['name', 'description', 'image', 'is_public', 'status'] }],
}));

export default defineCases([
  ...creates,
  {
    id: 'databases.create-postgresql.server-required',
    source: `${DC}:1818`,
    endpoint: 'POST /databases/postgresql',
    kind: 'rule',
    rule: 'without server_uuid the server is not found: 404 "Server not found."',
    setup: [project],
    request: { call: 'POST /databases/postgresql', body: { project_uuid: '{{project}}', environment_name: 'production', name: '{{name}}-db' }, expect: { status: 404, message: 'Server not found.' } },
  },
  {
    id: 'databases.get.success',
    source: `${DC}:319`,
    endpoint: 'GET /databases/{uuid}',
    kind: 'success',
    setup: [project, postgres],
    request: { call: 'GET /databases/{{db}}', expect: { status: 200, body: { uuid: '{{db}}' } }, values: ['name', 'postgres_user', 'postgres_db'] },
  },
  {
    id: 'databases.list.success',
    source: `${DC}:180`,
    endpoint: 'GET /databases',
    kind: 'success',
    setup: [project, postgres],
    request: { call: 'GET /databases', select: { uuid: '{{db}}' }, expect: { status: 200, body: { name: '{{name}}-pg' } }, values: ['name', 'database_type'] },
  },
  {
    id: 'databases.update.success',
    source: `${DC}:438`,
    endpoint: 'PATCH /databases/{uuid}',
    kind: 'success',
    setup: [project, postgres],
    request: { call: 'PATCH /databases/{{db}}', body: { image: 'postgres:17', limits_memory: '512m', health_check_interval: 10 }, expect: { status: 200, message: 'Database updated.' } },
    readBack: [{ call: 'GET /databases/{{db}}', expect: { status: 200, body: { image: 'postgres:17', limits_memory: '512m', health_check_interval: 10 } }, values: ['image', 'limits_memory', 'health_check_interval'] }],
  },
  {
    id: 'databases.start.success',
    source: `${DC}:3155`,
    endpoint: 'POST /databases/{uuid}/start',
    kind: 'success',
    setup: [project, postgres],
    request: { call: 'POST /databases/{{db}}/start', expect: { status: 200, message: 'Database starting request queued.' } },
  },
  {
    id: 'databases.restart.success',
    source: `${DC}:3341`,
    endpoint: 'POST /databases/{uuid}/restart',
    kind: 'success',
    setup: [project, postgres],
    request: { call: 'POST /databases/{{db}}/restart', expect: { status: 200, message: 'Database restarting request queued.' } },
  },
  {
    id: 'databases.envs-bulk.success',
    source: `${DC}:3677`,
    endpoint: 'PATCH /databases/{uuid}/envs/bulk',
    kind: 'success',
    setup: [project, postgres],
    request: { call: 'PATCH /databases/{{db}}/envs/bulk', body: { data: [{ key: 'K1', value: 'v' }] }, select: { key: 'K1' }, expect: { status: 201, body: { key: 'K1', value: 'v' } }, values: ['key', 'value', 'is_runtime', 'is_buildtime'] },
    readBack: [{ call: 'GET /databases/{{db}}/envs', select: { key: 'K1' }, expect: { status: 200, body: { value: 'v' } }, values: ['value'] }],
  },
  {
    id: 'databases.backups-create.success',
    source: `${DC}:806`,
    endpoint: 'POST /databases/{uuid}/backups',
    kind: 'success',
    setup: [project, postgres],
    request: { call: 'POST /databases/{{db}}/backups', body: { frequency: 'daily', save_s3: true, s3_storage_uuid: 'minio' }, capture: { backup: 'uuid' }, expect: { status: 201, message: 'Backup configuration created successfully.' } },
    readBack: [
      {
        call: 'GET /databases/{{db}}/backups',
        select: { uuid: '{{backup}}' },
        expect: { status: 200, body: { frequency: 'daily', save_s3: true, enabled: true } },
        values: ['frequency', 'save_s3', 'enabled', 'database_backup_retention_amount_locally', 'databases_to_backup', 'dump_all'],
      },
    ],
  },
  {
    id: 'databases.backups-create.frequency',
    source: `${DC}:868`,
    endpoint: 'POST /databases/{uuid}/backups',
    kind: 'rule',
    rule: 'frequency must be a cron expression or a named frequency',
    setup: [project, postgres],
    request: { call: 'POST /databases/{{db}}/backups', body: { frequency: 'notacron' }, expect: { status: 422, errors: ['frequency'], body: { 'errors.frequency': ['Invalid cron expression or frequency format.'] } } },
  },
  {
    id: 'databases.backups-update.success',
    source: `${DC}:1055`,
    endpoint: 'PATCH /databases/{uuid}/backups/{backup_uuid}',
    kind: 'success',
    setup: [project, postgres, { call: 'POST /databases/{{db}}/backups', body: { frequency: 'daily', save_s3: false }, capture: { backup: 'uuid' } }],
    request: { call: 'PATCH /databases/{{db}}/backups/{{backup}}', body: { frequency: 'weekly', enabled: false }, expect: { status: 200 }, values: ['message'] },
    readBack: [{ call: 'GET /databases/{{db}}/backups', select: { uuid: '{{backup}}' }, expect: { status: 200, body: { frequency: 'weekly', enabled: false } }, values: ['frequency', 'enabled'] }],
  },
  {
    id: 'databases.backups-delete.success',
    source: `${DC}:2664`,
    endpoint: 'DELETE /databases/{uuid}/backups/{backup_uuid}',
    kind: 'success',
    setup: [project, postgres, { call: 'POST /databases/{{db}}/backups', body: { frequency: 'daily', save_s3: false }, capture: { backup: 'uuid' } }],
    request: { call: 'DELETE /databases/{{db}}/backups/{{backup}}', query: { delete_s3: false }, expect: { status: 200 }, values: ['message'] },
    readBack: [{ call: 'GET /databases/{{db}}/backups', expect: { status: 200, body: { length: 0 } }, values: ['length'] }],
  },
  {
    id: 'databases.backups-executions.success',
    source: `${DC}:2918`,
    endpoint: 'GET /databases/{uuid}/backups/{backup_uuid}/executions',
    kind: 'success',
    setup: [project, postgres, { call: 'POST /databases/{{db}}/backups', body: { frequency: 'daily', save_s3: false }, capture: { backup: 'uuid' } }],
    request: { call: 'GET /databases/{{db}}/backups/{{backup}}/executions', expect: { status: 200 } },
  },
  {
    id: 'databases.delete.success',
    source: `${DC}:2573`,
    endpoint: 'DELETE /databases/{uuid}',
    kind: 'success',
    setup: [project, postgres],
    request: { call: 'DELETE /databases/{{db}}', expect: { status: 200 }, values: ['message'] },
  },
]);
