/** The I/O operations of scheduled database backups. */
import { ownBackupConfigs } from '../kinds/database.js';
import type { KindOps, Rec } from './types.js';
import { listedUnder, ownerAt, ownerUuidOf, SUB_RESOURCE } from './sub-resources.js';

/** Backups: listed per database; `GET /databases/{uuid}/backups` also lists other engines' (ownBackupConfigs). */
export const BACKUP_OPS: KindOps = {
  kind: 'backup',
  ...SUB_RESOURCE,
  readBack: async (ctx, resource, uuid) =>
    ((await ctx.client.databases.backups.list(ownerUuidOf(ctx, resource.address))) as Rec[]).find((b) => b.uuid === uuid) ?? { uuid },
  list: async (ctx, resource) => {
    const owner = ownerAt(resource.address);
    const engine = ctx.desiredAt(owner)?.subtype;
    // Backups have no name in Coolify: every one found stands for the resource looked for.
    return listedUnder(owner, 'backup', ownBackupConfigs(engine, await ctx.client.databases.backups.list(ctx.uuidOf(owner))), () => resource.name);
  },
  remove: async (ctx, live) => {
    await ctx.client.databases.backups.delete(ownerUuidOf(ctx, live.address), live.uuid, { deleteS3: false });
  },
  beforeRemove: null,
  afterWrite: null,
};
