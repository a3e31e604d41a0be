/**
 * The operations every team-wide kind shares (S3 storages, private keys): no owner, no
 * environment, deleted at once, read back, listed and deleted through the collection its
 * table names (`KindSpec.team.collection`).
 */
import { teamAddress, type TeamKind } from '../model/address.js';
import { specFor } from '../kinds/registry.js';
import type { KindOps, Rec } from './types.js';
import { NO_RUNTIME } from './no-runtime.js';

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** A team-wide kind's operations; `afterWrite` is the one part that differs between them. */
export function teamLevelOps(kind: TeamKind, afterWrite: KindOps['afterWrite'] = null): KindOps {
  const collection = (): string => {
    const team = specFor(kind).team;
    if (team === undefined) throw new Error(`${kind} has no team table`);
    return team.collection;
  };
  const one = (uuid: string) => ({ template: `${collection()}/{uuid}`, params: { uuid } });
  return {
    kind,
    readBack: async (ctx, _resource, uuid) => (await ctx.client.send({ method: 'GET', ...one(uuid) })) as Rec,
    list: async (ctx) =>
      ((await ctx.client.send({ method: 'GET', template: collection(), params: {} })) as Rec[]).map((r) => ({ record: r, name: str(r.name), address: teamAddress(kind, str(r.name)) })),
    remove: async (ctx, live) => {
      await ctx.client.send({ method: 'DELETE', ...one(live.uuid) });
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
