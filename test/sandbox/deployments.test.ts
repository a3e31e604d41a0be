import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { api, clockedSandbox, createImageApp, createProject, seeded } from './helpers.js';

describe('sandbox deployments, status and previews (API-NOTES §4, §8)', () => {
  let sb: Sandbox;
  let advance: (ms: number) => void;
  let project: string;
  beforeAll(async () => {
    ({ sb, advance } = await clockedSandbox({ timings: { deploymentQueuedMs: 100, deploymentRunMs: 500, healthyAfterMs: 400 } }));
    project = await createProject(sb, 'deploys');
  });
  afterAll(async () => sb.close());

  const status = async (app: string): Promise<string> => (await api(sb, 'GET', `/applications/${app}`)).json.status as string;

  it('queued → in_progress → finished; app exited → running:starting → running:healthy', async () => {
    const app = await createImageApp(sb, project);
    expect(await status(app)).toBe('exited:unhealthy') // as the real 4.3.11 answers for a never-started application;
    const r = await api(sb, 'POST', `/deploy?uuid=${app}`);
    expect(r.status).toBe(200);
    const d = r.json.deployments[0];
    expect(d).toMatchObject({ resource_uuid: app, message: expect.stringMatching(/deployment queued/) });
    const dep = async (): Promise<string> => (await api(sb, 'GET', `/deployments/${d.deployment_uuid}`)).json.status as string;
    expect(await dep()).toBe('queued');
    expect((await api(sb, 'GET', '/deployments')).json.map((x: { deployment_uuid: string }) => x.deployment_uuid)).toContain(d.deployment_uuid);
    advance(100);
    expect(await dep()).toBe('in_progress');
    expect(await status(app)).toBe('exited:unhealthy');
    advance(500);
    expect(await dep()).toBe('finished');
    expect(await status(app)).toBe('running:starting');
    expect((await api(sb, 'GET', '/deployments')).json.map((x: { deployment_uuid: string }) => x.deployment_uuid)).not.toContain(d.deployment_uuid);
    advance(400);
    expect(await status(app)).toBe('running:healthy');
    const logs = await api(sb, 'GET', `/applications/${app}/logs`);
    expect(typeof logs.json.logs).toBe('string');
  });

  // DeployController.php:76-80: rows come back in table order (an UPDATE moves a row to the
  // end in PostgreSQL), `sortBy('id')` keeps their keys, so out-of-order rows make an object.
  it('GET /deployments answers an object keyed by table position once an older row was updated', async () => {
    const a1 = await createImageApp(sb, project, { name: 'order-1' });
    const a2 = await createImageApp(sb, project, { name: 'order-2' });
    const first = (await api(sb, 'POST', `/deploy?uuid=${a1}`)).json.deployments[0].deployment_uuid as string;
    advance(50);
    const second = (await api(sb, 'POST', `/deploy?uuid=${a2}`)).json.deployments[0].deployment_uuid as string;
    const queued = (await api(sb, 'GET', '/deployments')).json;
    expect(Array.isArray(queued)).toBe(true); // both only inserted: table order is id order
    advance(60); // the first is now in_progress (updated), the second still queued
    const r = await api(sb, 'GET', '/deployments');
    expect(Array.isArray(r.json)).toBe(false);
    expect(r.text.indexOf(first)).toBeLessThan(r.text.indexOf(second)); // sorted by id
    expect(Object.keys(r.json).sort()).toEqual(['0', '1']);
    expect(r.json['1'].deployment_uuid).toBe(first);
    expect(r.json['0'].deployment_uuid).toBe(second);
    advance(1000);
  });

  it('logs are 400 while the app is not running', async () => {
    const app = await createImageApp(sb, project);
    expect((await api(sb, 'GET', `/applications/${app}/logs`)).status).toBe(400);
  });

  it('deploy params also come from a JSON body; tag deploys answer {message, details}', async () => {
    const app = await createImageApp(sb, project, { tags: ['web'] });
    const byBody = await api(sb, 'POST', '/deploy', { uuid: app });
    expect(byBody.json.deployments[0].deployment_uuid).toMatch(/^[a-z0-9]{24}$/);
    const byTag = await api(sb, 'POST', '/deploy?tag=web');
    expect(byTag.json.details[0].resource_uuid).toBe(app);
    expect((await api(sb, 'POST', `/deploy?uuid=${app}&tag=web`)).status).toBe(400);
    expect((await api(sb, 'POST', '/deploy')).status).toBe(400);
    expect((await api(sb, 'POST', '/deploy?uuid=nothing')).status).toBe(404);
  });

  it('start/restart return {message, deployment_uuid}; stop → exited', async () => {
    const app = await createImageApp(sb, project);
    const s = await api(sb, 'POST', `/applications/${app}/start`);
    expect(s.json).toEqual({ message: expect.any(String), deployment_uuid: expect.stringMatching(/^[a-z0-9]{24}$/) });
    advance(1000);
    expect(await status(app)).toBe('running:healthy');
    const r = await api(sb, 'POST', `/applications/${app}/restart`);
    expect(r.json.deployment_uuid).toBeDefined();
    expect((await api(sb, 'POST', `/applications/${app}/stop`)).status).toBe(200);
    expect(await status(app)).toBe('exited:unhealthy');
  });

  it('GET /deployments/applications/{uuid} answers {count, deployments} with skip/take', async () => {
    const app = await createImageApp(sb, project);
    for (let i = 0; i < 3; i++) {
      await api(sb, 'POST', `/deploy?uuid=${app}`);
      advance(1000); // each one finishes before the next is asked for (else it would be skipped)
    }
    const r = await api(sb, 'GET', `/deployments/applications/${app}?skip=1&take=1`);
    expect(r.json.count).toBe(3);
    expect(r.json.deployments).toHaveLength(1);
  });

  it('a deployment of a commit already queued or running is skipped, unless forced (applications.php:45-64)', async () => {
    const app = await createImageApp(sb, project);
    const first = (await api(sb, 'POST', `/deploy?uuid=${app}`)).json.deployments[0].deployment_uuid as string;
    const again = (await api(sb, 'POST', `/deploy?uuid=${app}`)).json.deployments[0];
    expect(again.message).toBe('Deployment already queued for this commit.');
    expect(again.deployment_uuid).not.toBe(first);
    expect((await api(sb, 'GET', `/deployments/${again.deployment_uuid as string}`)).status).toBe(404);
    const forced = (await api(sb, 'POST', `/deploy?uuid=${app}&force=true`)).json.deployments[0];
    expect(forced.message).toMatch(/deployment queued/);
    expect((await api(sb, 'GET', `/deployments/applications/${app}`)).json.count).toBe(2);
  });

  it('cancels a queued deployment; cancelling a finished one is 400', async () => {
    const app = await createImageApp(sb, project);
    const d = (await api(sb, 'POST', `/deploy?uuid=${app}`)).json.deployments[0].deployment_uuid as string;
    const c = await api(sb, 'POST', `/deployments/${d}/cancel`);
    expect(c.status).toBe(200);
    expect((await api(sb, 'GET', `/deployments/${d}`)).json.status).toBe('cancelled-by-user');
    advance(1000);
    expect(await status(app)).toBe('exited:unhealthy');
    expect((await api(sb, 'POST', `/deployments/${d}/cancel`)).status).toBe(400);
  });

  it('previews: pr deploy needs a preview record, except dockerimage + docker_tag; DELETE removes it', async () => {
    const app = await createImageApp(sb, project, { domains: 'https://shop.example.com' });
    const none = await api(sb, 'POST', `/deploy?uuid=${app}&pr=7`);
    expect(none.json.deployments[0].deployment_uuid).toBeUndefined();
    // Verified against the real Coolify 4.3.11 (DeployController.php:441-443).
    expect(none.json.deployments[0].message).toBe('Pull request 7 not found for this resource.');
    const made = await api(sb, 'POST', `/deploy?uuid=${app}&pr=7&docker_tag=pr-7`);
    const dep = await api(sb, 'GET', `/deployments/${made.json.deployments[0].deployment_uuid}`);
    expect(dep.json.pull_request_id).toBe(7);
    expect(sb.store.world.previews.find((p) => p.pull_request_id === 7)!.fqdn).toBe('https://7.shop.example.com');
    expect((await api(sb, 'DELETE', `/applications/${app}/previews/7`)).status).toBe(200);
    expect((await api(sb, 'DELETE', `/applications/${app}/previews/7`)).status).toBe(404);
  });

  it('services: type xor docker_compose_raw, invalid type → 404 with valid_service_types', async () => {
    const place = { project_uuid: project, environment_name: 'production', server_uuid: seeded(sb).main };
    const bad = await api(sb, 'POST', '/services', { ...place, type: 'nope' });
    expect(bad.status).toBe(404);
    expect(bad.json.valid_service_types).toContain('uptime-kuma');
    const both = await api(sb, 'POST', '/services', { ...place, type: 'n8n', docker_compose_raw: Buffer.from('services: {}').toString('base64') });
    expect(both.status).toBe(422);
    const ok = await api(sb, 'POST', '/services', { ...place, docker_compose_raw: Buffer.from('services:\n  web:\n    image: nginx\n').toString('base64') });
    expect(ok.status).toBe(201);
    expect((await api(sb, 'GET', `/services/${ok.json.uuid}`)).json.docker_compose_raw).toContain('image: nginx');
    expect((await api(sb, 'POST', '/services', { ...place, type: 'n8n', connect_to_docker_network: true })).status).toBe(422);
  });

  it('lists servers, destinations, resources, github apps and keys', async () => {
    const servers = (await api(sb, 'GET', '/servers')).json as Array<{ uuid: string; name: string; proxy: { redirect_enabled: boolean } }>;
    expect(servers.map((s) => s.name)).toEqual(['main', 'edge']);
    // The real 4.3.11 list carries only proxy.redirect_enabled; the single GET has the proxy type.
    expect(servers[0]!.proxy).toEqual({ redirect_enabled: true });
    expect((await api(sb, 'GET', `/servers/${servers[0]!.uuid}`)).json.proxy.type).toBe('TRAEFIK');
    const dests = (await api(sb, 'GET', `/servers/${seeded(sb).edge}/destinations`)).json;
    expect(dests).toHaveLength(2);
    expect(Object.keys(dests[0])).toEqual(expect.arrayContaining(['uuid', 'name', 'network', 'type', 'server_uuid']));
    expect((await api(sb, 'GET', '/github-apps')).json[0].name).toBe('ado-github');
    expect((await api(sb, 'GET', '/security/keys')).json[0].name).toBe('deploy-key');
    const res = (await api(sb, 'GET', '/resources')).json as Array<{ type: string }>;
    expect(res.some((r) => r.type === 'application')).toBe(true);
  });
});
