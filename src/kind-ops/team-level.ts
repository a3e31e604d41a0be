/**
 * The operations every team-wide kind shares (S3 storages, private keys, notification
 * channels, Git Apps): no owner, no environment, deleted at once, read back, listed and deleted
 * through the collection its table names (`KindSpec.team.collection`), one record by uuid or,
 * for an `idParam` kind, by id. A singleton kind (`team.singleton`) is read by name and never
 * deleted: its removal switches it off.
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
  // An `idParam` kind is named by its integer id (`/github-apps/{github_app_id}`); a singleton
  // by its name in the path (`/notifications/discord`, no parameter); the others by uuid.
  const idParam = (): string | undefined => specFor(kind).team?.idParam;
  const one = (key: string): { template: string; params: Record<string, string> } => {
    if (singleton()) return { template: `${collection()}/${key}`, params: {} };
    const param = idParam() ?? 'uuid';
    return { template: `${collection()}/{${param}}`, params: { [param]: key } };
  };
  const listAll = async (ctx: Parameters<KindOps['list']>[0]): Promise<Rec[]> => (await listTeamKind(ctx.client, kind)) as Rec[];
  return {
    kind,
    readBack: async (ctx, resource, key) => {
      if (singleton()) return singletonRecord(key, await ctx.client.send({ method: 'GET', ...one(key) }), `GET ${collection()}/${key}`) as Rec;
      if (idParam() === undefined) return (await ctx.client.send({ method: 'GET', ...one(key) })) as Rec;
      // No GET of one record (routes/api.php:282-292): read it from the list, by uuid (a create
      // answer) or by id (the live key).
      const found = (await listAll(ctx)).find((r) => str(r.uuid) === key || str(r.id) === key);
      if (found === undefined) throw new Error(`${resource.address}: not in ${collection()} after the write`);
      return found;
    },
    list: async (ctx) => (await listAll(ctx)).map((r) => ({ record: r, name: str(r.name), address: teamAddress(kind, str(r.name)) })),
    // A singleton is never deleted: `--prune` switches it off (`team.singleton.pruneBody`), its settings kept.
    remove: async (ctx, live) => {
      const single = singleton();
      // `live.uuid` is the record's key: its id for an `idParam` kind (kinds/spec.ts teamRecordKey).
      if (single) await ctx.client.send({ method: 'PATCH', ...one(live.uuid) }, single.pruneBody(live.name));
      else await ctx.client.send({ method: 'DELETE', ...one(live.uuid) });
    },
    ...NO_RUNTIME,
    deleteWaitsForChildren: false,
    sharedEnvs: null,
    ownedThroughOwner: false,
    existsWithParent: false,
    findMadeWithOwner: null,
    onCreateConflict: null,
    beforeRemove: null,
    afterWrite,
  };
}
