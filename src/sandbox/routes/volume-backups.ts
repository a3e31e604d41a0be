/**
 * Volume backup schedules of storages: `PUT`/`DELETE …/storages/{storage_uuid}/backups` and
 * `POST …/backups/run`, for applications and databases (routes/api.php:251-259, :319-327),
 * following app/Http/Controllers/Api/VolumeBackupsController.php. No route reads them back.
 */
import { ApiError, notFound, validationFailed } from '../api-error.js';
import type { SandboxRuntime } from '../options.js';
import type { Route, RouteRequest } from '../router.js';
import type { OwnerRef, StorageRecord, VolumeBackupRecord } from '../world.js';
import { kindOfSegment } from './common.js';

type Segment = 'applications' | 'databases';

/** VolumeBackupsController.php:202-216: the only accepted body keys. */
const ALLOWED = [
  'frequency', 'enabled', 'save_s3', 'disable_local_backup', 'stop_during_backup', 's3_storage_uuid',
  'retention_amount_locally', 'retention_days_locally', 'retention_max_storage_locally',
  'retention_amount_s3', 'retention_days_s3', 'retention_max_storage_s3', 'timeout',
] as const;

/** bootstrap/helpers/constants.php:24-36 VALID_CRON_STRINGS (keys accepted as frequency). */
const CRON_KEYWORDS = new Set(['every_minute', 'hourly', 'daily', 'weekly', 'monthly', 'yearly', '@hourly', '@daily', '@weekly', '@monthly', '@yearly']);
const CRON_FIELD = /^(\*|\?|[0-9A-Za-z]+(-[0-9A-Za-z]+)?)(\/[0-9]+)?(,(\*|[0-9A-Za-z]+(-[0-9A-Za-z]+)?)(\/[0-9]+)?)*$/;

/** bootstrap/helpers/shared.php:913 validate_cron_expression: a cron expression or a keyword. */
function validCron(v: string): boolean {
  if (CRON_KEYWORDS.has(v)) return true;
  const parts = v.trim().split(/\s+/);
  return parts.length === 5 && parts.every((p) => CRON_FIELD.test(p));
}

const words = (field: string): string => field.replace(/_/g, ' ');

/** Laravel's `boolean` rule: true, false, 1, 0, "1", "0" (observed: "true" is refused). */
const isLaravelBool = (v: unknown): boolean => v === true || v === false || v === 1 || v === 0 || v === '1' || v === '0';
const isNumeric = (v: unknown): boolean => (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)));
const isInteger = (v: unknown): boolean => isNumeric(v) && Number.isInteger(Number(v));
const truthy = (v: unknown): boolean => v === true || v === 1 || v === '1' || v === 'true' || v === 'on' || v === 'yes';

/** VolumeBackupsController.php:186-200: the rules, messages as the real API words them. */
function ruleErrors(body: Record<string, unknown>): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (f: string, m: string): void => void (errors[f] ??= []).push(m);
  const f = body.frequency;
  // customApiValidator: `required` reads "This field is required." (also for "" and null).
  if (f === undefined || f === null || f === '') add('frequency', 'This field is required.');
  else if (typeof f !== 'string') add('frequency', 'The frequency field must be a string.');
  else if (f.length > 255) add('frequency', 'The frequency field must not be greater than 255 characters.');
  for (const b of ['enabled', 'save_s3', 'disable_local_backup', 'stop_during_backup'] as const) {
    if (b in body && !isLaravelBool(body[b])) add(b, `The ${words(b)} field must be true or false.`);
  }
  if (body.s3_storage_uuid !== undefined && body.s3_storage_uuid !== null && typeof body.s3_storage_uuid !== 'string') {
    add('s3_storage_uuid', 'The s3 storage uuid field must be a string.');
  }
  const ranges: Array<[string, 'integer' | 'numeric', number, number]> = [
    ['retention_amount_locally', 'integer', 0, 10000],
    ['retention_days_locally', 'integer', 0, 2147483647],
    ['retention_max_storage_locally', 'numeric', 0, 9999999999],
    ['retention_amount_s3', 'integer', 0, 10000],
    ['retention_days_s3', 'integer', 0, 2147483647],
    ['retention_max_storage_s3', 'numeric', 0, 9999999999],
    ['timeout', 'integer', 60, 36000],
  ];
  for (const [field, type, min, max] of ranges) {
    if (!(field in body)) continue;
    const v = body[field];
    if (type === 'integer' ? !isInteger(v) : !isNumeric(v)) {
      add(field, `The ${words(field)} field must be ${type === 'integer' ? 'an integer' : 'a number'}.`);
    }
    // Laravel goes on after a failed type rule: min/max then measure a non-numeric string by
    // its length (observed: timeout "abc" → "must be an integer." and "must be at least 60.").
    const size = isNumeric(v) ? Number(v) : typeof v === 'string' ? v.length : Array.isArray(v) ? v.length : Number.NaN;
    if (size < min) add(field, `The ${words(field)} field must be at least ${min}.`);
    else if (size > max) add(field, `The ${words(field)} field must not be greater than ${max}.`);
  }
  return errors;
}

