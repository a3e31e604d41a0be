import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { INSTANT, api, createImageApp, createProject } from './helpers.js';

describe('sandbox projects and environments (API-NOTES §3)', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await startSandbox({ timings: INSTANT });
  });
  afterAll(async () => sb.close());

  it('creates production with every project; GET /projects has no environments', async () => {
    const p = await createProject(sb, 'with-prod');
    expect(p).toMatch(/^[a-z0-9]{24}$/);
    const envs = await api(sb, 'GET', `/projects/${p}/environments`);
    expect(envs.json.map((e: { name: string }) => e.name)).toEqual(['production']);
    expect(Object.keys(envs.json[0]).sort()).toEqual(['id', 'name', 'uuid']);
    const list = await api(sb, 'GET', '/projects');
    const entry = list.json.find((x: { uuid: string }) => x.uuid === p);
    expect(Object.keys(entry).sort()).toEqual(['description', 'id', 'name', 'uuid']);
    const one = await api(sb, 'GET', `/projects/${p}`);
    expect(one.json.environments).toHaveLength(1);
  });

  it('rejects names shorter than 3 characters (qa)', async () => {
    const r = await api(sb, 'POST', '/projects', { name: 'qa' });
    expect(r.status).toBe(422);
    expect(r.json.errors.name).toBeDefined();
  });

  it('409 on a duplicate environment name; description not accepted on create', async () => {
    const p = await createProject(sb, 'dup-env');
    expect((await api(sb, 'POST', `/projects/${p}/environments`, { name: 'staging' })).status).toBe(201);
    const dup = await api(sb, 'POST', `/projects/${p}/environments`, { name: 'staging' });
    expect(dup.status).toBe(409);
    const desc = await api(sb, 'POST', `/projects/${p}/environments`, { name: 'other', description: 'x' });
    expect(desc.status).toBe(422);
    expect(desc.json.errors.description).toEqual(['This field is not allowed.']);
  });

  it('PATCH project answers 201 {uuid,name,description}', async () => {
    const p = await createProject(sb, 'patch-me');
    const r = await api(sb, 'PATCH', `/projects/${p}`, { description: 'hello' });
    expect(r.status).toBe(201);
    expect(r.json).toEqual({ uuid: p, name: 'patch-me', description: 'hello' });
  });

  it('GET /projects/{uuid}/{env} lists resources by name or uuid', async () => {
    const p = await createProject(sb, 'env-read');
    const app = await createImageApp(sb, p);
    const byName = await api(sb, 'GET', `/projects/${p}/production`);
    expect(byName.json.applications.map((a: { uuid: string }) => a.uuid)).toEqual([app]);
    const byUuid = await api(sb, 'GET', `/projects/${p}/${byName.json.uuid}`);
    expect(byUuid.json.name).toBe('production');
  });

  it('refuses to delete a project (and environment) while it has resources', async () => {
    const p = await createProject(sb, 'non-empty');
    const app = await createImageApp(sb, p);
    const r = await api(sb, 'DELETE', `/projects/${p}`);
    expect(r.status).toBe(400);
    expect(r.json.message).toBe('Project has resources, so it cannot be deleted.');
    expect((await api(sb, 'DELETE', `/projects/${p}/environments/production`)).status).toBe(400);
    expect((await api(sb, 'DELETE', `/applications/${app}`)).status).toBe(200);
    expect((await api(sb, 'DELETE', `/projects/${p}`)).status).toBe(200);
    expect((await api(sb, 'GET', `/projects/${p}`)).status).toBe(404);
  });

  it('shared variables on projects and environments: create, 409, PATCH and DELETE by id', async () => {
    const p = await createProject(sb, 'shared');
    const c = await api(sb, 'POST', `/projects/${p}/envs`, { key: 'JWT_SECRET', value: 's3cret' });
    expect(c.status).toBe(201);
    expect(typeof c.json.id).toBe('number');
    expect((await api(sb, 'POST', `/projects/${p}/envs`, { key: 'JWT_SECRET', value: 'x' })).status).toBe(409);
    const patched = await api(sb, 'PATCH', `/projects/${p}/envs/${c.json.id}`, { value: 'rotated' });
    expect(patched.json.value).toBe('rotated');
    const env = await api(sb, 'POST', `/projects/${p}/environments/production/envs`, { key: 'REGION', value: 'eu' });
    expect(env.status).toBe(201);
    const list = await api(sb, 'GET', `/projects/${p}/environments/production/envs`);
    expect(list.json.map((e: { key: string }) => e.key)).toEqual(['REGION']);
    expect((await api(sb, 'DELETE', `/projects/${p}/envs/${c.json.id}`)).status).toBe(200);
    expect((await api(sb, 'GET', `/projects/${p}/envs`)).json).toEqual([]);
  });
});
