import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { api, createProject, seeded } from './helpers.js';

// Answers captured from a real Coolify 4.3.11 (ApplicationsController.php:1387-1457, :2960-2968).
describe('sandbox: docker_compose_domains of a git dockercompose application', () => {
  let sb: Sandbox;
  let project: string;
  beforeAll(async () => {
    sb = await startSandbox();
    project = await createProject(sb, 'compose-apps');
  });
  afterAll(async () => sb.close());
  const create = (name: string, extra: Record<string, unknown>) =>
    api(sb, 'POST', '/applications/public', {
      project_uuid: project, environment_name: 'production', server_uuid: seeded(sb).main, name,
      git_repository: 'https://github.com/coollabsio/coolify-examples', git_branch: 'main', build_pack: 'dockercompose',
      autogenerate_domain: false, instant_deploy: false, ...extra,
    });

  it('create stores them under their names before any compose is known; GET returns the JSON text', async () => {
    const r = await create('capp', { docker_compose_domains: [{ name: 'web', domain: 'https://capp.example.com' }, { name: 'api', domain: 'https://api.example.com', redirect: 'www' }] });
    expect(r.status).toBe(201);
    const got = (await api(sb, 'GET', `/applications/${r.json.uuid as string}`)).json;
    expect(got.docker_compose_raw).toBeNull();
    expect(got.docker_compose_domains).toBe('{"web":{"domain":"https:\\/\\/capp.example.com"},"api":{"domain":"https:\\/\\/api.example.com","redirect":"www"}}');
  });

  it('a PATCH before the compose was loaded is a 422 and stores nothing', async () => {
    const r = await create('later', { description: 'before' });
    const patch = await api(sb, 'PATCH', `/applications/${r.json.uuid as string}`, { description: 'after', docker_compose_domains: [{ name: 'web', domain: 'https://later.example.com' }] });
    expect(patch.status).toBe(422);
    expect(patch.json.errors).toEqual({
      docker_compose_domains: 'Cannot set docker_compose_domains without docker_compose_raw. Reload the compose file from the git repository first.',
    });
    const got = (await api(sb, 'GET', `/applications/${r.json.uuid as string}`)).json;
    expect([got.docker_compose_domains, got.description]).toEqual([null, 'before']);
  });

  it('once the compose is loaded, a PATCH keeps only the names the compose has', async () => {
    const r = await create('loaded', {});
    const app = sb.store.world.applications.find((a) => a.uuid === r.json.uuid)!;
    app.fields.docker_compose_raw = 'services:\n  web:\n    image: nginx\n';
    const patch = await api(sb, 'PATCH', `/applications/${app.uuid}`, { docker_compose_domains: [{ name: 'web', domain: 'https://l.example.com' }, { name: 'ghost', domain: 'https://g.example.com' }] });
    expect(patch.status).toBe(200);
    expect((await api(sb, 'GET', `/applications/${app.uuid}`)).json.docker_compose_domains).toBe('{"web":{"domain":"https:\\/\\/l.example.com"}}');
  });
});
