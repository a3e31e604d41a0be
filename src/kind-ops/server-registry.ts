/**
 * The I/O operations of a server's registry logins (Coolify 4.4, ServerDockerRegistriesController.php
 * of coollabsio/coolify). The live record's key is the registry host, which is also what the
 * logout and the check name (`DELETE /servers/{uuid}/registries/{registry}`,
 * `POST …/{registry}/check`). After a login the check runs: Coolify answers 200 "The login for
 * HOST works." or 400 "Login check failed: …" (the docker error, credentials masked by
 * DockerRegistryLogins::run), which fails the step with Coolify's message.
 */
import { readRegistryLogins, REGISTRIES_PATH } from '../kinds/server-registry.js';
import type { KindOps, KindOpsContext, Rec } from './types.js';
import { listedUnder, ownerAt, ownerUuidOf, SUB_RESOURCE } from './sub-resources.js';

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

function logins(ctx: KindOpsContext, serverUuid: string): Promise<Rec[]> {
  return readRegistryLogins((uuid) => ctx.client.send({ method: 'GET', template: REGISTRIES_PATH, params: { uuid } }), serverUuid);
}

/** Registry logins: listed per server, addressed by the registry host. */
export const SERVER_REGISTRY_OPS: KindOps = {
  kind: 'serverRegistry',
  ...SUB_RESOURCE,
  // The login's key is its host: the create answer has no uuid, only `message` (login's 200).
  readBack: async (ctx, resource, uuid) => {
    const host = uuid !== '' ? uuid : resource.name;
    return (await logins(ctx, ownerUuidOf(ctx, resource.address))).find((x) => x.uuid === host) ?? { uuid: host, registry: host };
  },
  list: async (ctx, resource) => {
    const owner = ownerAt(resource.address);
    return listedUnder(owner, 'serverRegistry', await logins(ctx, ctx.uuidOf(owner)), (r) => str(r.registry));
  },
  remove: async (ctx, live) => {
    await ctx.client.send({ method: 'DELETE', template: `${REGISTRIES_PATH}/{registry}`, params: { uuid: ownerUuidOf(ctx, live.address), registry: live.uuid } });
  },
  beforeRemove: null,
  // check: runs `docker login` with the saved credentials (DockerRegistryLogins::checkLogin).
  afterWrite: async (ctx, done) => {
    const registry = str(done.resource.fields.registry ?? done.resource.name);
    await ctx.client.send({ method: 'POST', template: `${REGISTRIES_PATH}/{registry}/check`, params: { uuid: ownerUuidOf(ctx, done.resource.address), registry } });
    return { detail: `login to ${registry} checked` };
  },
};
