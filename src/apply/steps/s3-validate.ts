/**
 * An S3 storage is usable only once Coolify has checked it: `POST /s3-storages` stores
 * `is_usable: false` (S3StoragesController.php:299), and volume backups refuse a storage that is
 * not usable (VolumeBackupsController.php:231-242). `POST /s3-storages/{uuid}/validate` lists the
 * bucket with the stored credentials and saves the result (S3StoragesController.php:540-565).
 * So every create, and every update that touches the connection, ends with that check.
 */
import type { DesiredResource } from '../../model/resource.js';
import { AdoError } from '../../errors.js';
import type { ApplyRuntime } from '../runtime.js';

/** Fields whose change means the storage must be checked again. */
const CONNECTION_FIELDS = new Set(['endpoint', 'bucket', 'region', 'key', 'secret']);

/** True when an update of an S3 storage changes how Coolify connects to it. */
export function touchesConnection(changedPaths: readonly string[]): boolean {
  return changedPaths.some((p) => CONNECTION_FIELDS.has(p));
}

/**
 * Asks Coolify to check the S3 storage `uuid`; returns the step detail, or undefined for other
 * kinds. A storage Coolify finds unusable fails the step with Coolify's own reason, so the
 * backups that need it are skipped visibly instead of failing later.
 */
export async function validateS3Storage(rt: ApplyRuntime, resource: DesiredResource, uuid: string): Promise<string | undefined> {
  if (resource.kind !== 's3Storage') return undefined;
  const result = await rt.client.s3Storages.validate(uuid);
  if (result.valid !== true) {
    throw new AdoError('ADO_S3_NOT_USABLE', `Coolify cannot use S3 storage ${resource.address}: ${result.message ?? 'validation failed'}`, {
      hint: 'check the endpoint, bucket, region and credentials, then re-run apply',
    });
  }
  return 'validated by Coolify';
}
