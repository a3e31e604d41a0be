import { byUuid } from '../append-index.js';
import { ApiError, notFound, validationFailed } from '../api-error.js';
import type { SandboxRuntime } from '../options.js';
import type { Route } from '../router.js';
import { serializeBackup } from '../serialize.js';
import { databaseMorphClass, databaseTableId, type BackupRecord, type DatabaseRecord } from '../world.js';

const UNSUPPORTED = new Set(['redis', 'keydb', 'dragonfly']);
const NAMED_FREQUENCIES = new Set(['every_minute', 'hourly', 'daily', 'weekly', 'monthly', 'yearly', '@hourly', '@daily', '@weekly', '@monthly', '@yearly', '@annually', '@midnight']);
const CRON_FIELD = /^(\*|\d+(-\d+)?)(\/\d+)?(,(\*|\d+(-\d+)?)(\/\d+)?)*$/;

function isFrequency(v: string): boolean {
  if (NAMED_FREQUENCIES.has(v)) return true;
  const parts = v.trim().split(/\s+/);
  return parts.length === 5 && parts.every((p) => CRON_FIELD.test(p));
}

function findDb(rt: SandboxRuntime, uuid: string | undefined): DatabaseRecord {
  const db = byUuid(rt.store.world.databases, uuid);
  if (!db) throw notFound('Database');
  return db;
}

/**
 * The backups Coolify finds for a database: `where('database_id', $database->id)` without the
 * morph type (DatabasesController.php:271 list, :1136 update, :2684 delete, :2819 and :2936
 * executions). Backups of another engine's database with the same table id are included.
 */
export function backupsByDatabaseId(rt: SandboxRuntime, db: DatabaseRecord): BackupRecord[] {
  const id = databaseTableId(db);
  return rt.store.world.backups.filter((x) => x.database_id === id);
}

function findBackup(rt: SandboxRuntime, db: DatabaseRecord, uuid: string | undefined, what = 'Backup configuration'): BackupRecord {
  const b = backupsByDatabaseId(rt, db).find((x) => x.uuid === uuid);
  if (!b) throw notFound(what);
  return b;
}

function defaultDatabaseName(db: DatabaseRecord): string | null {
  const f = db.fields;
  const v = f.postgres_db ?? f.mysql_database ?? f.mariadb_database ?? f.mongo_initdb_database ?? null;
  return typeof v === 'string' ? v : null;
}

/** Checks and applies backup fields (frequency, S3, timeout). */
function applyBackupFields(rt: SandboxRuntime, b: BackupRecord, body: Record<string, unknown>): void {
  if (body.frequency !== undefined && (typeof body.frequency !== 'string' || !isFrequency(body.frequency))) {
    throw validationFailed({ frequency: ['Invalid cron expression or frequency format.'] });
  }
  if (body.timeout !== undefined && body.timeout !== null) {
    const t = Number(body.timeout);
    if (t < 60 || t > 36000) throw validationFailed({ timeout: ['The timeout field must be between 60 and 36000.'] });
  }
  const saveS3 = body.save_s3 ?? b.fields.save_s3;
  if (body.s3_storage_uuid !== undefined && body.s3_storage_uuid !== null) {
    const s3 = rt.store.world.s3Storages.find((s) => s.uuid === body.s3_storage_uuid);
    if (!s3) throw validationFailed({ s3_storage_uuid: ['The selected S3 storage is invalid for this team.'] });
    b.fields.s3_storage_id = s3.id;
  }
  if (saveS3 === true && !b.fields.s3_storage_id) throw validationFailed({ s3_storage_uuid: ['The s3 storage uuid field is required when save s3 is true.'] });
  for (const [k, v] of Object.entries(body)) {
    if (k === 's3_storage_uuid' || k === 'backup_now') continue;
    b.fields[k] = v;
  }
}

function runBackupNow(rt: SandboxRuntime, b: BackupRecord): void {
  const now = rt.now();
  rt.store.world.backupExecutions.push({
    id: rt.store.nextId(), uuid: rt.store.uuid(), backup_id: b.id, status: 'success', message: 'Backup done.',
    size: 1024, filename: `/data/coolify/backups/${b.uuid}/backup-${now}.dmp`, created_at: now,
  });
}

