/**
 * A storage's volume backup schedule: its own request once the storage exists
 * (`PUT /applications/{uuid}/storages/{storage_uuid}/backups`, a create-or-replace), and its
 * removal before the storage is deleted (Coolify refuses to delete a volume that has one).
 */
import type { DesiredResource } from '../../model/resource.js';
import { buildStorageBackupBody, type PayloadContext } from '../../kinds/payload.js';
import { isCoolifyApiError } from '../../coolify/api-error.js';
import { AdoError } from '../../errors.js';
import type { ApplyRuntime } from '../runtime.js';

/**
 * Sends the declared volume backup schedule of `resource` (a storage) to Coolify. Returns a
 * short detail for the step outcome, or undefined when the storage declares none.
 */
export async function sendStorageBackup(rt: ApplyRuntime, resource: DesiredResource, storageUuid: string, pctx: PayloadContext): Promise<string | undefined> {
  if (resource.kind !== 'storage') return undefined;
  const body = buildStorageBackupBody(resource, pctx);
  if (!body) return undefined;
  if (!pctx.ownerUuid) throw new AdoError('ADO_APPLY_MISSING', `cannot find the owner of ${resource.address}`);
  await rt.client.applications.storageBackups.set(pctx.ownerUuid, storageUuid, body);
  return `backup schedule ${String(body['frequency'])} set`;
}

/**
 * Deletes the volume backup schedule of a storage (and, Coolify says, its archives) so the
 * storage itself can be deleted. Coolify cannot tell whether one exists without this call:
 * its 404 "Storage backup schedule not found." means there is none.
 */
export async function deleteStorageBackup(rt: ApplyRuntime, ownerUuid: string, storageUuid: string): Promise<boolean> {
  try {
    await rt.client.applications.storageBackups.delete(ownerUuid, storageUuid);
    return true;
  } catch (err) {
    if (isCoolifyApiError(err) && err.status === 404) return false;
    throw err;
  }
}
