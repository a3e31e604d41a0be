/**
 * The sandbox's server writes against Coolify 4.3.11's ServersController.php and
 * ServerDockerCleanupController.php (lines cited per case), the simulated validation job
 * (`timings.serverValidateMs`, fault `fail-validate`) and the release table's allow-lists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { api, clockedSandbox, createImageApp, createProject, seeded } from './helpers.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test answers

describe('sandbox servers (ServersController.php)', () => {
  let sb: Sandbox;
  let advance: (ms: number) => void;
  beforeAll(async () => {
    ({ sb, advance } = await clockedSandbox({ timings: { serverValidateMs: 100 }, faults: 'fail-validate=broken', tokens: [{ token: '2|ro', abilities: ['read'] }] }));
  });
  afterAll(async () => sb.close());

  const create = async (body: Json) => api(sb, 'POST', '/servers', { private_key_uuid: seeded(sb).privateKey, ...body });
  const get = async (uuid: string) => (await api(sb, 'GET', `/servers/${uuid}`)).json as Json;

  it('create: 201 {uuid} (:586-588), defaults root/22/TRAEFIK (:527-558), a `coolify` destination, not reachable until validated', async () => {
    const made = await create({ name: 'w1', ip: '192.0.2.1' });
    expect(made.status).toBe(201);
    expect(Object.keys(made.json as Json)).toEqual(['uuid']);
    const s = await get((made.json as Json).uuid);
    expect(s).toMatchObject({ name: 'w1', ip: '192.0.2.1', port: 22, user: 'root', proxy: { type: 'TRAEFIK' }, is_validating: false });
    expect(s.settings).toMatchObject({ is_reachable: false, is_usable: false, is_build_server: false, wildcard_domain: null });
    const dests = (await api(sb, 'GET', `/servers/${(made.json as Json).uuid}/destinations`)).json as Json[];
    expect(dests.map((d) => [d.name, d.network])).toEqual([['coolify', 'coolify']]);
  });

  it('rules and unknown fields answer in one 422 (:496-523); proxy type (:539-546), key (:547-550) and address (:551-554) after', async () => {
    const bad = await api(sb, 'POST', '/servers', { ip: 'bad host', port: 70000, user: 'a b', concurrent_builds: 2 });
    expect(bad.status).toBe(422);
    expect(Object.keys((bad.json as Json).errors).sort()).toEqual(['concurrent_builds', 'ip', 'port', 'private_key_uuid', 'user']);
    expect((await create({ ip: '192.0.2.2', proxy_type: 'haproxy' })).json).toEqual({ message: 'Invalid proxy type.' });
    expect((await create({ ip: '192.0.2.2', private_key_uuid: 'nope' })).status).toBe(404);
    const dup = await create({ ip: '192.0.2.1' });
    expect([dup.status, (dup.json as Json).message]).toEqual([400, 'A server with this IP/Domain is already in use.']);
  });

  it('validate: 201 "Validation started." (:999-1001); the job ends reachable and usable, or unreachable with its log (fault)', async () => {
    const ok = (await create({ name: 'w2', ip: '192.0.2.3' })).json as Json;
    const started = await api(sb, 'POST', `/servers/${ok.uuid}/validate`);
    expect([started.status, (started.json as Json).message]).toEqual([201, 'Validation started.']);
    expect((await get(ok.uuid)).is_validating).toBe(true);
    advance(100);
    expect((await get(ok.uuid)).settings).toMatchObject({ is_reachable: true, is_usable: true });
    const list = ((await api(sb, 'GET', '/servers')).json as Json[]).find((s) => s.uuid === ok.uuid)!;
    expect([list.is_reachable, list.is_usable]).toEqual([true, true]);
    const broken = (await create({ name: 'broken', ip: '192.0.2.4', instant_validate: true })).json as Json;
    advance(100);
    const b = await get(broken.uuid);
    expect(b.settings).toMatchObject({ is_reachable: false, is_usable: false });
    expect(b).toMatchObject({ is_validating: false });
    expect(String(b.validation_logs)).toContain('Server is not reachable');
    expect((await api(sb, 'POST', '/servers/nope/validate')).status).toBe(404);
  });

  it('update: the body before the lookup (:673-711); settings, proxy and key; only an empty server becomes a build server (:736-741)', async () => {
    expect((await api(sb, 'PATCH', '/servers/nope', { concurrent_builds: 0 })).status).toBe(422);
    expect((await api(sb, 'PATCH', '/servers/nope', { concurrent_builds: 1 })).status).toBe(404);
    const s = (await create({ name: 'w3', ip: '192.0.2.5' })).json as Json;
    const r = await api(sb, 'PATCH', `/servers/${s.uuid}`, { description: 'd', port: 2200, concurrent_builds: 4, deployment_queue_limit: 9, proxy_type: 'caddy', is_build_server: true });
    expect([r.status, r.json]).toEqual([201, { uuid: s.uuid }]);
    const got = await get(s.uuid);
    expect(got).toMatchObject({ description: 'd', port: 2200, proxy: { type: 'CADDY', last_saved_settings: null } });
    expect(got.settings).toMatchObject({ concurrent_builds: 4, deployment_queue_limit: 9, is_build_server: true });
    const project = await createProject(sb, 'srv-project');
    await createImageApp(sb, project, { name: 'on-main' });
    const refused = await api(sb, 'PATCH', `/servers/${seeded(sb).main}`, { is_build_server: true });
    expect([refused.status, (refused.json as Json).errors]).toEqual([422, { is_build_server: ['A server with existing resources cannot be configured as a build server.'] }]);
  });

  it('delete: a server with resources is refused (:853-856); an empty one goes with its destinations', async () => {
    const held = await api(sb, 'DELETE', `/servers/${seeded(sb).main}`);
    expect([held.status, (held.json as Json).message]).toEqual([400, 'Server has resources. Use ?force=true to delete all resources and the server, or delete resources manually first.']);
    const s = (await create({ name: 'w4', ip: '192.0.2.6' })).json as Json;
    const id = sb.store.world.servers.find((x) => x.uuid === s.uuid)!.id;
    const gone = await api(sb, 'DELETE', `/servers/${s.uuid}`);
    expect([gone.status, gone.json]).toEqual([200, { message: 'Server deleted.' }]);
    expect(sb.store.world.destinations.some((d) => d.server_id === id)).toBe(false);
    expect((await api(sb, 'GET', `/servers/${s.uuid}`)).status).toBe(404);
  });

  it('Docker cleanup (ServerDockerCleanupController.php): the server first (:148-151), rules with unknown fields (:155-175), cron (:177-182), the settings answered (:199)', async () => {
    expect((await api(sb, 'PATCH', '/servers/nope/docker-cleanup', { bogus: 1 })).status).toBe(404);
    const s = (await create({ name: 'w5', ip: '192.0.2.7' })).json as Json;
    const bad = await api(sb, 'PATCH', `/servers/${s.uuid}/docker-cleanup`, { docker_cleanup_threshold: 0, bogus: 1 });
    expect(Object.keys((bad.json as Json).errors).sort()).toEqual(['bogus', 'docker_cleanup_threshold']);
    expect((await api(sb, 'PATCH', `/servers/${s.uuid}/docker-cleanup`, { docker_cleanup_frequency: 'sometimes' })).status).toBe(422);
    const ok = await api(sb, 'PATCH', `/servers/${s.uuid}/docker-cleanup`, { docker_cleanup_frequency: 'daily', delete_unused_networks: true });
    expect(ok.json).toEqual({ docker_cleanup_frequency: 'daily', docker_cleanup_threshold: 80, force_docker_cleanup: true, delete_unused_volumes: false, delete_unused_networks: true, disable_application_image_retention: false });
    expect((await api(sb, 'GET', `/servers/${s.uuid}/docker-cleanup`)).json).toEqual(ok.json);
    expect((await get(s.uuid)).settings).toMatchObject({ docker_cleanup_frequency: 'daily', delete_unused_networks: true });
  });

  it('log drains (ServerLogDrainsController.php): the keys only with read:sensitive (:48-55), a drain switched on needs its fields (:196-227), rules (:163-187)', async () => {
    const s = (await create({ name: 'w6', ip: '192.0.2.8' })).json as Json;
    const path = `/servers/${s.uuid}/log-drains`;
    const needs = await api(sb, 'PATCH', path, { is_logdrain_axiom_enabled: true, logdrain_axiom_dataset_name: 'logs' });
    expect([needs.status, (needs.json as Json).errors]).toEqual([422, { logdrain_axiom_api_key: ['The Axiom API key is required when Axiom log drain is enabled.'] }]);
    const bad = await api(sb, 'PATCH', path, { logdrain_newrelic_license_key: 'a b', logdrain_newrelic_base_uri: 'nope', bogus: 1 });
    expect(Object.keys((bad.json as Json).errors).sort()).toEqual(['bogus', 'logdrain_newrelic_base_uri', 'logdrain_newrelic_license_key']);
    const ok = await api(sb, 'PATCH', path, { is_logdrain_axiom_enabled: true, logdrain_axiom_dataset_name: 'logs', logdrain_axiom_api_key: 'xaat-1' });
    expect(ok.json).toMatchObject({ is_logdrain_axiom_enabled: true, logdrain_axiom_dataset_name: 'logs', logdrain_axiom_api_key: 'xaat-1' });
    // the stored key now satisfies the rule: the drain may be switched off and on without it
    expect((await api(sb, 'PATCH', path, { is_logdrain_axiom_enabled: true })).status).toBe(200);
    const hidden = (await api(sb, 'GET', path, undefined, { token: '2|ro' })).json as Json;
    expect(hidden).toMatchObject({ is_logdrain_axiom_enabled: true, logdrain_axiom_dataset_name: 'logs' });
    expect('logdrain_axiom_api_key' in hidden).toBe(false);
    expect((await get(s.uuid)).settings).toMatchObject({ is_logdrain_axiom_enabled: true, logdrain_axiom_api_key: 'xaat-1' });
  });

  it('Sentinel (ServerSentinelController.php): not on a build server (:191-201), off clears metrics and debug (:209-213), the token only with read:sensitive (:48-51)', async () => {
    const build = (await create({ name: 'w7', ip: '192.0.2.10', is_build_server: true })).json as Json;
    const path = `/servers/${build.uuid}/sentinel`;
    expect((await api(sb, 'PATCH', path, { is_metrics_enabled: true, is_sentinel_debug_enabled: true })).json).toMatchObject({ is_sentinel_enabled: true, is_metrics_enabled: true });
    expect((await api(sb, 'PATCH', path, { is_sentinel_enabled: false })).json).toMatchObject({ is_sentinel_enabled: false, is_metrics_enabled: false, is_sentinel_debug_enabled: false });
    const refused = await api(sb, 'PATCH', path, { is_sentinel_enabled: true });
    expect([refused.status, (refused.json as Json).errors]).toEqual([422, { is_sentinel_enabled: ['Sentinel cannot be enabled on build servers.'] }]);
    const bad = await api(sb, 'PATCH', path, { sentinel_push_interval_seconds: 5, sentinel_token: 'a b', bogus: 1 });
    expect(Object.keys((bad.json as Json).errors).sort()).toEqual(['bogus', 'sentinel_push_interval_seconds', 'sentinel_token']);
    expect((await api(sb, 'PATCH', path, { sentinel_token: 'tok.1' })).json).toMatchObject({ sentinel_token: 'tok.1' });
    expect('sentinel_token' in ((await api(sb, 'GET', path, undefined, { token: '2|ro' })).json as Json)).toBe(false);
    expect((await get(build.uuid)).settings).toMatchObject({ sentinel_token: 'tok.1', is_sentinel_enabled: false });
  });
});

describe('sandbox servers on 4.4.2: the release table\'s allow-list', () => {
  it('accepts server_role on create only from 4.4.2 (contracts: coolify-v4.4.2.json create_server); the host is never deleted', async () => {
    const { sb } = await clockedSandbox({ coolifyVersion: '4.4.2' });
    try {
      const r = await api(sb, 'POST', '/servers', { ip: '192.0.2.9', private_key_uuid: seeded(sb).privateKey, server_role: 'build' });
      expect(r.status).toBe(201);
    } finally {
      await sb.close();
    }
    const { sb: old } = await clockedSandbox();
    try {
      const r = await api(old, 'POST', '/servers', { ip: '192.0.2.9', private_key_uuid: seeded(old).privateKey, server_role: 'build' });
      expect([r.status, (r.json as Json).errors]).toEqual([422, { server_role: ['This field is not allowed.'] }]);
      // an empty server Coolify runs on is still not deleted (ServersController.php:857-859)
      const host = await api(old, 'DELETE', `/servers/${seeded(old).main}`);
      expect([host.status, (host.json as Json).message]).toEqual([400, 'Local server cannot be deleted.']);
    } finally {
      await old.close();
    }
  });
  it('4.4.2 keeps the role as settings.server_role (default both) and hides is_build_server; is_build_server still writes it', async () => {
    const { sb } = await clockedSandbox({ coolifyVersion: '4.4.2' });
    try {
      const key = seeded(sb).privateKey;
      const get = async (uuid: string) => ((await api(sb, 'GET', `/servers/${uuid}`)).json as Json).settings as Json;
      const plain = ((await api(sb, 'POST', '/servers', { ip: '192.0.2.20', private_key_uuid: key })).json as Json).uuid as string;
      expect(await get(plain)).toMatchObject({ server_role: 'both' });
      expect(await get(plain)).not.toHaveProperty('is_build_server');
      const deploy = ((await api(sb, 'POST', '/servers', { ip: '192.0.2.21', private_key_uuid: key, server_role: 'deployment' })).json as Json).uuid as string;
      expect(await get(deploy)).toMatchObject({ server_role: 'deployment' });
      expect((await api(sb, 'PATCH', `/servers/${deploy}`, { is_build_server: true })).status).toBe(201);
      expect(await get(deploy)).toMatchObject({ server_role: 'build' });
      const bad = await api(sb, 'PATCH', `/servers/${deploy}`, { server_role: 'builder' });
      expect([bad.status, (bad.json as Json).errors]).toEqual([422, { server_role: ['The selected server role is invalid.'] }]);
      // the rule of is_build_server (ServersController.php:736-741) holds for server_role build
      await createImageApp(sb, await createProject(sb));
      const main = await api(sb, 'PATCH', `/servers/${seeded(sb).main}`, { server_role: 'build' });
      expect([main.status, (main.json as Json).errors]).toEqual([422, { server_role: ['A server with existing resources cannot be configured as a build server.'] }]);
    } finally {
      await sb.close();
    }
  });
});