function list(rt: SandboxRuntime): VolumeBackupRecord[] {
  return (rt.store.world.volumeBackups ??= []);
}

/** VolumeBackupsController.php:396-404 findResource; the 404 wording depends on the action. */
function ownerOf(req: RouteRequest, segment: Segment, genericMessage: boolean): OwnerRef {
  const kind = kindOfSegment(segment);
  const w = req.rt.store.world;
  const rec = (kind === 'application' ? w.applications : w.databases).find((r) => r.uuid === req.params.uuid);
  // :149-156 upsert and :511-519 run name the kind; :363-365 destroy says "Resource not found.".
  if (!rec) throw genericMessage ? notFound('Resource') : notFound(kind === 'application' ? 'Application' : 'Database');
  return { kind, id: rec.id };
}

/** VolumeBackupsController.php:406-422 findStorage: persistent volumes, then file storages. */
function storageOf(req: RouteRequest, owner: OwnerRef): StorageRecord {
  const mine = req.rt.store.world.storages.filter((s) => s.owner.kind === owner.kind && s.owner.id === owner.id && s.uuid === req.params.storage_uuid);
  const s = mine.find((x) => x.type === 'persistent') ?? mine.find((x) => x.type === 'file');
  if (!s) throw notFound('Storage'); // :162-164, :370-372, :525-527
  return s;
}

/** VolumeBackupsController.php:424-449 responseData. */
function answer(rt: SandboxRuntime, b: VolumeBackupRecord, s: StorageRecord, created: boolean, timeoutSent: boolean): Record<string, unknown> {
  const s3 = b.s3_storage_id === null ? undefined : rt.store.world.s3Storages.find((x) => x.id === b.s3_storage_id);
  const f = b.fields;
  return {
    uuid: b.uuid,
    message: created ? 'Storage backup schedule created.' : 'Storage backup schedule updated.',
    storage_uuid: s.uuid,
    storage_type: s.type === 'file' ? 'directory' : 'persistent',
    frequency: f.frequency,
    enabled: f.enabled,
    save_s3: f.save_s3,
    disable_local_backup: f.disable_local_backup,
    stop_during_backup: f.stop_during_backup,
    s3_storage_uuid: s3?.uuid ?? null,
    retention_amount_locally: f.retention_amount_locally,
    retention_days_locally: f.retention_days_locally,
    retention_max_storage_locally: f.retention_max_storage_locally,
    retention_amount_s3: f.retention_amount_s3,
    retention_days_s3: f.retention_days_s3,
    retention_max_storage_s3: f.retention_max_storage_s3,
    // Observed on 4.3.11: a schedule created without `timeout` answers null (the model is
    // not refreshed after updateOrCreate); the row holds the default 36000
    // (migration 2026_08_15_000000).
    timeout: created && !timeoutSent ? null : f.timeout,
  };
}

