import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { api, createImageApp, createProject, seeded } from './helpers.js';

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

describe('sandbox applications (API-NOTES §2, §4)', () => {
  let sb: Sandbox;
  let project: string;
  beforeAll(async () => {
    sb = await startSandbox({ tokens: [{ token: '2|reader-token', abilities: ['read'] }] });
    project = await createProject(sb, 'apps');
  });
  afterAll(async () => sb.close());

  it('environment_name OR environment_uuid is enough; neither is 422', async () => {
    const env = (await api(sb, 'GET', `/projects/${project}/environments`)).json[0].uuid as string;
    const base = { project_uuid: project, server_uuid: seeded(sb).main, docker_registry_image_name: 'nginx' };
    expect((await api(sb, 'POST', '/applications/dockerimage', { ...base, environment_uuid: env })).status).toBe(201);
    expect((await api(sb, 'POST', '/applications/dockerimage', { ...base, environment_name: 'production' })).status).toBe(201);
    const none = await api(sb, 'POST', '/applications/dockerimage', base);
    expect(none.status).toBe(422);
  });

  it('destination_uuid is required on a server with two destinations (400), accepted when given', async () => {
    const s = seeded(sb);
    const body = { project_uuid: project, environment_name: 'production', server_uuid: s.edge, docker_registry_image_name: 'nginx' };
    const r = await api(sb, 'POST', '/applications/dockerimage', body);
    expect(r.status).toBe(400);
    expect(r.json.message).toMatch(/multiple destinations/);
    expect((await api(sb, 'POST', '/applications/dockerimage', { ...body, destination_uuid: s.edgeDestination })).status).toBe(201);
  });

  it('returns domains as fqdn on read; autogenerates an sslip domain unless autogenerate_domain=false', async () => {
    const withDomain = await createImageApp(sb, project, { domains: 'https://api.example.com' });
    const a = await api(sb, 'GET', `/applications/${withDomain}`);
    expect(a.json.fqdn).toBe('https://api.example.com');
    expect(a.json.domains).toBeUndefined();
    const auto = await createImageApp(sb, project);
    expect((await api(sb, 'GET', `/applications/${auto}`)).json.fqdn).toBe(`http://${auto}.127.0.0.1.sslip.io`);
    const internal = await createImageApp(sb, project, { autogenerate_domain: false });
    expect((await api(sb, 'GET', `/applications/${internal}`)).json.fqdn).toBeNull();
  });

  it('creates answer 201 {uuid, domains}', async () => {
    const r = await api(sb, 'POST', '/applications/dockerimage', {
      project_uuid: project, environment_name: 'production', server_uuid: seeded(sb).main, docker_registry_image_name: 'nginx', domains: 'https://x.example.com',
    });
    expect(r.status).toBe(201);
    expect(r.json).toEqual({ uuid: expect.stringMatching(/^[a-z0-9]{24}$/), domains: 'https://x.example.com' });
  });

  it('splits a tag written into the image name (redis:7-alpine → redis + 7-alpine)', async () => {
    const app = await createImageApp(sb, project, { docker_registry_image_name: 'redis:7-alpine', docker_registry_image_tag: undefined });
    const r = await api(sb, 'GET', `/applications/${app}`);
    expect(r.json.docker_registry_image_name).toBe('redis');
    expect(r.json.docker_registry_image_tag).toBe('7-alpine');
    const reg = await createImageApp(sb, project, { docker_registry_image_name: 'ghcr.io:443/org/api', docker_registry_image_tag: undefined });
    expect((await api(sb, 'GET', `/applications/${reg}`)).json.docker_registry_image_name).toBe('ghcr.io:443/org/api');
  });

  it('normalises a GitHub URL to owner/repo on public apps', async () => {
    const r = await api(sb, 'POST', '/applications/public', {
      project_uuid: project, environment_name: 'production', server_uuid: seeded(sb).main,
      git_repository: 'https://github.com/dxheroes/ado.git', git_branch: 'main', build_pack: 'nixpacks', ports_exposes: '3000',
    });
    expect(r.status).toBe(201);
    const app = await api(sb, 'GET', `/applications/${r.json.uuid}`);
    expect(app.json.git_repository).toBe('dxheroes/ado');
    expect(app.json.build_pack).toBe('nixpacks');
    expect(app.json.settings.is_auto_deploy_enabled).toBe(true);
  });

  it('rejects an unknown build_pack with 422', async () => {
    const r = await api(sb, 'POST', '/applications/public', {
      project_uuid: project, environment_name: 'production', server_uuid: seeded(sb).main,
      git_repository: 'https://github.com/a/b', git_branch: 'main', build_pack: 'heroku',
    });
    expect(r.status).toBe(422);
    expect(r.json.errors.build_pack).toBeDefined();
  });

  it('decodes an inline Dockerfile and takes ports_exposes from EXPOSE', async () => {
    const r = await api(sb, 'POST', '/applications/dockerfile', {
      project_uuid: project, environment_name: 'production', server_uuid: seeded(sb).main,
      dockerfile: b64('FROM node:20\nEXPOSE 3000\n'), ports_exposes: '9999',
    });
    expect(r.status).toBe(201);
    const app = await api(sb, 'GET', `/applications/${r.json.uuid}`);
    expect(app.json.dockerfile).toBe('FROM node:20\nEXPOSE 3000\n');
    expect(app.json.ports_exposes).toBe('3000');
    expect(app.json.build_pack).toBe('dockerfile');
    const bad = await api(sb, 'POST', '/applications/dockerfile', {
      project_uuid: project, environment_name: 'production', server_uuid: seeded(sb).main, dockerfile: 'not base64!!',
    });
    expect(bad.status).toBe(422);
    expect(bad.json.errors.dockerfile).toBe('The dockerfile should be base64 encoded.');
  });

  it('PATCH takes create fields, rejects placement/create-only keys with 422, answers {uuid}', async () => {
    const app = await createImageApp(sb, project);
    const ok = await api(sb, 'PATCH', `/applications/${app}`, { limits_memory: '512m', domains: 'https://p.example.com', dockerfile_target_build: 'prod' });
    expect(ok.status).toBe(200);
    expect(ok.json).toEqual({ uuid: app });
    const got = await api(sb, 'GET', `/applications/${app}`);
    expect(got.json.limits_memory).toBe('512m');
    expect(got.json.fqdn).toBe('https://p.example.com');
    for (const key of ['project_uuid', 'server_uuid', 'autogenerate_domain', 'tags', 'dockerfile', 'environment_name']) {
      const r = await api(sb, 'PATCH', `/applications/${app}`, { [key]: key === 'tags' ? ['x'] : key === 'autogenerate_domain' ? true : 'x' });
      expect(r.status, key).toBe(422);
      expect(r.json.errors[key]).toEqual(['This field is not allowed.']);
    }
  });

  it('409 when a domain is already used by another app, unless force_domain_override', async () => {
    await createImageApp(sb, project, { domains: 'https://taken.example.com' });
    const body = { project_uuid: project, environment_name: 'production', server_uuid: seeded(sb).main, docker_registry_image_name: 'nginx', domains: 'https://taken.example.com' };
    expect((await api(sb, 'POST', '/applications/dockerimage', body)).status).toBe(409);
    expect((await api(sb, 'POST', '/applications/dockerimage', { ...body, force_domain_override: true })).status).toBe(201);
  });

  it('hides sensitive fields (left out, not null) from a token without read:sensitive', async () => {
    const app = await createImageApp(sb, project, { http_basic_auth_password: 'pw', manual_webhook_secret_github: 'whs' });
    const root = await api(sb, 'GET', `/applications/${app}`);
    expect(root.json.http_basic_auth_password).toBe('pw');
    expect('custom_labels' in root.json).toBe(true);
    const reader = await api(sb, 'GET', `/applications/${app}`, undefined, { token: '2|reader-token' });
    expect(reader.status).toBe(200);
    for (const k of ['http_basic_auth_password', 'manual_webhook_secret_github', 'custom_labels', 'dockerfile']) expect(k in reader.json, k).toBe(false);
  });

  it('tags: lower-cased, at least 2 chars, filter GET /applications?tag=', async () => {
    const app = await createImageApp(sb, project, { tags: ['Managed-By-Ado'] });
    await createImageApp(sb, project);
    const list = await api(sb, 'GET', '/applications?tag=managed-by-ado');
    expect(list.json.map((a: { uuid: string }) => a.uuid)).toEqual([app]);
    expect((await api(sb, 'POST', `/applications/${app}/tags`, { tag_name: 'x' })).status).toBe(422);
    const added = await api(sb, 'POST', `/applications/${app}/tags`, { tag_names: ['Team-A'] });
    expect(added.status).toBe(201);
    const tags = await api(sb, 'GET', `/applications/${app}/tags`);
    expect(tags.json.map((t: { name: string }) => t.name).sort()).toEqual(['managed-by-ado', 'team-a']);
    expect((await api(sb, 'POST', `/applications/${app}/tags`, { tag_name: 'team-a' })).status).toBe(409);
  });

  it('moves an app to another environment', async () => {
    const app = await createImageApp(sb, project);
    const env = await api(sb, 'POST', `/projects/${project}/environments`, { name: 'staging' });
    const r = await api(sb, 'POST', `/applications/${app}/move`, { environment_uuid: env.json.uuid });
    expect(r.status).toBe(200);
    const envs = (await api(sb, 'GET', `/projects/${project}/environments`)).json as Array<{ id: number; name: string }>;
    expect((await api(sb, 'GET', `/applications/${app}`)).json.environment_id).toBe(envs.find((e) => e.name === 'staging')!.id);
  });

  it('storages and scheduled tasks', async () => {
    const app = await createImageApp(sb, project);
    const s = await api(sb, 'POST', `/applications/${app}/storages`, { type: 'persistent', name: 'data', mount_path: '/data' });
    expect(s.status).toBe(201);
    const list = await api(sb, 'GET', `/applications/${app}/storages`);
    expect(list.json.persistent_storages).toHaveLength(1);
    const t = await api(sb, 'POST', `/applications/${app}/scheduled-tasks`, { name: 'cleanup', command: 'npm run clean', frequency: '0 3 * * *' });
    expect(t.status).toBe(201);
    expect((await api(sb, 'PATCH', `/applications/${app}/scheduled-tasks/${t.json.uuid}`, { enabled: false })).json.enabled).toBe(false);
    expect((await api(sb, 'DELETE', `/applications/${app}/scheduled-tasks/${t.json.uuid}`)).status).toBe(200);
  });
});

