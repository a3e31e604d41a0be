/**
 * Contract tests, previews part (Coolify 4.4): every `client.previews.*` method against the
 * sandbox emulating 4.4.2, and the rules of ApplicationPreviewsController (4.4) it follows:
 * 201 for a new preview and 200 for an existing one, the per-build-pack body rules, the
 * docker tag a new Docker Image preview needs, `instant_deploy: false`, and the 404/422 reads.
 * At 4.3.11 the routes do not exist (404).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT_OWNERS, b64, expectApiError, startContract, uncalled, type ContractContext } from './contract-helpers.js';

describe('contract: previews (client ↔ sandbox at 4.4.2)', () => {
  let c: ContractContext;
  let image: string;
  let git: string;
  let dockerfile: string;

  beforeAll(async () => {
    c = await startContract({ coolifyVersion: '4.4.2' });
    const project = (await c.client.projects.create({ name: 'contract-previews' })).uuid;
    image = (await c.client.applications.createDockerImage({ ...c.place(project), docker_registry_image_name: 'nginx', ports_exposes: '80', domains: 'https://web.example.test' })).uuid;
    git = (await c.client.applications.createPublic({ ...c.place(project), git_repository: 'https://github.com/acme/web', git_branch: 'main', build_pack: 'nixpacks', ports_exposes: '3000', domains: 'https://site.example.test' })).uuid;
    dockerfile = (await c.client.applications.createDockerfile({ ...c.place(project), dockerfile: b64('FROM nginx\n'), ports_exposes: '80' })).uuid;
  });
  afterAll(async () => c.close());

  it('create: 201 with the queued deployment and the preview (its domain from the template)', async () => {
    const created = await c.client.previews.create(image, { pull_request_id: 7, docker_tag: 'pr-7' });
    expect(created.message).toBe('Preview deployment queued.');
    expect(typeof created.deployment_uuid).toBe('string');
    expect(created.preview).toMatchObject({ pull_request_id: 7, git_type: null, domains: 'https://7.web.example.test', docker_registry_image_tag: 'pr-7', pull_request_html_url: null });
    expect(c.sb.requestLog.at(-1)!.status).toBe(201);
  });

  it('create again: 200, the existing preview keeps its tag; instant_deploy false queues nothing', async () => {
    const again = await c.client.previews.create(image, { pull_request_id: 7, instant_deploy: false });
    expect(c.sb.requestLog.at(-1)!.status).toBe(200);
    expect(again).toMatchObject({ message: 'Preview updated.', deployment_uuid: null });
    expect(again.preview.docker_registry_image_tag).toBe('pr-7');
  });

  it('a git app: git_type from its source (the public GitHub App) or the request; bitbucket needs a commit', async () => {
    const created = await c.client.previews.create(git, { pull_request_id: 3, instant_deploy: false });
    expect(created.preview.git_type).toBe('github');
    await expectApiError(c.client.previews.create(git, { pull_request_id: 4, git_type: 'bitbucket' }), { status: 422, field: 'commit' });
    await expectApiError(c.client.previews.create(git, { pull_request_id: 4, docker_tag: 'x' }), { status: 422, field: 'docker_tag' });
    await expectApiError(c.client.previews.create(git, { pull_request_id: 4, git_type: 'svn' }), { status: 422, field: 'git_type' });
  });

  it('the rules: pull_request_id required, a new Docker Image preview needs its tag, no git keys on images, no Dockerfile apps', async () => {
    await expectApiError(c.client.previews.create(image, { docker_tag: 'x' }), { status: 422, field: 'pull_request_id' });
    await expectApiError(c.client.previews.create(image, { pull_request_id: 0 }), { status: 422, field: 'pull_request_id' });
    await expectApiError(c.client.previews.create(image, { pull_request_id: 8 }), { status: 422, field: 'docker_tag' });
    await expectApiError(c.client.previews.create(image, { pull_request_id: 8, docker_tag: 'x', git_type: 'github' }), { status: 422, field: 'git_type' });
    await expectApiError(c.client.previews.create(dockerfile, { pull_request_id: 8 }), { status: 400, coolifyMessage: 'Preview deployments need a Git based or Docker Image application.' });
    await expectApiError(c.client.previews.create('nope', { pull_request_id: 8 }), { status: 404, coolifyMessage: 'Application not found.' });
  });

  it('list and get: the previews of the app; 404 for an unknown one, 422 for a bad id', async () => {
    expect((await c.client.previews.list(image)).map((p) => p.pull_request_id)).toEqual([7]);
    const one = await c.client.previews.get(image, 7);
    expect(one).toMatchObject({ pull_request_id: 7, domains: 'https://7.web.example.test' });
    expect(typeof one.status).toBe('string');
    await expectApiError(c.client.previews.get(image, 99), { status: 404, coolifyMessage: 'Preview not found.' });
    await expectApiError(c.client.previews.get(image, -1), { status: 422, coolifyMessage: 'Invalid pull_request_id.' });
  });

  it('every previews method was exercised', () => {
    expect(uncalled(c.client, c.called, CONTRACT_OWNERS.previews!)).toEqual([]);
  });
});

describe('contract: previews at 4.3.11', () => {
  it('the 4.4 routes answer 404 (routes/api.php of 4.3.11 has none of them)', async () => {
    const c = await startContract({ coolifyVersion: '4.3.11' });
    try {
      const project = (await c.client.projects.create({ name: 'old' })).uuid;
      const app = (await c.client.applications.createDockerImage({ ...c.place(project), docker_registry_image_name: 'nginx', ports_exposes: '80' })).uuid;
      await expectApiError(c.client.previews.list(app), { status: 404 });
      await expectApiError(c.client.previews.create(app, { pull_request_id: 1, docker_tag: 'x' }), { status: 404 });
    } finally {
      await c.close();
    }
  });
});
