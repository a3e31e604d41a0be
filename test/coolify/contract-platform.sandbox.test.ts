/**
 * Contract tests, platform part: the real client against the real sandbox for version/health/
 * capabilities, projects, environments, shared variables, servers, credentials, S3 storages,
 * resources() and send(); plus the auth/transport rejections of API-NOTES §1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { keyFingerprint, publicKeyLine } from '../../src/kinds/ssh-key.js';
import { inferCanReadSensitive } from '../../src/coolify/capabilities.js';
import { createCoolifyClient, NOTIFICATION_CHANNEL_NAMES } from '../../src/coolify/client.js';
import { readAuditEvents } from '../../src/coolify/audit-events.js';
import { startSandbox } from '../../src/sandbox/index.js';
import {
  CONTRACT_OWNERS,
  NOT_EXERCISED,
  UUID,
  clientMethodPaths,
  expectApiError,
  startContract,
  uncalled,
  type ContractContext,
} from './contract-helpers.js';

const UUID_LIKE = 'u0000000000000000000000a';

describe('contract: platform (client ↔ sandbox)', () => {
  let c: ContractContext;
  let project: string;
  let staging: string;
  let appUuid: string;

  beforeAll(async () => {
    c = await startContract({ tokens: [{ token: '2|ro', abilities: ['read'] }] });
  });
  afterAll(async () => c.close());

  it('health, version and capabilities', async () => {
    expect(await c.client.health()).toBe(true);
    expect(await c.client.version()).toBe('4.3.11');
    const caps = await c.client.capabilities();
    expect(caps).toMatchObject({ version: '4.3.11', supported: true });
    // Nothing sensitive-bearing exists yet: the probe cannot tell.
    expect(caps.canReadSensitive).toBeUndefined();
  });

  it('projects: create, list (no environments), get (with production), update', async () => {
    const created = await c.client.projects.create({ name: 'contract-platform', description: 'managed by ado-coolify' });
    expect(created.uuid).toMatch(UUID);
    project = created.uuid;
    const list = await c.client.projects.list();
    const listed = list.find((p) => p.uuid === project);
    expect(listed).toMatchObject({ name: 'contract-platform', description: 'managed by ado-coolify' });
    expect(listed && 'environments' in listed).toBe(false);
    const got = await c.client.projects.get(project);
    expect(got.environments?.map((e) => e.name)).toEqual(['production']);
    const updated = await c.client.projects.update(project, { description: 'updated' });
    expect(updated).toMatchObject({ uuid: project, name: 'contract-platform', description: 'updated' });
  });

  it('environments: create, list, get by name and uuid, update', async () => {
    const created = await c.client.projects.createEnvironment(project, { name: 'staging' });
    expect(created.uuid).toMatch(UUID);
    staging = created.uuid;
    const envs = await c.client.projects.environments(project);
    expect(envs.map((e) => e.name).sort()).toEqual(['production', 'staging']);
    for (const e of envs) expect(typeof e.id).toBe('number');
    const byName = await c.client.projects.getEnvironment(project, 'staging');
    const byUuid = await c.client.projects.getEnvironment(project, staging);
    expect(byName.uuid).toBe(staging);
    expect(byUuid.name).toBe('staging');
    expect(byName.applications).toEqual([]);
    const upd = await c.client.projects.updateEnvironment(project, 'staging', { description: 'pre-prod' });
    expect(upd).toMatchObject({ uuid: staging, description: 'pre-prod' });
  });

  it('shared variables: project, environment, team and server scopes (PATCH/DELETE by id)', async () => {
    const scopes = [
      { name: 'project', api: c.client.projects.sharedEnvs, scope: project },
      { name: 'environment', api: c.client.projects.environmentSharedEnvs(project), scope: 'staging' },
      { name: 'team', api: c.client.teamSharedEnvs, scope: '' },
      { name: 'server', api: c.client.servers.sharedEnvs, scope: c.mainServer },
    ];
    for (const { name, api, scope } of scopes) {
      const created = await api.create(scope, { key: 'SHARED_URL', value: `https://${name}.example.test`, is_literal: true });
      // SharedEnvironmentVariablesController.php:203-205: the id only (checked on Coolify 4.3.11).
      expect(created, name).toEqual({ id: expect.any(Number) });
      const listed = await api.list(scope);
      expect(listed.map((e) => e.key), name).toEqual(['SHARED_URL']);
      expect(listed[0], name).toMatchObject({ id: created.id, value: `https://${name}.example.test`, is_literal: true, type: name });
      expect('uuid' in listed[0]!, name).toBe(false);
      const updated = await api.update(scope, created.id, { value: 'changed' });
      expect(updated, name).toMatchObject({ id: created.id, key: 'SHARED_URL', value: 'changed' });
      expect((await api.delete(scope, created.id)).message, name).toMatch(/deleted/i);
      expect(await api.list(scope), name).toEqual([]);
    }
  });

  it('servers, destinations, github apps and private keys (seeded)', async () => {
    const servers = await c.client.servers.list();
    expect(servers.map((s) => s.name).sort()).toEqual(['edge', 'main']);
    const edge = servers.find((s) => s.name === 'edge')!;
    expect((await c.client.servers.get(edge.uuid))).toMatchObject({ uuid: edge.uuid, name: 'edge', proxy: { type: 'TRAEFIK' } });
    const edgeDest = await c.client.servers.destinations(edge.uuid);
    expect(edgeDest.map((d) => d.network).sort()).toEqual(['edge-internal', 'edge-public']);
    for (const d of edgeDest) expect(d).toMatchObject({ uuid: expect.stringMatching(UUID), server_uuid: edge.uuid });
    const all = await c.client.destinations.list();
    expect(all).toHaveLength(3);
    expect((await c.client.githubApps.list()).map((g) => g.name)).toEqual(['ado-github']);
    const keys = await c.client.privateKeys.list();
    expect(keys.map((k) => k.name)).toEqual(['deploy-key']);
    expect(typeof keys[0]!.private_key).toBe('string'); // root token: sensitive
  });

  it('githubApps and gitlabApps: create, list, update and delete by integer id; secrets only with read:sensitive', async () => {
    const key = await c.client.privateKeys.create({ name: 'gh-key', private_key: generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() });
    const gh = await c.client.githubApps.create({
      name: 'acme', html_url: 'https://github.com', app_id: 1, installation_id: 2, client_id: 'c', client_secret: 's', webhook_secret: 'w', private_key_uuid: key.uuid,
    });
    expect(gh).toMatchObject({ name: 'acme', api_url: 'https://api.github.com', type: 'github' });
    expect('client_secret' in gh).toBe(false);
    const id = String(gh.id);
    expect((await c.client.githubApps.update(id, { organization: '/acme/' })).data).toMatchObject({ organization: 'acme' });
    expect((await c.client.githubApps.list()).find((g) => g.name === 'acme')).toMatchObject({ client_secret: 's' });
    expect('client_secret' in (await c.clientFor('2|ro').githubApps.list()).find((g) => g.name === 'acme')!).toBe(false);
    expect((await c.client.githubApps.delete(id)).message).toBe('GitHub app deleted successfully');
    await expectApiError(c.client.githubApps.delete(id), { status: 404 });
    const gl = await c.client.gitlabApps.create({ name: 'lab', html_url: 'https://gitlab.example.com/' });
    expect(gl).toMatchObject({ html_url: 'https://gitlab.example.com', api_url: 'https://gitlab.example.com/api/v4' });
    expect((await c.client.gitlabApps.update(String(gl.id), { group_name: 'g' })).data).toMatchObject({ group_name: 'g' });
    expect((await c.client.gitlabApps.list()).map((g) => g.name)).toEqual(['lab']);
    expect((await c.client.gitlabApps.delete(String(gl.id))).message).toBe('GitLab app deleted successfully');
  });

  it('privateKeys: create, get, list, update, delete; the key only with read:sensitive', async () => {
    const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const created = await c.client.privateKeys.create({ name: 'deploy', description: 'd', private_key: pem });
    expect(created.uuid).toMatch(UUID);
    const got = await c.client.privateKeys.get(created.uuid);
    expect(got).toMatchObject({ name: 'deploy', description: 'd', fingerprint: keyFingerprint(pem), public_key: `${publicKeyLine(pem)} ` });
    expect((await c.client.privateKeys.list()).map((k) => k.uuid)).toContain(created.uuid);
    expect('private_key' in (await c.clientFor('2|ro').privateKeys.get(created.uuid))).toBe(false);
    // PATCH requires the key on every request (SecurityController.php:321-325).
    await expectApiError(c.client.privateKeys.update(created.uuid, { description: 'e' }), { status: 422 });
    expect(await c.client.privateKeys.update(created.uuid, { description: 'e', private_key: pem })).toEqual({ uuid: created.uuid });
    expect((await c.client.privateKeys.delete(created.uuid)).message).toBe('Private Key deleted.');
    await expectApiError(c.client.privateKeys.get(created.uuid), { status: 404 });
  });

  it('notifications: get and update of each channel; the secrets only with read:sensitive', async () => {
    for (const channel of NOTIFICATION_CHANNEL_NAMES) {
      const api = c.client.notifications[channel];
      const enabled = channel === 'email' ? 'smtp_enabled' : `${channel}_enabled`;
      expect(await api.get()).toMatchObject({ [enabled]: false });
      expect(await api.update({ [enabled]: true })).toMatchObject({ [enabled]: true });
      await expectApiError(api.update({ bogus: 1 }), { status: 422 });
    }
    await c.client.notifications.discord.update({ discord_webhook_url: 'https://1.1.1.1/hook' });
    expect(await c.client.notifications.discord.get()).toMatchObject({ discord_webhook_url: 'https://1.1.1.1/hook' });
    expect('discord_webhook_url' in (await c.clientFor('2|ro').notifications.discord.get())).toBe(false);
  });

  it('servers: create, update, validate, Docker cleanup, delete; a new server is usable only once validated', async () => {
    const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const key = await c.client.privateKeys.create({ name: 'srv-key', private_key: pem });
    const created = await c.client.servers.create({ name: 'worker', ip: '192.0.2.44', private_key_uuid: key.uuid });
    expect(created.uuid).toMatch(UUID);
    expect((await c.client.servers.get(created.uuid)).settings).toMatchObject({ is_reachable: false, is_usable: false });
    expect(await c.client.servers.update(created.uuid, { concurrent_builds: 3 })).toEqual({ uuid: created.uuid });
    expect((await c.client.servers.validate(created.uuid)).message).toBe('Validation started.');
    expect(await c.client.servers.dockerCleanup.update(created.uuid, { docker_cleanup_threshold: 60 })).toMatchObject({ docker_cleanup_threshold: 60 });
    expect(await c.client.servers.dockerCleanup.get(created.uuid)).toMatchObject({ docker_cleanup_threshold: 60, force_docker_cleanup: true });
    expect(await c.client.servers.logDrains.update(created.uuid, { is_logdrain_axiom_enabled: true, logdrain_axiom_dataset_name: 'logs', logdrain_axiom_api_key: 'xaat-1' })).toMatchObject({ logdrain_axiom_api_key: 'xaat-1' });
    expect(await c.client.servers.logDrains.get(created.uuid)).toMatchObject({ is_logdrain_axiom_enabled: true, logdrain_axiom_api_key: 'xaat-1' });
    // the key only with read:sensitive, absent otherwise (ServerLogDrainsController.php:48-55)
    expect('logdrain_axiom_api_key' in (await c.clientFor('2|ro').servers.logDrains.get(created.uuid))).toBe(false);
    expect(await c.client.servers.sentinel.update(created.uuid, { is_metrics_enabled: true })).toMatchObject({ is_metrics_enabled: true, is_sentinel_enabled: true });
    expect(await c.client.servers.sentinel.get(created.uuid)).toMatchObject({ is_metrics_enabled: true });
    expect('sentinel_token' in (await c.clientFor('2|ro').servers.sentinel.get(created.uuid))).toBe(false);
    expect((await c.client.servers.delete(created.uuid)).message).toBe('Server deleted.');
    await expectApiError(c.client.servers.get(created.uuid), { status: 404 });
    await c.client.privateKeys.delete(key.uuid);
  });

  it('destinations: create under a server, get, rename, delete; one network per server, none while resources use it', async () => {
    const main = (await c.client.servers.list()).find((s) => s.name === 'main')!;
    const created = await c.client.destinations.create(main.uuid, { network: 'ado-net' });
    // no name: `{server name}-{network}` (DestinationsController.php:233)
    expect(created).toMatchObject({ name: 'main-ado-net', network: 'ado-net', type: 'standalone', server_uuid: main.uuid });
    await expectApiError(c.client.destinations.create(main.uuid, { network: 'ado-net' }), { status: 409, coolifyMessage: 'A destination with this network already exists on the server.' });
    expect(await c.client.destinations.get(created.uuid)).toMatchObject({ uuid: created.uuid, network: 'ado-net' });
    await expectApiError(c.client.destinations.update(created.uuid, { network: 'x' }), { status: 422 });
    expect(await c.client.destinations.update(created.uuid, { name: 'renamed' })).toMatchObject({ uuid: created.uuid, name: 'renamed' });
    expect((await c.client.destinations.delete(created.uuid)).message).toBe('Deleted.');
    await expectApiError(c.client.destinations.get(created.uuid), { status: 404 });
  });

  it('cloudTokens: create after the provider check, get, list, rename, validate, delete; the token only with read:sensitive', async () => {
    const token = 'a'.repeat(64);
    await expectApiError(c.client.cloudTokens.create({ name: 'hz', provider: 'hetzner', token: 'short' }), { status: 400, coolifyMessage: 'Invalid hetzner token. Please check your API token.' });
    const created = await c.client.cloudTokens.create({ name: 'hz', provider: 'hetzner', token });
    expect(created.uuid).toMatch(UUID);
    expect(await c.client.cloudTokens.get(created.uuid)).toMatchObject({ name: 'hz', provider: 'hetzner', servers_count: 0, token });
    expect((await c.client.cloudTokens.list()).map((t) => t.uuid)).toContain(created.uuid);
    expect('token' in (await c.clientFor('2|ro').cloudTokens.get(created.uuid))).toBe(false);
    // Only the name can change (CloudProviderTokensController.php:368).
    await expectApiError(c.client.cloudTokens.update(created.uuid, { name: 'x', token }), { status: 422 });
    expect(await c.client.cloudTokens.update(created.uuid, { name: 'hz2' })).toEqual({ uuid: created.uuid });
    expect(await c.client.cloudTokens.validate(created.uuid)).toEqual({ valid: true, message: 'Token is valid.' });
    expect((await c.client.cloudTokens.delete(created.uuid)).message).toBe('Cloud provider token deleted.');
    await expectApiError(c.client.cloudTokens.get(created.uuid), { status: 404 });
  });

  it('s3Storages: create, get, list, update, validate, delete; capabilities sees the secret', async () => {
    const created = await c.client.s3Storages.create({
      name: 'backups', endpoint: 'https://s3.example.test', bucket: 'ado', region: 'eu-central-1', key: 'AKIAEXAMPLE', secret: 's3-secret',
    });
    expect(created.uuid).toMatch(UUID);
    const got = await c.client.s3Storages.get(created.uuid);
    expect(got).toMatchObject({ name: 'backups', bucket: 'ado', key: 'AKIAEXAMPLE', secret: 's3-secret' });
    expect('id' in got).toBe(false); // Coolify hides the id (API-NOTES §7)
    expect((await c.client.s3Storages.list()).map((s) => s.uuid)).toContain(created.uuid);
    const caps = await c.client.capabilities();
    expect(caps.canReadSensitive).toBe(true);
    expect((await c.client.capabilities({ records: [got] })).canReadSensitive).toBe(true);
    expect(await c.client.s3Storages.validate(created.uuid)).toMatchObject({ valid: true });
    // PATCH answers {uuid} only and checks the endpoint (S3StoragesController.php:392-421).
    expect(await c.client.s3Storages.update(created.uuid, { region: 'eu-west-1' })).toEqual({ uuid: created.uuid });
    await expectApiError(c.client.s3Storages.update(created.uuid, { endpoint: 'not-a-url' }), { status: 422 });
    // The read-only token sees neither key nor secret: absent, not null.
    const ro = await c.clientFor('2|ro').s3Storages.get(created.uuid);
    expect('key' in ro || 'secret' in ro).toBe(false);
    expect((await c.client.s3Storages.delete(created.uuid)).message).toMatch(/deleted/i);
    await expectApiError(c.client.s3Storages.get(created.uuid), { status: 404, code: 'COOLIFY_NOT_FOUND' });
  });

  it('send(): typed builder endpoints with their parameters; resources() and server resources/domains see the result', async () => {
    const created = await c.client.send<{ uuid: string; domains: string }>({ method: 'POST', template: '/applications/dockerimage', params: {} }, {
      ...c.place(project), docker_registry_image_name: 'nginx', docker_registry_image_tag: '1.27', ports_exposes: '80',
    });
    expect(created.uuid).toMatch(UUID);
    appUuid = created.uuid;
    const got = await c.client.send<{ uuid: string; fqdn: string }>({ method: 'GET', template: '/applications/{uuid}', params: { uuid: appUuid } });
    expect(got.fqdn).toBe(created.domains);
    expect(c.client.stats().byEndpoint['GET /applications/{uuid}']?.count).toBe(1);
    const resources = await c.client.resources();
    expect(resources).toContainEqual(expect.objectContaining({ uuid: appUuid, type: 'application', status: 'exited:unhealthy' }));
    const onMain = await c.client.servers.resources(c.mainServer);
    expect(onMain.map((r) => r.uuid)).toContain(appUuid);
    const domains = await c.client.servers.domains(c.mainServer);
    expect(domains[0]!.domains).toContain(`${appUuid}.127.0.0.1.sslip.io`);
  });

  it('project and environment delete: 400 while not empty, then succeed once the queued delete ran', async () => {
    await c.client.applications.move(appUuid, staging);
    await expectApiError(c.client.projects.delete(project), { status: 400, code: 'COOLIFY_BAD_REQUEST', coolifyMessage: 'Project has resources, so it cannot be deleted.' });
    await expectApiError(c.client.projects.deleteEnvironment(project, 'staging'), { status: 400, coolifyMessage: /Environment has resources/ });
    await c.client.applications.delete(appUuid);
    c.advance(1000);
    expect((await c.client.projects.deleteEnvironment(project, staging)).message).toMatch(/deleted/i);
    expect((await c.client.projects.delete(project)).message).toMatch(/deleted/i);
    expect((await c.client.projects.list()).map((p) => p.uuid)).not.toContain(project);
  });

  describe('rejections (API-NOTES §1)', () => {
    it('unknown key → 422 with a field error', async () => {
      const err = await expectApiError(c.client.projects.create({ name: 'contract-x', labels: 'x' } as never), {
        status: 422, code: 'COOLIFY_VALIDATION', field: 'labels',
      });
      expect(err.fieldErrors.labels).toEqual(['This field is not allowed.']);
    });

    it('duplicate environment name → 409; too-short name → 422 on name', async () => {
      const p = (await c.client.projects.create({ name: 'contract-rejections' })).uuid;
      await expectApiError(c.client.projects.createEnvironment(p, { name: 'production' }), {
        status: 409, code: 'COOLIFY_CONFLICT', coolifyMessage: 'Environment with this name already exists.',
      });
      await expectApiError(c.client.projects.createEnvironment(p, { name: 'qa' }), { status: 422, code: 'COOLIFY_VALIDATION', field: 'name' });
      await expectApiError(c.client.projects.create({ name: 'qa' }), { status: 422, field: 'name' });
    });

    it('wrong token → 401 with the token hint', async () => {
      const bad = c.clientFor('9|not-a-token');
      await expectApiError(bad.projects.list(), { status: 401, code: 'COOLIFY_UNAUTHORIZED', coolifyMessage: 'Unauthenticated.', hint: /Keys & Tokens/ });
      expect(await bad.health()).toBe(true); // health needs no token
    });

    it('read-only token writing → 403 naming `write`', async () => {
      const ro = c.clientFor('2|ro');
      expect(await ro.projects.list()).toBeInstanceOf(Array);
      await expectApiError(ro.projects.create({ name: 'nope-nope' }), {
        status: 403, code: 'COOLIFY_FORBIDDEN', coolifyMessage: 'Missing required permissions: write', hint: /`write`/,
      });
    });

    it('API disabled → 403 with the "API is disabled" hint (health still answers)', async () => {
      const off = await startSandbox({ port: 0, rateLimitPerMinute: 0, apiEnabled: false });
      try {
        const disabled = createCoolifyClient({ baseUrl: off.url, token: off.token, retries: 0 });
        await expectApiError(disabled.version(), { status: 403, code: 'COOLIFY_API_DISABLED', coolifyMessage: 'API is disabled.', hint: /API Access/ });
        expect(await disabled.health()).toBe(true);
      } finally {
        await off.close();
      }
    });

    it('capabilities() of a read-only token: canReadSensitive false once a record can tell', async () => {
      const ro = c.clientFor('2|ro');
      const s3 = await c.client.s3Storages.create({ name: 'probe', endpoint: 'https://s3.example.test', bucket: 'ado-b', region: 'r', key: 'k', secret: 's' });
      const list = await ro.s3Storages.list();
      expect(inferCanReadSensitive(list)).toBe(false);
      expect((await ro.capabilities()).canReadSensitive).toBe(false);
      await c.client.s3Storages.delete(s3.uuid);
    });
  });

  it('auditEvents(): 404 before 4.4; at 4.4.2 one page of the API writes, readable by readAuditEvents', async () => {
    await expectApiError(c.client.auditEvents({ page: 1, per_page: 100 }), { status: 404 });
    const newer = await startContract({ coolifyVersion: '4.4.2' });
    try {
      const { uuid } = await newer.client.projects.create({ name: 'audited' });
      const page = (await newer.client.auditEvents({ page: 1, per_page: 100 })) as { data: unknown[]; last_page: number };
      expect(page.last_page).toBe(1);
      const events = await readAuditEvents(newer.client);
      expect(events).toEqual([expect.objectContaining({ resourceUuid: uuid, via: 'api' })]);
    } finally {
      await newer.close();
    }
  });

  it('secretManagers: 404 before 4.4; at 4.4.2 a token is stored (201, its uuid) and linked to an application', async () => {
    const token = 'dp.st.' + 'a'.repeat(24);
    await expectApiError(c.client.secretManagers.createToken({ provider: 'doppler', name: 'dp', token }), { status: 404 });
    await expectApiError(c.client.secretManagers.link(appUuid, { integration_token_uuid: UUID_LIKE }), { status: 404 });
    const newer = await startContract({ coolifyVersion: '4.4.2' });
    try {
      const { uuid: p } = await newer.client.projects.create({ name: 'secret-managed' });
      const app = (await newer.client.applications.createDockerImage({ ...newer.place(p), docker_registry_image_name: 'nginx', ports_exposes: '80' })).uuid;
      const created = await newer.client.secretManagers.createToken({ provider: 'doppler', name: 'dp', token });
      expect(created.uuid).toMatch(UUID);
      expect(JSON.stringify(created)).not.toContain(token);
      const linked = await newer.client.secretManagers.link(app, { integration_token_uuid: created.uuid });
      expect(linked).toEqual({ integration_token_uuid: created.uuid, provider: 'doppler', settings: null });
      await expectApiError(newer.client.secretManagers.link(app, { integration_token_uuid: 'missing' }), { status: 404 });
    } finally {
      await newer.close();
    }
  });

  it('coverage: every platform-owned client method was called', () => {
    expect(uncalled(c.client, c.called, CONTRACT_OWNERS.platform!)).toEqual([]);
  });

  it('coverage: every client method belongs to exactly one contract file', () => {
    const owners = Object.values(CONTRACT_OWNERS).flat();
    expect(new Set(owners).size).toBe(owners.length);
    const orphans = clientMethodPaths(c.client).filter((p) => !owners.includes(p.split(/[.(]/)[0]!));
    expect(orphans).toEqual([]);
    for (const p of NOT_EXERCISED) expect(clientMethodPaths(c.client)).toContain(p);
  });
});
