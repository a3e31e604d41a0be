/**
 * Operations shared by the kinds placed in an environment (applications, databases,
 * services): each has its own endpoint group of the same shape, so the differences are data.
 */
import type { CoolifyClient } from '../coolify/client.js';
import type { EnvApi, TagApi } from '../coolify/sub-resource-apis.js';
import type { DeleteFlags } from '../coolify/types.js';
import { environmentOf, parseAddress, placedAddress, type PlacedKind } from '../model/address.js';
import type { DesiredResource, LiveResource } from '../model/resource.js';
import type { KindOps, KindOpsContext, ListedRecord, Rec } from './types.js';

/** The endpoint group of a placed kind, as far as the shared operations use it. */
export interface PlacedGroup {
  list(): Promise<unknown>;
  get(uuid: string): Promise<unknown>;
  delete(uuid: string, flags?: DeleteFlags): Promise<unknown>;
  move(uuid: string, environmentUuid: string): Promise<unknown>;
  restart(uuid: string): Promise<unknown>;
  envs: EnvApi;
  tags: TagApi;
}

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** Live records of the group in the resource's environment, addressed by their names. */
async function listPlaced(ctx: KindOpsContext, resource: DesiredResource, kind: PlacedKind, records: unknown): Promise<ListedRecord[]> {
  const parsed = parseAddress(resource.address);
  const environment = environmentOf(resource.address);
  if (!parsed?.project || !parsed.environment || !environment) return [];
  const envId = ctx.liveAt(environment)?.fields['id'];
  if (envId === undefined || !Array.isArray(records)) return [];
  return (records as Rec[])
    .filter((r) => r.environment_id === envId)
    .map((r) => ({ record: r, name: str(r.name), address: placedAddress(parsed.project!, parsed.environment!, kind, str(r.name)) }));
}

/**
 * The operations every placed kind shares, from its endpoint group; `strip` drops list-only
 * keys (a database list carries its backup configs) before records are compared.
 */
export function placedOps(
  kind: PlacedKind,
  group: (client: CoolifyClient) => PlacedGroup,
  strip: (record: Rec) => Rec = (r) => r,
): Pick<KindOps, 'kind' | 'readBack' | 'list' | 'remove' | 'gone' | 'deleteWaitsForChildren' | 'move' | 'restart' | 'envs' | 'sharedEnvs' | 'tags' | 'ownedThroughOwner' | 'existsWithParent' | 'findMadeWithOwner' | 'onCreateConflict' | 'beforeRemove'> {
  return {
    kind,
    readBack: async (ctx, _resource, uuid) => (await group(ctx.client).get(uuid)) as Rec,
    list: async (ctx, resource) => listPlaced(ctx, resource, kind, ((await group(ctx.client).list()) as Rec[]).map(strip)),
    remove: async (ctx, live: LiveResource, flags) => {
      await group(ctx.client).delete(live.uuid, flags);
    },
    // Coolify deletes these in a queued DeleteResourceJob: the record answers 404 once it is gone.
    gone: (client, uuid) => group(client).get(uuid),
    deleteWaitsForChildren: false,
    move: (client, uuid, environmentUuid) => group(client).move(uuid, environmentUuid),
    restart: (client, uuid) => group(client).restart(uuid),
    envs: (client) => group(client).envs,
    sharedEnvs: null,
    tags: (client) => group(client).tags,
    ownedThroughOwner: false,
    existsWithParent: false,
    findMadeWithOwner: null,
    onCreateConflict: null,
    beforeRemove: null,
  };
}
