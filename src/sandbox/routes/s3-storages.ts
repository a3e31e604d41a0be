import { ApiError, notFound } from '../api-error.js';
import type { SandboxRuntime } from '../options.js';
import type { Route } from '../router.js';
import { serializeS3 } from '../serialize.js';
import type { S3StorageRecord } from '../world.js';

function findS3(rt: SandboxRuntime, uuid: string | undefined): S3StorageRecord {
  const s = rt.store.world.s3Storages.find((x) => x.uuid === uuid);
  if (!s) throw notFound('S3 storage');
  return s;
}

/** Team S3 storages (key/secret hidden without read:sensitive). */
export const s3Routes: Route[] = [
  { method: 'GET', path: '/s3-storages', handler: ({ rt, sensitive }) => ({ body: rt.store.world.s3Storages.map((s) => serializeS3(s, sensitive)) }) },
  {
    method: 'POST',
    path: '/s3-storages',
    body: 'required',
    contract: 'POST /s3-storages',
    handler: ({ rt, body, sensitive }) => {
      const s: S3StorageRecord = { id: rt.store.nextId(), uuid: rt.store.uuid(), fields: { description: null, is_usable: true, ...body } };
      rt.store.world.s3Storages.push(s);
      return { status: 201, body: serializeS3(s, sensitive) };
    },
  },
  { method: 'GET', path: '/s3-storages/{uuid}', handler: ({ rt, params, sensitive }) => ({ body: serializeS3(findS3(rt, params.uuid), sensitive) }) },
  {
    method: 'PATCH',
    path: '/s3-storages/{uuid}',
    body: 'required',
    contract: 'PATCH /s3-storages/{uuid}',
    handler: ({ rt, params, body, sensitive }) => {
      const s = findS3(rt, params.uuid);
      Object.assign(s.fields, body);
      return { body: serializeS3(s, sensitive) };
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
      const s = findS3(rt, params.uuid);
      const valid = typeof s.fields.endpoint === 'string' && /^https?:\/\//.test(s.fields.endpoint) && !!s.fields.bucket;
      return { body: { valid, message: valid ? 'S3 storage is valid.' : 'S3 storage validation failed: invalid endpoint or bucket.' } };
    },
  },
];
