import { ApiError } from '../api-error.js';
import type { SandboxRuntime } from '../options.js';
import type { Route } from '../router.js';
import { iso } from '../serialize-base.js';
import { serializeS3 } from '../serialize.js';
import { endpointError } from '../s3-endpoint.js';
import type { S3StorageRecord } from '../world.js';
import { firstRuleErrors, type Rule } from './server-rules.js';

// app/Http/Controllers/Api/S3StoragesController.php:262 (store) and :376 (update).
const ALLOWED = ['name', 'description', 'endpoint', 'bucket', 'region', 'key', 'secret', 'is_usable'];
// app/Support/ValidationPatterns.php:13 NAME_PATTERN, :18 DESCRIPTION_PATTERN, :103 S3_BUCKET_NAME_PATTERN.
const NAME_PATTERN = /^[\p{L}\p{M}\p{N}\s\-_.@/&()#,:+]+$/u;
const DESCRIPTION_PATTERN = /^[\p{L}\p{M}\p{N}\s\-_.,!?()'"+=*@/&]+$/u;
const BUCKET_PATTERN = /^(?=.{3,63}$)[a-z0-9][a-z0-9.-]*[a-z0-9]$/;
const BUCKET_MESSAGE =
  'The bucket must be a valid S3 bucket name: 3-63 lowercase letters, numbers, dots, or hyphens; start and end with a letter or number; no consecutive dots, dot-hyphen pairs, or IP address format.';

function findS3(rt: SandboxRuntime, uuid: string | undefined): S3StorageRecord {
  const s = rt.store.world.s3Storages.find((x) => x.uuid === uuid);
  // S3StoragesController.php:404
  if (!s) throw new ApiError(404, 'S3 storage not found.');
  return s;
}

/** app/Rules/ValidS3BucketName.php through ValidationPatterns::isValidS3BucketName (:198-209). */
function validBucket(v: unknown): boolean {
  return typeof v === 'string' && BUCKET_PATTERN.test(v) && !/\.\.|\.-|-\./.test(v) && !/^\d{1,3}(\.\d{1,3}){3}$/.test(v);
}

const str = (label: string): Rule => (v) => (typeof v === 'string' ? undefined : `The ${label} field must be a string.`);
const max = (label: string, n: number): Rule => (v) => (typeof v === 'string' && [...v].length > n ? `The ${label} field must not be greater than ${n} characters.` : undefined);

/**
 * The store/update rules (S3StoragesController.php:278-287 create, :392-401 update), checked
 * like Laravel: a missing `required` field fails, a missing `sometimes`/`nullable` one is
 * skipped; the first failing rule of a field gives its message.
 */
function ruleErrors(rt: SandboxRuntime, body: Record<string, unknown>, creating: boolean): Record<string, string[]> {
  const required = (f: string): boolean => creating && f !== 'description' && f !== 'is_usable';
  const rules: Record<string, Rule[]> = {
    // ValidationPatterns::nameRules() (:417-433): string, min:3, max:255, NAME_PATTERN.
    name: [str('name'), (v) => ([...String(v)].length < 3 ? 'The name field must be at least 3 characters.' : undefined), max('name', 255),
      (v) => (NAME_PATTERN.test(String(v)) ? undefined : 'The name field format is invalid.')],
    // ValidationPatterns::descriptionRules() (:438-453): nullable, string, max:255, DESCRIPTION_PATTERN.
    description: [str('description'), max('description', 255), (v) => (DESCRIPTION_PATTERN.test(String(v)) ? undefined : 'The description field format is invalid.')],
    // 'endpoint' => required|string|max:255 + SafeWebhookUrl
    endpoint: [str('endpoint'), max('endpoint', 255), (v) => endpointError(String(v), rt.resolveHost, `${rt.baseUrl}/settings/advanced`)],
    bucket: [(v) => (validBucket(v) ? undefined : BUCKET_MESSAGE)],
    region: [str('region'), max('region', 255)],
    key: [str('key'), max('key', 255)],
    secret: [str('secret'), max('secret', 255)],
    is_usable: [(v) => ([true, false, 0, 1, '0', '1'].includes(v as never) ? undefined : 'The is usable field must be true or false.')],
  };
  return firstRuleErrors(body, rules, required, (f) => `The ${f} field is required.`);
}

/**
 * S3StoragesController.php:51-69 validateBody: rule errors and "This field is not allowed."
 * for every field outside the allow-list, in one 422.
 */
function validateS3Body(rt: SandboxRuntime, body: Record<string, unknown>, creating: boolean): void {
  const errors = ruleErrors(rt, body, creating);
  for (const k of Object.keys(body)) if (!ALLOWED.includes(k)) (errors[k] ??= []).push('This field is not allowed.');
  if (Object.keys(errors).length > 0) throw new ApiError(422, { message: 'Validation failed.', errors });
}

/** Team S3 storages (key/secret hidden without read:sensitive). */
export const s3Routes: Route[] = [
  { method: 'GET', path: '/s3-storages', handler: ({ rt, sensitive }) => ({ body: rt.store.world.s3Storages.map((s) => serializeS3(rt, s, sensitive)) }) },
  {
    method: 'POST',
    path: '/s3-storages',
    body: 'required',
    handler: ({ rt, body }) => {
      validateS3Body(rt, body, true);
      const now = iso(rt.now());
      const s: S3StorageRecord = {
        id: rt.store.nextId(),
        uuid: rt.store.uuid(),
        fields: {
          name: body.name, bucket: body.bucket,
          // An omitted description is stored as "" (HasSafeStringAttribute strip_tags).
          description: typeof body.description === 'string' ? body.description : '',
          endpoint: body.endpoint,
          // S3StoragesController.php:299: not usable until validated.
          is_usable: body.is_usable === true || body.is_usable === 1 || body.is_usable === '1',
          key: body.key, region: body.region, secret: body.secret,
          team_id: rt.store.world.team.id, unusable_email_sent: false, created_at: now, updated_at: now,
        },
      };
      rt.store.world.s3Storages.push(s);
      // S3StoragesController.php:308-310
      return { status: 201, body: { uuid: s.uuid } };
    },
  },
  { method: 'GET', path: '/s3-storages/{uuid}', handler: ({ rt, params, sensitive }) => ({ body: serializeS3(rt, findS3(rt, params.uuid), sensitive) }) },
  {
    method: 'PATCH',
    path: '/s3-storages/{uuid}',
    body: 'required',
    handler: ({ rt, params, body }) => {
      // The body is validated before the storage is looked up (S3StoragesController.php:390-405).
      validateS3Body(rt, body, false);
      const s = findS3(rt, params.uuid);
      Object.assign(s.fields, body, { updated_at: iso(rt.now()) });
      // S3StoragesController.php:419-421
      return { body: { uuid: s.uuid } };
    },
  },
  {
    method: 'DELETE',
    path: '/s3-storages/{uuid}',
    handler: ({ rt, params }) => {
      const s = findS3(rt, params.uuid);
      if (rt.store.world.backups.some((b) => b.fields.s3_storage_id === s.id)) throw new ApiError(400, 'S3 storage is used by backup configurations.');
      rt.store.world.s3Storages = rt.store.world.s3Storages.filter((x) => x.id !== s.id);
      return { body: { message: 'S3 storage deleted.' } };
    },
  },
  {
    method: 'POST',
    path: '/s3-storages/{uuid}/validate',
    handler: ({ rt, params }) => {
      // S3StoragesController.php:540-565 and S3Storage::testConnection (app/Models/S3Storage.php:167-193):
      // the endpoint and bucket rules again, then ListObjectsV2 (always succeeds here);
      // the outcome is saved as `is_usable`.
      const s = findS3(rt, params.uuid);
      const endpoint = endpointError(String(s.fields.endpoint), rt.resolveHost, `${rt.baseUrl}/settings/advanced`);
      const error = endpoint ? `S3 endpoint is not allowed: ${endpoint}` : validBucket(s.fields.bucket) ? undefined : `S3 bucket name is not allowed: ${BUCKET_MESSAGE}`;
      s.fields.is_usable = error === undefined;
      return { body: { valid: error === undefined, message: error ?? 'S3 storage connection is valid.' } };
    },
  },
];
