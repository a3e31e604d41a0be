/** The I/O operations of an application's scheduled tasks. */
import type { KindOps, Rec } from './types.js';
import { listedUnder, ownerAt, ownerUuidOf, SUB_RESOURCE } from './sub-resources.js';

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** Scheduled tasks: listed per application, addressed by name. */
export const SCHEDULED_TASK_OPS: KindOps = {
  kind: 'scheduledTask',
  ...SUB_RESOURCE,
  readBack: async (ctx, resource, uuid) =>
    ((await ctx.client.applications.scheduledTasks.list(ownerUuidOf(ctx, resource.address))) as Rec[]).find((x) => x.uuid === uuid) ?? { uuid },
  list: async (ctx, resource) => {
    const owner = ownerAt(resource.address);
    return listedUnder(owner, 'scheduledTask', (await ctx.client.applications.scheduledTasks.list(ctx.uuidOf(owner))) as Rec[], (r) => str(r.name));
  },
  remove: async (ctx, live) => {
    await ctx.client.applications.scheduledTasks.delete(ownerUuidOf(ctx, live.address), live.uuid);
  },
  beforeRemove: null,
  afterWrite: null,
};