/** Database backup schedules and their executions. */
export const backupRoutes: Route[] = [
  {
    method: 'GET',
    path: '/databases/{uuid}/backups',
    handler: ({ rt, params }) => {
      const db = findDb(rt, params.uuid);
      return { body: backupsByDatabaseId(rt, db).map((b) => serializeBackup(rt, b)) };
    },
  },
  {
    method: 'POST',
    path: '/databases/{uuid}/backups',
    body: 'required',
    contract: 'POST /databases/{uuid}/backups',
    handler: ({ rt, params, body }) => {
      const db = findDb(rt, params.uuid);
      if (UNSUPPORTED.has(db.type)) throw new ApiError(422, { message: `Backups are not supported for ${db.type} databases.` });
      const now = rt.now();
      const b: BackupRecord = {
        // DatabasesController.php:946-947: database_id and the morph class of the database.
        id: rt.store.nextId(), uuid: rt.store.uuid(), database_id: databaseTableId(db), database_type: databaseMorphClass(db.type), created_at: now, updated_at: now,
        fields: {
          frequency: null, enabled: true, save_s3: false, s3_storage_id: null, dump_all: false, databases_to_backup: defaultDatabaseName(db),
          database_backup_retention_amount_locally: 0, database_backup_retention_days_locally: 0, database_backup_retention_max_storage_locally: 0,
          database_backup_retention_amount_s3: 0, database_backup_retention_days_s3: 0, database_backup_retention_max_storage_s3: 0,
          timeout: 3600, disable_local_backup: false,
        },
      };
      applyBackupFields(rt, b, body);
      rt.store.world.backups.push(b);
      if (body.backup_now === true) runBackupNow(rt, b);
      return { status: 201, body: { uuid: b.uuid, message: 'Backup configuration created successfully.' } };
    },
  },
  {
    method: 'PATCH',
    path: '/databases/{uuid}/backups/{scheduled_backup_uuid}',
    body: 'required',
    contract: 'PATCH /databases/{uuid}/backups/{scheduled_backup_uuid}',
    handler: ({ rt, params, body }) => {
      const db = findDb(rt, params.uuid);
      if (UNSUPPORTED.has(db.type)) throw new ApiError(422, { message: `Backups are not supported for ${db.type} databases.` });
      // DatabasesController.php:1136-1140: 404 "Backup config not found."
      const b = findBackup(rt, db, params.scheduled_backup_uuid, 'Backup config');
      applyBackupFields(rt, b, body);
      b.updated_at = rt.now();
      if (body.backup_now === true) runBackupNow(rt, b);
      // app/Http/Controllers/Api/DatabasesController.php:1199 (checked against the real 4.3.11).
      return { body: { message: 'Database backup configuration updated' } };
    },
  },
  {
    method: 'DELETE',
    path: '/databases/{uuid}/backups/{scheduled_backup_uuid}',
    handler: ({ rt, params }) => {
      const db = findDb(rt, params.uuid);
      const b = findBackup(rt, db, params.scheduled_backup_uuid);
      const w = rt.store.world;
      w.backups = w.backups.filter((x) => x.id !== b.id);
      w.backupExecutions = w.backupExecutions.filter((e) => e.backup_id !== b.id);
      return { body: { message: 'Backup configuration and all executions deleted.' } };
    },
  },
  {
    method: 'GET',
    path: '/databases/{uuid}/backups/{scheduled_backup_uuid}/executions',
    handler: ({ rt, params }) => {
      const b = findBackup(rt, findDb(rt, params.uuid), params.scheduled_backup_uuid);
      return { body: { executions: serializeBackup(rt, b).executions } };
    },
  },
  {
    method: 'DELETE',
    path: '/databases/{uuid}/backups/{scheduled_backup_uuid}/executions/{execution_uuid}',
    handler: ({ rt, params }) => {
      const b = findBackup(rt, findDb(rt, params.uuid), params.scheduled_backup_uuid);
      const w = rt.store.world;
      const e = w.backupExecutions.find((x) => x.backup_id === b.id && x.uuid === params.execution_uuid);
      if (!e) throw notFound('Backup execution');
      w.backupExecutions = w.backupExecutions.filter((x) => x.id !== e.id);
      return { body: { message: 'Backup execution deleted.' } };
    },
  },
];
