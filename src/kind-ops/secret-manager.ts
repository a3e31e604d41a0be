/**
 * The follow-up of an application write that sends its secret manager (Coolify 4.4,
 * src/kinds/secret-manager.ts): the integration token first (Coolify answers its uuid and
 * keeps the token; no route reads, lists or deletes one), then the application's link to it.
 */
import { AdoError } from '../errors.js';
import { buildSecretManagerBodies } from '../kinds/payload.js';
import type { KindOpsContext, WriteDone, WriteFollowUp } from './types.js';

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** Posts the token and links the application to it; nothing when the application declares no secret manager. */
export async function sendSecretManager(ctx: KindOpsContext, done: WriteDone): Promise<WriteFollowUp> {
  const bodies = buildSecretManagerBodies(done.resource, done.pctx);
  if (!bodies) return {};
  const created = await ctx.client.secretManagers.createToken(bodies.token);
  const tokenUuid = str(created.uuid);
  if (tokenUuid === '') throw new AdoError('ADO_APPLY_MISSING', `Coolify answered no uuid for the secret manager token of ${done.resource.address}`);
  await ctx.client.secretManagers.link(done.uuid, { integration_token_uuid: tokenUuid, ...bodies.link });
  return { detail: `secret manager ${str(bodies.token['name'])} (${str(bodies.token['provider'])}) linked` };
}
