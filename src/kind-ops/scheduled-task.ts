/** The I/O operations of scheduled tasks, under an application or a service. */
import type { Address } from '../model/address.js';
import { taskCollectionOfOwner } from '../kinds/scheduled-task.js';
import type { ScheduledTaskApi } from '../coolify/sub-resource-apis.js';
import type { KindOps, KindOpsContext, Rec } from './types.js';
import { listedUnder, ownerAt, ownerUuidOf, SUB_RESOURCE } from './sub-resources.js';

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** The task routes of the owner of `address`: `/applications/…` or `/services/…/scheduled-tasks`. */
function tasksOf(ctx: KindOpsContext, address: Address | undefined): ScheduledTaskApi {
  return ctx.client[taskCollectionOfOwner(ownerAt(address))].scheduledTasks;
}

/** Scheduled tasks: listed per owner (application or service), addressed by name. */
export const SCHEDULED_TASK_OPS: KindOps = {
  kind: 'scheduledTask',
  ...SUB_RESOURCE,
  readBack: async (ctx, resource, uuid) =>
    ((await tasksOf(ctx, resource.address).list(ownerUuidOf(ctx, resource.address))) as Rec[]).find((x) => x.uuid === uuid) ?? { uuid },
  list: async (ctx, resource) => {
    const owner = ownerAt(resource.address);
    return listedUnder(owner, 'scheduledTask', (await tasksOf(ctx, resource.address).list(ctx.uuidOf(owner))) as Rec[], (r) => str(r.name));
  },
  remove: async (ctx, live) => {
    await tasksOf(ctx, live.address).delete(ownerUuidOf(ctx, live.address), live.uuid);
  },
  beforeRemove: null,
  afterWrite: null,
};
