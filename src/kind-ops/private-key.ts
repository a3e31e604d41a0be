/**
 * The I/O operations of private keys (`/security/keys`, routes/api.php:117-122). Keys are
 * team-wide and deleted at once (`forceDelete`, SecurityController.php:442); Coolify refuses to
 * delete a key a server, application or Git App still uses (422, SecurityController.php:433-438),
 * and that refusal fails the step with Coolify's message.
 */
import { privateKeyAddress } from '../model/address.js';
import type { KindOps, Rec } from './types.js';
import { NO_RUNTIME } from './no-runtime.js';

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** Private keys: team-wide, read back by uuid, compared through their fingerprint. */
export const PRIVATE_KEY_OPS: KindOps = {
  kind: 'privateKey',
  readBack: async (ctx, _resource, uuid) => (await ctx.client.privateKeys.get(uuid)) as Rec,
  list: async (ctx) => ((await ctx.client.privateKeys.list()) as Rec[]).map((r) => ({ record: r, name: str(r.name), address: privateKeyAddress(str(r.name)) })),
  remove: async (ctx, live) => {
    await ctx.client.privateKeys.delete(live.uuid);
  },
  ...NO_RUNTIME,
  deleteWaitsForChildren: false,
  sharedEnvs: null,
  ownedThroughOwner: false,
  existsWithParent: false,
  onCreateConflict: null,
  beforeRemove: null,
  afterWrite: null,
};
