/**
 * Team-level S3 storages: capability table and lowering (API-NOTES §7).
 */
import { s3Address } from '../model/address.js';
import type { DesiredResource } from '../model/resource.js';
import type { DesiredValue } from '../model/value.js';
import type { Resolved, S3StorageSpec } from '../manifest/types.js';
import { NO_READS, type KindSpec } from './spec.js';
import { field } from './field-helpers.js';
import { description } from './normalize.js';
import { setIf } from './lower-helpers.js';

const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** The S3 storage capability table; `key` and `secret` are secrets. */
export const S3_STORAGE_SPEC: KindSpec = {
  kind: 's3Storage',
  subtypeChange: 'replace',
  tags: false,
  description: true,
  descriptionHasLengthLimit: true,
  literalSecretKeys: [
    { value: ['key'], what: 'the access key' },
    { value: ['secret'], what: 'the secret key' },
  ],
  liveFqdn: null,
  planning: { keptWhenDropped: true },
  fields: [
    field('name', 'name', 'update'),
    field('description', 'description', 'update', { normalize: description }),
    field('endpoint', 'endpoint', 'update', {
      normalize: (v) => (typeof v === 'string' ? v.trim().replace(/\/+$/, '').toLowerCase() || null : v ?? null),
    }),
    field('bucket', 'bucket', 'update'),
    field('region', 'region', 'update'),
    field('key', 'key', 'update', { sensitive: true }),
    field('secret', 'secret', 'update', { sensitive: true }),
  ],
  reads: NO_READS,
  // routes/api.php:137-141 (S3StoragesController); backups refer to one by name, so every plan lists them
  team: {
    collection: '/s3-storages',
    scope: 'always',
    lower: (name, entry) => lowerS3Storage(name, entry as Resolved<S3StorageSpec>),
    importEntry: (r, secret) => ({
      endpoint: text(r.endpoint),
      bucket: text(r.bucket),
      region: text(r.region),
      key: secret('key', 'key', 'key' in r ? text(r.key) : undefined),
      secret: secret('secret', 'secret', 'secret' in r ? text(r.secret) : undefined),
    }),
  },
};

/** Lowers one S3 storage entry. */
export function lowerS3Storage(name: string, s3: Resolved<S3StorageSpec>): DesiredResource {
  const fields: Record<string, DesiredValue> = {
    name,
    endpoint: s3.endpoint,
    bucket: s3.bucket,
    region: s3.region,
    key: s3.key,
    secret: s3.secret,
  };
  setIf(fields, 'description', s3.description);
  return { address: s3Address(name), kind: 's3Storage', name, fields, protect: s3.protect ?? false, ignoreChanges: [] };
}
