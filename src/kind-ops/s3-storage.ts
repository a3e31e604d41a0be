/**
 * The I/O operations of S3 storages. A storage is usable only once Coolify has checked it:
 * `POST /s3-storages` stores `is_usable: false` (S3StoragesController.php:299), and volume
 * backups refuse a storage that is not usable (VolumeBackupsController.php:231-242).
 * `POST /s3-storages/{uuid}/validate` lists the bucket with the stored credentials and saves the
 * result (S3StoragesController.php:540-565). So every create, and every update that touches the
 * connection, ends with that check.
 */
import { AdoError } from '../errors.js';
import { S3_STORAGE_SPEC } from '../kinds/s3-storage.js';
import type { KindOps } from './types.js';
import { teamLevelOps } from './team-level.js';

/** Wire fields whose change means Coolify must check the storage again: all but its labels. */
const CONNECTION_FIELDS = new Set(S3_STORAGE_SPEC.fields.map((f) => f.path).filter((p) => p !== 'name' && p !== 'description'));

/** True when an update of an S3 storage changes how Coolify connects to it. */
export function touchesConnection(changedPaths: readonly string[]): boolean {
  return changedPaths.some((p) => CONNECTION_FIELDS.has(p));
}

/** S3 storages: team-wide, deleted at once, validated by Coolify after every connection change. */
export const S3_STORAGE_OPS: KindOps = teamLevelOps('s3Storage', async (ctx, done) => {
    if (!done.created && !touchesConnection(done.changedPaths)) return {};
    const result = await ctx.client.s3Storages.validate(done.uuid);
    if (result.valid !== true) {
      // A storage Coolify finds unusable fails the step with Coolify's own reason, so the
      // backups that need it are skipped visibly instead of failing later.
      throw new AdoError('ADO_S3_NOT_USABLE', `Coolify cannot use S3 storage ${done.resource.address}: ${result.message ?? 'validation failed'}`, {
        hint: 'check the endpoint, bucket, region and credentials, then re-run apply',
      });
    }
    return { detail: 'validated by Coolify' };
});
