/**
 * Servers bought at a cloud provider: the lowering of `provision:` (the provider as subtype,
 * protect on by default, the cloud-init text copied), the create request of each provider (its
 * endpoint, exactly its allow-list, the rest in the follow-up PATCH), the live subtype read from
 * the machine id, the plan's cost line and the refused replace (ADO550).
 */
import { describe, expect, it } from 'vitest';
import { buildCreateRequest, type PayloadContext } from '../../src/kinds/payload.js';
import { SERVER_SPEC, lowerServer } from '../../src/kinds/server.js';
import { PROVIDER_CREATE, serverSubtype } from '../../src/kinds/server-provision.js';
import { buildDesiredState } from '../../src/kinds/lower.js';
import { serverAddress } from '../../src/model/address.js';
import { diffResource } from '../../src/diff/diff-resource.js';
import type { DiffContext } from '../../src/diff/types.js';
import type { ResolvedManifest } from '../../src/manifest/types.js';

const ctx: PayloadContext = {
  refs: () => undefined,
  resolveUuid: (what, name) => (what === 'privateKey' ? `key-${name}` : what === 'cloudToken' ? `token-${name}` : undefined),
};
const dctx: DiffContext = { refs: () => undefined, canReadSensitive: true };
const scripts = { boot: { script: '#!/bin/bash\necho hi' } };

