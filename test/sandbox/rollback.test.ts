/**
 * The rollback endpoints as Coolify 4.3.11 serves them (routes/api.php:268-269,
 * app/Http/Controllers/Api/ApplicationsController.php:5468-5511 rollback_images and
 * :5575-5647 rollback_by_uuid).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { api, clockedSandbox, createImageApp, createProject } from './helpers.js';

describe('sandbox rollback endpoints', () => {
  let sb: Sandbox;
  let advance: (ms: number) => void;
  let project: string;
  beforeAll(async () => {
    ({ sb, advance } = await clockedSandbox({ timings: { deploymentQueuedMs: 10, deploymentRunMs: 50, healthyAfterMs: 10 } }));
    project = await createProject(sb, 'rollbacks');
  });
  afterAll(async () => sb.close());

  const deploy = async (app: string): Promise<string> => {
    const uuid = (await api(sb, 'POST', `/deploy?uuid=${app}`)).json.deployments[0].deployment_uuid as string;
    advance(100);
    return uuid;
  };

  it('rollback-images lists the tags finished deployments left, and the running one as current', async () => {
    const app = await createImageApp(sb, project, { name: 'images' });
    expect((await api(sb, 'GET', `/applications/${app}/rollback-images`)).json).toEqual({ current: null, images: [] });
    await deploy(app);
    await api(sb, 'PATCH', `/applications/${app}`, { docker_registry_image_tag: '1.28' });
    await deploy(app);
    const r = await api(sb, 'GET', `/applications/${app}/rollback-images`);
    expect(r.status).toBe(200);
    expect(r.json.current).toBe('1.28');
    expect(r.json.images.map((i: { tag: string; is_current: boolean }) => [i.tag, i.is_current])).toEqual([['1.28', true], ['1.27', false]]);
    expect(r.json.images[0].created_at).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0000 UTC$/);
    // A failed deployment leaves the running container (and `current`) as it was.
    sb.faults.set('fail-deploy=images');
    await api(sb, 'PATCH', `/applications/${app}`, { docker_registry_image_tag: '1.29' });
    await deploy(app);
    expect((await api(sb, 'GET', `/applications/${app}/rollback-images`)).json.current).toBe('1.28');
    sb.faults.clear();
  });

  it('POST rollback queues a rollback deployment of the commit, which runs even under fail-deploy', async () => {
    const app = await createImageApp(sb, project, { name: 'back' });
    await deploy(app);
    await api(sb, 'PATCH', `/applications/${app}`, { docker_registry_image_tag: '1.28' });
    sb.faults.set('fail-deploy=back');
    const failed = await deploy(app);
    const failedLog = (await api(sb, 'GET', `/deployments/${failed}`)).json;
    expect(failedLog.status).toBe('failed');
    const entries = JSON.parse(failedLog.logs as string) as Array<{ output: string; hidden: boolean }>;
    expect(entries.some((e) => e.hidden)).toBe(true); // a debug entry the UI hides
    expect(entries.filter((e) => !e.hidden).map((e) => e.output)).toContain('Pulling image for version 1.28.');

    const r = await api(sb, 'POST', `/applications/${app}/rollback`, { commit: '1.27' });
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ message: 'Rollback deployment queued.', deployment_uuid: expect.any(String) });
    advance(100);
    const d = (await api(sb, 'GET', `/deployments/${r.json.deployment_uuid}`)).json;
    expect(d).toMatchObject({ status: 'finished', rollback: true, commit: '1.27' });
    expect((await api(sb, 'GET', `/applications/${app}/rollback-images`)).json.current).toBe('1.27');
    expect((await api(sb, 'GET', `/applications/${app}`)).json.status).toBe('running:healthy');
    sb.faults.clear();
  });

  it('POST rollback validates like Coolify: commit required, no other field, a git ref, a known application', async () => {
    const app = await createImageApp(sb, project, { name: 'checks' });
    const noBody = await api(sb, 'POST', `/applications/${app}/rollback`);
    expect(noBody.status).toBe(400); // validateIncomingRequest
    const extra = await api(sb, 'POST', `/applications/${app}/rollback`, { commit: '1.27', force: true });
    expect(extra.status).toBe(422);
    expect(extra.json.errors).toEqual({ force: ['This field is not allowed.'] });
    const missing = await api(sb, 'POST', `/applications/${app}/rollback`, { other: 1 });
    expect(missing.json.errors.commit).toEqual(['The commit field is required.']);
    const bad = await api(sb, 'POST', `/applications/${app}/rollback`, { commit: '-x' });
    expect(bad.status).toBe(422);
    expect(bad.json.errors.commit).toEqual(['Invalid rollback commit: must not start with a hyphen.']);
    const gone = await api(sb, 'POST', '/applications/nope/rollback', { commit: '1.27' });
    expect(gone.status).toBe(404);
    expect(gone.json.message).toBe('Application not found.');
    expect((await api(sb, 'GET', '/applications/nope/rollback-images')).status).toBe(404);
  });
});