describe('sandbox dockerimage digests (checked against Coolify 4.3.11)', () => {
  const DIGEST = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
  const DIGEST2 = 'a'.repeat(64);
  let sb: Sandbox;
  let project: string;
  beforeAll(async () => {
    sb = await startSandbox();
    project = await createProject(sb, 'digests');
  });
  afterAll(async () => sb.close());
  const create = (extra: Record<string, unknown>) =>
    api(sb, 'POST', '/applications/dockerimage', { project_uuid: project, environment_name: 'production', server_uuid: seeded(sb).main, ports_exposes: '80', ...extra });
  const image = async (uuid: string) => {
    const j = (await api(sb, 'GET', `/applications/${uuid}`)).json;
    return { name: j.docker_registry_image_name, tag: j.docker_registry_image_tag };
  };
  const tagInvalid = { docker_registry_image_tag: ['The docker registry image tag field format is invalid.'] };

  it('rejects a tag with a colon (sha256:<hex>) with 422 on create and PATCH', async () => {
    const bad = await create({ docker_registry_image_name: 'nginx', docker_registry_image_tag: `sha256:${DIGEST}` });
    expect(bad.status).toBe(422);
    expect(bad.json.errors).toEqual(tagInvalid);
    const ok = await create({ docker_registry_image_name: 'nginx', docker_registry_image_tag: '1.27' });
    const patch = await api(sb, 'PATCH', `/applications/${ok.json.uuid}`, { docker_registry_image_tag: `sha256:${DIGEST}` });
    expect(patch.status).toBe(422);
    expect(patch.json.errors).toEqual(tagInvalid);
  });

  it('rejects a name written image:sha256:hash', async () => {
    const bad = await create({ docker_registry_image_name: `nginx:sha256:${DIGEST}` });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.json.errors)).toEqual(['docker_registry_image_name']);
  });

  it('create stores a digest as name `<name>@sha256` + bare hex tag, however it is sent', async () => {
    for (const body of [
      { docker_registry_image_name: 'nginx', docker_registry_image_tag: DIGEST },
      { docker_registry_image_name: 'nginx@sha256', docker_registry_image_tag: DIGEST },
      { docker_registry_image_name: `nginx@sha256:${DIGEST}` },
    ]) {
      const r = await create(body);
      expect(r.status).toBe(201);
      expect(await image(r.json.uuid)).toEqual({ name: 'nginx@sha256', tag: DIGEST });
    }
    const plain = await create({ docker_registry_image_name: 'ghcr.io/o/app:1.2' });
    expect(await image(plain.json.uuid)).toEqual({ name: 'ghcr.io/o/app', tag: '1.2' });
  });

  it('PATCH stores name and tag as sent (no parsing)', async () => {
    const r = await create({ docker_registry_image_name: 'nginx', docker_registry_image_tag: DIGEST });
    const uuid = r.json.uuid as string;
    expect((await api(sb, 'PATCH', `/applications/${uuid}`, { docker_registry_image_tag: DIGEST2 })).status).toBe(200);
    expect(await image(uuid)).toEqual({ name: 'nginx@sha256', tag: DIGEST2 });
    await api(sb, 'PATCH', `/applications/${uuid}`, { docker_registry_image_name: 'nginx', docker_registry_image_tag: DIGEST });
    expect(await image(uuid)).toEqual({ name: 'nginx', tag: DIGEST });
  });
});

