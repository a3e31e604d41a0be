/**
 * The I/O operations of an application's storages (volumes and files), with a volume's backup
 * schedule: its own request once the storage exists
 * (`PUT /applications/{uuid}/storages/{storage_uuid}/backups`, a create-or-replace), and its
 * removal before the storage is deleted (Coolify refuses to delete a volume that has one).
 */
import { isCoolifyApiError } from '../coolify/api-error.js';
import { AdoError } from '../errors.js';
import { buildStorageBackupBody } from '../kinds/payload.js';
import { storageRecords } from '../kinds/storage.js';
import type { KindOps, Rec } from './types.js';
import { listedUnder, ownerAt, ownerUuidOf, SUB_RESOURCE } from './sub-resources.js';

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** The storages of an application answer, flattened (a list or `{persistent_storages, file_storages}`). */
export function flattenStorages(answer: unknown): Rec[] {
  return answer === null || answer === undefined ? [] : storageRecords(answer, 'GET /applications/{uuid}/storages').map((s) => s.record);
}

/** Storages: listed per application; a volume's backup schedule is sent after every write. */
export const STORAGE_OPS: KindOps = {
  kind: 'storage',
  ...SUB_RESOURCE,
  readBack: async (ctx, resource, uuid) =>
    flattenStorages(await ctx.client.applications.storages.list(ownerUuidOf(ctx, resource.address))).find((x) => x.uuid === uuid) ?? { uuid },
  list: async (ctx, resource) => {
    const owner = ownerAt(resource.address);
    return listedUnder(owner, 'storage', flattenStorages(await ctx.client.applications.storages.list(ctx.uuidOf(owner))), (r) => str(r.name ?? r.mount_path));
  },
  remove: async (ctx, live) => {
    await ctx.client.applications.storages.delete(ownerUuidOf(ctx, live.address), live.uuid);
  },
  // Coolify refuses to delete a volume with a backup schedule (422, LocalPersistentVolume
  // abortIfScheduledBackupsExist): remove the schedule first. Coolify cannot tell whether one
  // exists without this call: its 404 "Storage backup schedule not found." means there is none.
  beforeRemove: async (ctx, live) => {
    try {
      await ctx.client.applications.storageBackups.delete(ownerUuidOf(ctx, live.address), live.uuid);
    } catch (err) {
      if (!(isCoolifyApiError(err) && err.status === 404)) throw err;
    }
  },
  // The declared schedule cannot be read back, so it is re-sent with every write: the PUT
  // replaces whatever Coolify holds.
  afterWrite: async (ctx, done) => {
    const body = buildStorageBackupBody(done.resource, done.pctx);
    if (!body) return {};
    if (!done.pctx.ownerUuid) throw new AdoError('ADO_APPLY_MISSING', `cannot find the owner of ${done.resource.address}`);
    await ctx.client.applications.storageBackups.set(done.pctx.ownerUuid, done.uuid, body);
    return { detail: `backup schedule ${String(body['frequency'])} set` };
  },
};
