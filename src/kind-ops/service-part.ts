/**
 * The I/O operations of a service's own applications and databases (routes/api.php:391-408):
 * listed under the service by compose name, never created or deleted (Coolify makes them from
 * the compose and deletes them with the service). A "create" finds the record Coolify made
 * under a new service and PATCHes it (`findMadeWithOwner`, src/apply/steps/create.ts).
 */
import type { KindOps, KindOpsContext, Rec } from './types.js';
import { listedUnder, ownerAt, ownerUuidOf, SUB_RESOURCE } from './sub-resources.js';
import { AdoError } from '../errors.js';
import type { SubKind } from '../model/address.js';

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** The operations of one of the two kinds, by its collection under `/services/{uuid}`. */
function servicePartOps(kind: SubKind & ('serviceApplication' | 'serviceDatabase'), collection: 'applications' | 'databases'): KindOps {
  const all = async (ctx: KindOpsContext, serviceUuid: string): Promise<Rec[]> =>
    (await ctx.client.send({ method: 'GET', template: `/services/{uuid}/${collection}`, params: { uuid: serviceUuid } })) as Rec[];
  return {
    kind,
    ...SUB_RESOURCE,
    readBack: async (ctx, resource, uuid) => (await all(ctx, ownerUuidOf(ctx, resource.address))).find((x) => x.uuid === uuid) ?? { uuid },
    list: async (ctx, resource) => {
      const owner = ownerAt(resource.address);
      return listedUnder(owner, kind, await all(ctx, ctx.uuidOf(owner)), (r) => str(r.name));
    },
    findMadeWithOwner: async (ctx, resource) => {
      const found = (await all(ctx, ownerUuidOf(ctx, resource.address))).find((r) => r.name === resource.name);
      return found === undefined ? undefined : str(found.uuid);
    },
    // Coolify deletes them with their service, and the plan never deletes one (planning.madeWithOwner).
    remove: async (_ctx, live) => {
      throw new AdoError('ADO_APPLY_INTERNAL', `${live.address ?? live.name} is made and deleted by Coolify with its service; it is never deleted on its own`);
    },
    beforeRemove: null,
    afterWrite: null,
  };
}

/** A service's applications: `GET /services/{uuid}/applications`, `PATCH …/applications/{app_uuid}`. */
export const SERVICE_APPLICATION_OPS: KindOps = servicePartOps('serviceApplication', 'applications');

/** A service's databases: `GET /services/{uuid}/databases`, `PATCH …/databases/{database_uuid}`. */
export const SERVICE_DATABASE_OPS: KindOps = servicePartOps('serviceDatabase', 'databases');
