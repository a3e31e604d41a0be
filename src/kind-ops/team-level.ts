/**
 * The operations every team-wide kind shares (S3 storages, private keys): no owner, no
 * environment, deleted at once, read back and listed through the kind's own API group.
 */
import type { Address } from '../model/address.js';
import type { KindOps, Rec } from './types.js';
import { NO_RUNTIME } from './no-runtime.js';

/** The calls of a team-wide kind's API group that its operations use. */
export interface TeamLevelApi {
  get(uuid: string): Promise<unknown>;
  list(): Promise<unknown>;
  delete(uuid: string): Promise<unknown>;
}

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** A team-wide kind's operations; `afterWrite` is the one part that differs between them. */
export function teamLevelOps(
  kind: KindOps['kind'],
  api: (client: Parameters<KindOps['readBack']>[0]['client']) => TeamLevelApi,
  address: (name: string) => Address,
  afterWrite: KindOps['afterWrite'] = null,
): KindOps {
  return {
    kind,
    readBack: async (ctx, _resource, uuid) => (await api(ctx.client).get(uuid)) as Rec,
    list: async (ctx) => ((await api(ctx.client).list()) as Rec[]).map((r) => ({ record: r, name: str(r.name), address: address(str(r.name)) })),
    remove: async (ctx, live) => {
      await api(ctx.client).delete(live.uuid);
    },
    ...NO_RUNTIME,
    deleteWaitsForChildren: false,
    sharedEnvs: null,
    ownedThroughOwner: false,
    existsWithParent: false,
    onCreateConflict: null,
    beforeRemove: null,
    afterWrite,
  };
}
