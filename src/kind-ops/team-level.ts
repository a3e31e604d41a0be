/**
 * The operations every team-wide kind shares (S3 storages, private keys, notification
 * channels): no owner, no environment, deleted at once, read back, listed and deleted through
 * the collection its table names (`KindSpec.team.collection`). A singleton kind
 * (`team.singleton`) is read by name and never deleted: its removal switches it off.
 */
import { teamAddress, type TeamKind } from '../model/address.js';
import { specFor } from '../kinds/registry.js';
import { listTeamKind, singletonRecord } from '../kinds/raw-reader.js';
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
  const singleton = () => specFor(kind).team?.singleton;
  // A singleton's requests name it in the path (`/notifications/discord`): no parameter.
  const one = (uuid: string): { template: string; params: Record<string, string> } => (singleton() ? { template: `${collection()}/${uuid}`, params: {} } : { template: `${collection()}/{uuid}`, params: { uuid } });
  return {
    kind,
    readBack: async (ctx, _resource, uuid) => {
      const answer = await ctx.client.send({ method: 'GET', ...one(uuid) });
      return (singleton() ? singletonRecord(uuid, answer, `GET ${collection()}/${uuid}`) : answer) as Rec;
    },
    list: async (ctx) =>
      ((await listTeamKind(ctx.client, kind)) as Rec[]).map((r) => ({ record: r, name: str(r.name), address: teamAddress(kind, str(r.name)) })),
    // A singleton is never deleted: `--prune` switches it off (`team.singleton.pruneBody`), its settings kept.
    remove: async (ctx, live) => {
      const single = singleton();
      if (single) await ctx.client.send({ method: 'PATCH', ...one(live.uuid) }, single.pruneBody(live.name));
      else await ctx.client.send({ method: 'DELETE', ...one(live.uuid) });
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