describe('cloud-provisioned servers', () => {
  it('lowers provision: to the provider subtype, protected unless protect: false, the script text copied', () => {
    const r = lowerServer('web-1', { privateKey: 'deploy', provision: { provider: 'hetzner', token: 'hz', location: 'fsn1', serverType: 'cx22', image: 67794396, cloudInitScript: 'boot' } }, scripts);
    expect(r).toMatchObject({ subtype: 'hetzner', protect: true, fields: { name: 'web-1', location: 'fsn1', server_type: 'cx22', image: 67794396, cloud_provider_token_uuid: 'hz', cloud_init_script: '#!/bin/bash\necho hi' } });
    expect(r.fields.ip).toBeUndefined();
    expect(lowerServer('web-1', { privateKey: 'deploy', protect: false, provision: { provider: 'vultr', token: 'vu', region: 'fra', plan: 'vc2-1c-1gb', osId: 2284 } }).protect).toBe(false);
    expect(lowerServer('old', { ip: '10.0.0.1', privateKey: 'deploy' })).toMatchObject({ protect: false });
    expect(lowerServer('old', { ip: '10.0.0.1', privateKey: 'deploy' }).subtype).toBeUndefined();
  });

  it('Hetzner: POST /servers/hetzner with its allow-list only; the description marker and proxy follow by PATCH', () => {
    const r = lowerServer('web-1', { privateKey: 'deploy', proxy: 'caddy', provision: { provider: 'hetzner', token: 'hz', location: 'fsn1', serverType: 'cx22', image: 1, ipv4: false, backups: true, sshKeyIds: [7] } });
    const req = buildCreateRequest(r, ctx);
    expect(req.endpoint).toEqual({ method: 'POST', template: '/servers/hetzner', params: {} });
    expect(req.body).toEqual({
      name: 'web-1', private_key_uuid: 'key-deploy', cloud_provider_token_uuid: 'token-hz', location: 'fsn1', server_type: 'cx22', image: 1,
      enable_ipv4: false, enable_backups: true, hetzner_ssh_key_ids: [7],
    });
    for (const key of Object.keys(req.body)) expect(PROVIDER_CREATE.hetzner.accepts).toContain(key);
    expect(req.followUp).toEqual({ proxy_type: 'caddy', description: '(managed by ado-coolify) (protect)' });
  });

  it('DigitalOcean and Vultr: their endpoints and names (Vultr: ipv4: false is disable_public_ipv4)', () => {
    const dig = buildCreateRequest(lowerServer('db-1', { privateKey: 'k', provision: { provider: 'digitalocean', token: 'do', region: 'fra1', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64', monitoring: false } }), ctx);
    expect(dig.endpoint.template).toBe('/servers/digitalocean');
    expect(dig.body).toEqual({ name: 'db-1', private_key_uuid: 'key-k', cloud_provider_token_uuid: 'token-do', region: 'fra1', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64', monitoring: false });
    const vu = buildCreateRequest(lowerServer('v-1', { privateKey: 'k', provision: { provider: 'vultr', token: 'vu', region: 'fra', plan: 'vc2-1c-1gb', osId: 2284, ipv4: false, sshKeyIds: ['abc'] } }), ctx);
    expect(vu.endpoint.template).toBe('/servers/vultr');
    expect(vu.body).toEqual({ name: 'v-1', private_key_uuid: 'key-k', cloud_provider_token_uuid: 'token-vu', region: 'fra', plan: 'vc2-1c-1gb', os_id: 2284, disable_public_ipv4: true, vultr_ssh_key_ids: ['abc'] });
  });

  it('reads the provider back from the machine id; registered otherwise', () => {
    expect(serverSubtype({ hetzner_server_id: 42 })).toBe('hetzner');
    expect(serverSubtype({ digitalocean_droplet_id: 9 })).toBe('digitalocean');
    expect(serverSubtype({ vultr_instance_id: 'a-b' })).toBe('vultr');
    expect(serverSubtype({ hetzner_server_id: null })).toBe('registered');
  });

  it('a provisioned server that exists plans clean: the block is never compared; another provider is a replace', () => {
    const desired = lowerServer('web-1', { privateKey: 'deploy', provision: { provider: 'hetzner', token: 'hz', location: 'fsn1', serverType: 'cx22', image: 1 } });
    const live = (fields: Record<string, unknown>) => ({ kind: 'server' as const, uuid: 'u', name: 'web-1', address: serverAddress('web-1'), owned: true, fields: { name: 'web-1', ip: '1.2.3.4', description: '(managed by ado-coolify) (protect)', ...fields } });
    const same = diffResource(desired, live({ hetzner_server_id: 42, cloud_provider_token_id: 3 }), SERVER_SPEC, dctx);
    expect(same.hasChanges).toBe(false);
    expect(same.subtypeChange).toBeUndefined();
    const registered = diffResource(desired, live({ hetzner_server_id: null }), SERVER_SPEC, dctx);
    expect(registered.subtypeChange).toMatchObject({ before: 'registered', after: 'hetzner', effect: 'replace' });
    // A registered entry (ip:) of a bought machine is no change of type: it imports that way.
    const byIp = diffResource(lowerServer('web-1', { ip: '1.2.3.4', privateKey: 'deploy', protect: true }), live({ hetzner_server_id: 42 }), SERVER_SPEC, dctx);
    expect(byIp.subtypeChange).toBeUndefined();
    expect(byIp.hasChanges).toBe(false);
  });

  it('the cost and the refused replace come from the planning table', () => {
    const desired = lowerServer('web-1', { privateKey: 'deploy', provision: { provider: 'hetzner', token: 'hz', location: 'fsn1', serverType: 'cx22', image: 1 } });
    expect(SERVER_SPEC.planning?.cost?.(desired)).toBe('buys a server at Hetzner (cx22 in fsn1) billed to cloud token `hz`');
    expect(SERVER_SPEC.planning?.replaceOnlyOnRequest?.(desired)).toContain('--replace sv/web-1` (and `--allow-destroy`');
    expect(SERVER_SPEC.planning?.replaceOnlyOnRequest?.({ ...desired, protect: false })).not.toContain('--allow-destroy');
    const plain = lowerServer('old', { ip: '10.0.0.1', privateKey: 'deploy' });
    expect(SERVER_SPEC.planning?.cost?.(plain)).toBeUndefined();
    expect(SERVER_SPEC.planning?.replaceOnlyOnRequest?.(plain)).toBeUndefined();
  });

  it('a declared token and key come before the server that names them', () => {
    const manifest = {
      version: 1,
      privateKeys: { deploy: { privateKey: 'x' } },
      cloudTokens: { hz: { provider: 'hetzner', token: 't' } },
      servers: { 'web-1': { privateKey: 'deploy', provision: { provider: 'hetzner', token: 'hz', location: 'fsn1', serverType: 'cx22', image: 1 } } },
    } as unknown as ResolvedManifest;
    const state = buildDesiredState(manifest, []);
    const to = state.edges.filter((e) => e.from === 'sv/web-1').map((e) => e.to).sort();
    expect(to).toEqual(['ct/hz', 'pk/deploy']);
  });
});
