/**
 * The I/O operations of an application's extra networks (routes/api.php:270-272). The live
 * record's uuid is the destination's, which is also what the detach names
 * (`DELETE /applications/{uuid}/destinations/{destination_uuid}`, ApplicationsController.php:5823).
 */
import type { KindOps, Rec } from './types.js';
import { listedUnder, ownerAt, ownerUuidOf, SUB_RESOURCE } from './sub-resources.js';
import type { KindOpsContext } from './types.js';

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** The application's extra destinations (`is_primary: false`). */
async function extra(ctx: KindOpsContext, appUuid: string): Promise<Rec[]> {
  const all = (await ctx.client.send({ method: 'GET', template: '/applications/{uuid}/destinations', params: { uuid: appUuid } })) as Rec[];
  return all.filter((r) => r.is_primary !== true);
}

/** Extra networks: listed per application, addressed by the destination's name. */
export const NETWORK_OPS: KindOps = {
  kind: 'network',
  ...SUB_RESOURCE,
  readBack: async (ctx, resource, uuid) => (await extra(ctx, ownerUuidOf(ctx, resource.address))).find((x) => x.uuid === uuid) ?? { uuid },
  list: async (ctx, resource) => {
    const owner = ownerAt(resource.address);
    return listedUnder(owner, 'network', await extra(ctx, ctx.uuidOf(owner)), (r) => str(r.name));
  },
  remove: async (ctx, live) => {
    await ctx.client.send({ method: 'DELETE', template: '/applications/{uuid}/destinations/{destination_uuid}', params: { uuid: ownerUuidOf(ctx, live.address), destination_uuid: live.uuid } });
  },
  beforeRemove: null,
  afterWrite: null,
};