function routesFor(segment: Segment): Route[] {
  const base = `/${segment}/{uuid}/storages/{storage_uuid}/backups`;
  return [
    {
      // routes/api.php:251 (applications), :319 (databases); api.ability:write.
      method: 'PUT',
      path: base,
      body: 'required', // :141 validateIncomingRequest: 400 "Empty JSON." first
      handler: (req) => {
        const owner = ownerOf(req, segment, false);
        const storage = storageOf(req, owner);
        const body = req.body;
        const errors = ruleErrors(body);
        const add = (f: string, m: string): void => void (errors[f] ??= []).push(m);
        // :218-220 keys outside the allow-list.
        for (const k of Object.keys(body)) if (!(ALLOWED as readonly string[]).includes(k)) add(k, 'This field is not allowed.');
        // :222-224 the cron check runs only when `frequency` passed its rules.
        if (!errors.frequency && !validCron(String(body.frequency))) add('frequency', 'The frequency must be a valid cron or human expression.');
        const saveToS3 = truthy(body.save_s3);
        // :227-229
        if (truthy(body.disable_local_backup) && !saveToS3) add('disable_local_backup', 'Local backups can only be disabled when S3 backups are enabled.');
        // :231-242 a usable S3 storage of the team, only when save_s3.
        const s3 = saveToS3 ? req.rt.store.world.s3Storages.find((x) => x.uuid === body.s3_storage_uuid && x.fields.is_usable === true) : undefined;
        if (saveToS3 && !s3) add('s3_storage_uuid', 'Select a usable S3 storage owned by your team.');
        // :244-246 file storages: directories only, not host files.
        if (storage.type === 'file' && (storage.fields.is_directory !== true || storage.fields.is_host_file === true)) {
          add('storage_uuid', 'Only directory file storages can be backed up.');
        }
        if (Object.keys(errors).length > 0) throw validationFailed(errors); // :168-173
        // :264-283 persistSchedule: every attribute replaced (omitted ones get their default),
        // except `timeout`, kept when not sent.
        const num = (k: string, d: number): number => (body[k] === undefined ? d : Number(body[k]));
        const fields: Record<string, unknown> = {
          frequency: body.frequency,
          enabled: body.enabled === undefined ? true : truthy(body.enabled),
          save_s3: saveToS3,
          disable_local_backup: saveToS3 && truthy(body.disable_local_backup),
          stop_during_backup: truthy(body.stop_during_backup),
          retention_amount_locally: Math.trunc(num('retention_amount_locally', 7)),
          retention_days_locally: Math.trunc(num('retention_days_locally', 0)),
          retention_max_storage_locally: num('retention_max_storage_locally', 0),
          retention_amount_s3: Math.trunc(num('retention_amount_s3', 7)),
          retention_days_s3: Math.trunc(num('retention_days_s3', 0)),
          retention_max_storage_s3: num('retention_max_storage_s3', 0),
        };
        const timeoutSent = body.timeout !== undefined;
        if (timeoutSent) fields.timeout = Math.trunc(Number(body.timeout));
        // :283 updateOrCreate on the storage's one schedule (unique per storage).
        let b = list(req.rt).find((x) => x.storage_id === storage.id);
        const created = b === undefined;
        if (!b) {
          b = { id: req.rt.store.nextId(), uuid: req.rt.store.uuid(), storage_id: storage.id, s3_storage_id: null, fields: { timeout: 36000 } };
          list(req.rt).push(b);
        }
        b.s3_storage_id = s3?.id ?? null;
        Object.assign(b.fields, fields);
        return { status: created ? 201 : 200, body: answer(req.rt, b, storage, created, timeoutSent) };
      },
    },
    {
      // routes/api.php:254, :322
      method: 'POST',
      path: `${base}/run`,
      handler: (req) => {
        const storage = storageOf(req, ownerOf(req, segment, false));
        const b = list(req.rt).find((x) => x.storage_id === storage.id);
        if (!b) throw notFound('Storage backup schedule'); // :529-532
        return { body: { message: 'Storage backup queued.', uuid: b.uuid } }; // :544-547
      },
    },
    {
      // routes/api.php:257, :325
      method: 'DELETE',
      path: base,
      handler: (req) => {
        const storage = storageOf(req, ownerOf(req, segment, true));
        const b = list(req.rt).find((x) => x.storage_id === storage.id);
        if (!b) throw notFound('Storage backup schedule'); // :374-377
        req.rt.store.world.volumeBackups = list(req.rt).filter((x) => x.id !== b.id);
        return { body: { message: 'Storage backup schedule and archives deleted.' } }; // :393
      },
    },
  ];
}

/**
 * Throws Coolify's 422 when a storage still has a volume backup schedule: it refuses to
 * delete the volume (app/Models/LocalPersistentVolume.php:60-65, LocalFileVolume.php:99-104).
 */
export function assertNoVolumeBackup(rt: SandboxRuntime, storage: StorageRecord): void {
  if (list(rt).some((b) => b.storage_id === storage.id)) {
    throw new ApiError(422, 'Delete this volume backup schedule and its archives before deleting the volume.');
  }
}

/** The volume backup routes of applications and databases. */
export const volumeBackupRoutes: Route[] = [...routesFor('applications'), ...routesFor('databases')];
