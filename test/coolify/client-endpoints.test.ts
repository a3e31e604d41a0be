import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TOOL_VERSION } from '../../src/version.js';
import { api, lockNetwork, TOKEN, testClient } from './helpers.js';

beforeAll(lockNetwork);
afterEach(() => {
  nock.cleanAll();
});

const U = 'uuiduuiduuiduuiduuiduuid';

describe('headers', () => {
  it('sends Accept, Authorization and the tool User-Agent; Content-Type only with a body', async () => {
    const seen: Array<Record<string, string | string[] | undefined>> = [];
    api()
      .get('/api/v1/projects')
      .reply(function () {
        seen.push(this.req.headers);
        return [200, []];
      })
      .post('/api/v1/projects', { name: 'ado' })
      .reply(function () {
        seen.push(this.req.headers);
        return [201, { uuid: 'p' }];
      });
    const { client } = testClient();
    await client.projects.list();
    await client.projects.create({ name: 'ado' });
    expect(seen[0]?.accept).toBe('application/json');
    expect(seen[0]?.authorization).toBe(`Bearer ${TOKEN}`);
    expect(seen[0]?.['user-agent']).toBe(`ado-coolify/${TOOL_VERSION}`);
    expect(seen[0]?.['content-type']).toBeUndefined();
    expect(seen[1]?.['content-type']).toBe('application/json');
  });

  it('/health is sent without the token; userAgent is configurable', async () => {
    let headers: Record<string, string | string[] | undefined> = {};
    api()
      .get('/api/v1/health')
      .reply(function () {
        headers = this.req.headers;
        return [200, 'OK'];
      });
    const { client } = testClient({ userAgent: 'bench/1' });
    expect(await client.health()).toBe(true);
    expect(headers.authorization).toBeUndefined();
    expect(headers['user-agent']).toBe('bench/1');
  });
});