// Row 17: one allow-list for all five create endpoints (app/Http/Controllers/Api/ApplicationsController.php:1194).
// Checked on the real Coolify 4.3.11: git fields on a dockerimage create are accepted (201);
// git_repository is ignored, build_pack overwritten, the build fields stored as sent.
describe('sandbox application creates share one allow-list', () => {
  it('dockerimage and dockerfile creates accept the git/build fields', async () => {
    const sb = await startSandbox();
    try {
      const project = await createProject(sb, 'allow-list');
      const git = { git_repository: 'https://github.com/a/b', git_branch: 'main', build_pack: 'nixpacks', install_command: 'npm ci', watch_paths: 'src/**', static_image: 'nginx:alpine', base_directory: '/x' };
      const uuid = await createImageApp(sb, project, git);
      const app = (await api(sb, 'GET', `/applications/${uuid}`)).json;
      // git_repository is ignored: a dockerimage app keeps Coolify's placeholder (ApplicationsController.php:2236).
      expect(app).toMatchObject({ build_pack: 'dockerimage', git_repository: 'coollabsio/coolify', install_command: 'npm ci', watch_paths: 'src/**', base_directory: '/x' });
      const df = await api(sb, 'POST', '/applications/dockerfile', {
        project_uuid: project, environment_name: 'production', server_uuid: seeded(sb).main,
        dockerfile: Buffer.from('FROM nginx\n').toString('base64'), ...git, docker_registry_image_name: 'x', start_command: 'run',
      });
      expect(df.status, df.text).toBe(201);
    } finally {
      await sb.close();
    }
  });
});