describe('endpoint mapping', () => {
  it('applications: list by tag, delete flags, start/stop queries, preview delete, logs', async () => {
    const scope = api()
      .get('/api/v1/applications').query({ tag: 'managed-by-ado-coolify' }).reply(200, [])
      .delete(`/api/v1/applications/${U}`).query({ delete_volumes: 'false', docker_cleanup: 'true' }).reply(200, { message: 'queued' })
      .post(`/api/v1/applications/${U}/start`).query({ force: 'true' }).reply(200, { message: 'ok', deployment_uuid: 'd1' })
      .post(`/api/v1/applications/${U}/stop`).query({ docker_cleanup: 'false' }).reply(200, { message: 'stopped' })
      .delete(`/api/v1/applications/${U}/previews/42`).reply(200, { message: 'deleted' })
      .get(`/api/v1/applications/${U}/logs`).query({ lines: '50', show_timestamps: 'true' }).reply(200, { logs: 'l' });
    const { client } = testClient();
    await client.applications.list({ tag: 'managed-by-ado-coolify' });
    await client.applications.delete(U, { deleteVolumes: false, dockerCleanup: true });
    expect((await client.applications.start(U, { force: true })).deployment_uuid).toBe('d1');
    await client.applications.stop(U, { dockerCleanup: false });
    await client.applications.deletePreview(U, 42);
    expect(await client.applications.logs(U, { lines: 50, showTimestamps: true })).toEqual({ logs: 'l' });
    expect(scope.isDone()).toBe(true);
  });

  it('env vars: create, PATCH by key, bulk upsert wraps data, delete by uuid', async () => {
    const vars = [{ key: 'A', value: '1', is_buildtime: true, is_runtime: true }];
    const scope = api()
      .post(`/api/v1/services/${U}/envs`, { key: 'A', value: '1' }).reply(201, { uuid: 'e1' })
      .patch(`/api/v1/applications/${U}/envs`, { key: 'A', value: '2' }).reply(201, { key: 'A' })
      .patch(`/api/v1/applications/${U}/envs/bulk`, { data: vars }).reply(201, vars)
      .delete(`/api/v1/databases/${U}/envs/e1`).reply(200, { message: 'deleted' });
    const { client } = testClient();
    await client.services.envs.create(U, { key: 'A', value: '1' });
    await client.applications.envs.update(U, { key: 'A', value: '2' });
    expect(await client.applications.envs.bulkUpsert(U, vars)).toEqual(vars);
    await client.databases.envs.delete(U, 'e1');
    expect(scope.isDone()).toBe(true);
  });

  it('projects, environments and shared envs', async () => {
    const scope = api()
      .get(`/api/v1/projects/${U}/production`).reply(200, { id: 1, name: 'production', uuid: 'env1' })
      .patch(`/api/v1/projects/${U}/environments/staging`, { description: 'd' }).reply(200, { id: 2 })
      .delete(`/api/v1/projects/${U}/environments/staging`).reply(200, { message: 'ok' })
      .post(`/api/v1/projects/${U}/envs`, { key: 'K', value: 'v' }).reply(201, { id: 5 })
      .patch(`/api/v1/projects/${U}/environments/production/envs/5`, { value: 'w' }).reply(200, { id: 5 })
      .delete('/api/v1/team/envs/9').reply(200, { message: 'ok' });
    const { client } = testClient();
    await client.projects.getEnvironment(U, 'production');
    await client.projects.updateEnvironment(U, 'staging', { description: 'd' });
    await client.projects.deleteEnvironment(U, 'staging');
    await client.projects.sharedEnvs.create(U, { key: 'K', value: 'v' });
    await client.projects.environmentSharedEnvs(U).update('production', 5, { value: 'w' });
    await client.teamSharedEnvs.delete('', 9);
    expect(scope.isDone()).toBe(true);
  });

  it('databases: create by type, backups CRUD with delete_s3, tags', async () => {
    const scope = api()
      .post('/api/v1/databases/postgresql', { name: 'pg' }).reply(201, { uuid: 'db1', internal_db_url: 'postgres://x' })
      .post(`/api/v1/databases/${U}/backups`, { frequency: 'daily' }).reply(201, { uuid: 'b1', message: 'ok' })
      .patch(`/api/v1/databases/${U}/backups/b1`, { enabled: false }).reply(200, { message: 'ok' })
      .get(`/api/v1/databases/${U}/backups/b1/executions`).reply(200, [])
      .delete(`/api/v1/databases/${U}/backups/b1`).query({ delete_s3: 'true' }).reply(200, { message: 'ok' })
      .post(`/api/v1/databases/${U}/tags`, { tag_names: ['managed-by-ado-coolify'] }).reply(201, [{ uuid: 't', name: 'managed-by-ado-coolify' }])
      .delete(`/api/v1/databases/${U}/tags/t`).reply(200, { message: 'ok' });
    const { client } = testClient();
    expect((await client.databases.create('postgresql', { name: 'pg' })).uuid).toBe('db1');
    await client.databases.backups.create(U, { frequency: 'daily' });
    await client.databases.backups.update(U, 'b1', { enabled: false });
    await client.databases.backups.executions(U, 'b1');
    await client.databases.backups.delete(U, 'b1', { deleteS3: true });
    await client.databases.tags.add(U, ['managed-by-ado-coolify']);
    await client.databases.tags.remove(U, 't');
    expect(scope.isDone()).toBe(true);
  });

  it('deploy sends uuids/tags/pr/docker_tag as query; deployments paging', async () => {
    const scope = api()
      .post('/api/v1/deploy').query({ uuid: 'a,b', force: 'true', pr: '7' }).reply(200, { deployments: [{ message: 'queued', resource_uuid: 'a', deployment_uuid: 'd' }] })
      .post('/api/v1/deploy').query({ tag: 'x', docker_tag: 'v1' }).reply(200, { deployments: [] })
      .get(`/api/v1/deployments/applications/${U}`).query({ skip: '0', take: '5' }).reply(200, { count: 0, deployments: [] })
      .post('/api/v1/deployments/d/cancel').reply(200, { message: 'cancelled' });
    const { client } = testClient();
    const r = await client.deploy({ uuids: ['a', 'b'], force: true, pullRequestId: 7 });
    expect(r.deployments[0]?.deployment_uuid).toBe('d');
    await client.deploy({ tags: ['x'], dockerTag: 'v1' });
    expect(await client.deployments.forApplication(U, { skip: 0, take: 5 })).toEqual({ count: 0, deployments: [] });
    await client.deployments.cancel('d');
    expect(scope.isDone()).toBe(true);
    await expect(client.deploy({})).rejects.toThrow(/uuid or tag/);
  });

  it('servers, destinations, keys, github apps, s3 validate, resources', async () => {
    const scope = api()
      .get(`/api/v1/servers/${U}/destinations`).reply(200, [])
      .get(`/api/v1/servers/${U}/domains`).reply(200, [])
      .get('/api/v1/destinations').reply(200, [])
      .get('/api/v1/security/keys').reply(200, [])
      .get('/api/v1/github-apps').reply(200, [])
      .post(`/api/v1/s3-storages/${U}/validate`).reply(200, { valid: true })
      .get('/api/v1/resources').reply(200, []);
    const { client } = testClient();
    await client.servers.destinations(U);
    await client.servers.domains(U);
    await client.destinations.list();
    await client.privateKeys.list();
    await client.githubApps.list();
    expect(await client.s3Storages.validate(U)).toEqual({ valid: true });
    await client.resources();
    expect(scope.isDone()).toBe(true);
  });

  it('path parameters are URL-encoded', async () => {
    const scope = api().get('/api/v1/projects/p1/my%20env').reply(200, { id: 1 });
    const { client } = testClient();
    await client.projects.getEnvironment('p1', 'my env');
    expect(scope.isDone()).toBe(true);
  });
});

describe('stats and events', () => {
  it('counts by endpoint template, bytes, retries; resetStats clears', async () => {
    api()
      .get(`/api/v1/applications/${U}/envs`).reply(200, [{ key: 'A' }])
      .get('/api/v1/applications/other/envs').reply(500, {})
      .get('/api/v1/applications/other/envs').reply(200, [])
      .post('/api/v1/projects').reply(201, { uuid: 'p' });
    const { client, events } = testClient();
    await client.applications.envs.list(U);
    await client.applications.envs.list('other');
    await client.projects.create({ name: 'ado' });
    const s = client.stats();
    expect(s.total).toBe(4);
    expect(s.retries).toBe(1);
    expect(s.byEndpoint['GET /applications/{uuid}/envs']).toEqual(expect.objectContaining({ count: 3, errors: 1 }));
    expect(s.byEndpoint['POST /projects']?.count).toBe(1);
    expect(s.bytesOut).toBe(JSON.stringify({ name: 'ado' }).length);
    expect(s.bytesIn).toBeGreaterThan(10);
    const requests = events.filter((e) => e.type === 'request');
    expect(requests).toHaveLength(4);
    expect(requests[0]).toEqual(expect.objectContaining({ method: 'GET', endpoint: 'GET /applications/{uuid}/envs', path: `/applications/${U}/envs`, status: 200 }));
    client.resetStats();
    expect(client.stats()).toEqual(expect.objectContaining({ total: 0, retries: 0, byEndpoint: {} }));
  });

  it('a throwing onEvent listener does not break requests', async () => {
    api().get('/api/v1/projects').reply(200, []);
    const { client } = testClient({ onEvent: () => { throw new Error('listener bug'); } });
    expect(await client.projects.list()).toEqual([]);
  });
});
