/**
 * Contract tests, applications part: every `client.applications.*`, `deploy()` and
 * `client.deployments.*` method against the sandbox, plus the application/env-var rejections of
 * API-NOTES §4, §5 and §10.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationRecord, EnvVarRecord } from '../../src/coolify/types.js';
import { CONTRACT_OWNERS, UUID, b64, expectApiError, startContract, uncalled, type ContractContext } from './contract-helpers.js';

describe('contract: applications, deploy, deployments (client ↔ sandbox)', () => {
  let c: ContractContext;
  let project: string;
  let otherEnv: string;
  const apps: Record<'public' | 'github' | 'deployKey' | 'dockerfile' | 'image', string> = { public: '', github: '', deployKey: '', dockerfile: '', image: '' };

  beforeAll(async () => {
    c = await startContract();
    project = (await c.client.projects.create({ name: 'contract-apps' })).uuid;
    otherEnv = (await c.client.projects.createEnvironment(project, { name: 'staging' })).uuid;
  });
  afterAll(async () => c.close());

  it('creates all five kinds and answers {uuid, domains}', async () => {
    const git = { git_repository: 'https://github.com/acme/web.git', git_branch: 'main', build_pack: 'nixpacks', ports_exposes: '3000' };
    const pub = await c.client.applications.createPublic({ ...c.place(project), ...git, name: 'web', domains: 'https://web.example.test', tags: ['ado-contract'] });
    expect(pub).toEqual({ uuid: expect.stringMatching(UUID), domains: 'https://web.example.test' });
    apps.public = pub.uuid;

    const gh = (await c.client.githubApps.list()).find((g) => g.name === 'ado-github')!;
    const viaGh = await c.client.applications.createPrivateGithubApp({ ...c.place(project), ...git, github_app_uuid: gh.uuid, autogenerate_domain: false });
    expect(viaGh.uuid).toMatch(UUID);
    expect(viaGh.domains).toBeNull();
    apps.github = viaGh.uuid;

    const key = (await c.client.privateKeys.list()).find((k) => k.name === 'deploy-key')!;
    const viaKey = await c.client.applications.createPrivateDeployKey({
      ...c.place(project), git_repository: 'git@github.com:acme/api.git', git_branch: 'main', build_pack: 'dockerfile', private_key_uuid: key.uuid,
    });
    apps.deployKey = viaKey.uuid;

    const df = await c.client.applications.createDockerfile({
      ...c.place(project), dockerfile: b64('FROM nginx:alpine\nEXPOSE 8080\n'), ports_exposes: '3000', autogenerate_domain: false,
    });
    apps.dockerfile = df.uuid;

    const img = await c.client.applications.createDockerImage({
      ...c.place(project), docker_registry_image_name: 'ghcr.io/acme/worker:1.2.3', is_preview_deployments_enabled: true, tags: ['ado-contract'],
    });
    expect(img.domains).toBe(`http://${img.uuid}.127.0.0.1.sslip.io`); // autogenerate_domain defaults to true
    apps.image = img.uuid;
  });

  it('get: fqdn (not domains), settings, normalisations, sensitive fields for root', async () => {
    const pub = await c.client.applications.get(apps.public);
    expect(pub).toMatchObject({ uuid: apps.public, fqdn: 'https://web.example.test', git_repository: 'acme/web', build_pack: 'nixpacks', status: 'exited:unhealthy', server_status: true });
    expect('domains' in pub).toBe(false);
    expect(typeof pub.environment_id).toBe('number');
    expect(pub.settings).toMatchObject({ is_auto_deploy_enabled: true });
    expect(typeof pub.custom_labels).toBe('string');
    const df = await c.client.applications.get(apps.dockerfile);
    expect(df).toMatchObject({ build_pack: 'dockerfile', ports_exposes: '8080', fqdn: null, dockerfile: 'FROM nginx:alpine\nEXPOSE 8080\n' });
    const img = await c.client.applications.get(apps.image);
    expect(img).toMatchObject({ build_pack: 'dockerimage', docker_registry_image_name: 'ghcr.io/acme/worker', docker_registry_image_tag: '1.2.3' });
    expect((await c.client.applications.get(apps.deployKey)).git_repository).toBe('git@github.com:acme/api.git');
  });

  it('list, and list by ?tag=', async () => {
    const all = await c.client.applications.list();
    expect(all.map((a) => a.uuid).sort()).toEqual(Object.values(apps).sort());
    expect(all.every((a) => !('settings' in a))).toBe(true);
    const tagged = await c.client.applications.list({ tag: 'ado-contract' });
    expect(tagged.map((a) => a.uuid).sort()).toEqual([apps.public, apps.image].sort());
  });

  it('update answers {uuid}; the change reads back', async () => {
    expect(await c.client.applications.update(apps.public, { description: 'front', ports_exposes: '3000,9000', domains: 'https://www.example.test' })).toEqual({ uuid: apps.public });
    const got: ApplicationRecord = await c.client.applications.get(apps.public);
    expect(got).toMatchObject({ description: 'front', ports_exposes: '3000,9000', fqdn: 'https://www.example.test' });
  });

  it('envs: create (+ preview copy), list, update (not partial), bulkUpsert, delete', async () => {
    const created = await c.client.applications.envs.create(apps.public, { key: 'API_URL', value: 'https://api.example.test', is_buildtime: false, is_runtime: true, is_literal: true });
    expect(created).toEqual({ uuid: expect.stringMatching(UUID) });
    let list: EnvVarRecord[] = await c.client.applications.envs.list(apps.public);
    expect(list.map((e) => [e.key, e.is_preview])).toEqual([['API_URL', false], ['API_URL', true]]);
    expect(list[0]).toMatchObject({ value: 'https://api.example.test', is_buildtime: false, is_runtime: true, is_literal: true });
    const updated = await c.client.applications.envs.update(apps.public, { key: 'API_URL', value: 'https://api2.example.test' });
    expect(updated).toMatchObject({ key: 'API_URL', value: 'https://api2.example.test', is_literal: false }); // omitted is_literal resets
    const bulk = await c.client.applications.envs.bulkUpsert(apps.public, [
      { key: 'API_URL', value: 'https://api3.example.test', is_literal: true },
      { key: 'NODE_ENV', value: 'production', comment: 'set by ado' },
    ]);
    expect(bulk.map((e) => e.key)).toEqual(['API_URL', 'NODE_ENV']);
    list = await c.client.applications.envs.list(apps.public);
    expect(list.filter((e) => !e.is_preview).map((e) => `${e.key}=${String(e.value)}`).sort()).toEqual(['API_URL=https://api3.example.test', 'NODE_ENV=production']);
    const node = list.find((e) => e.key === 'NODE_ENV' && !e.is_preview)!;
    expect((await c.client.applications.envs.delete(apps.public, node.uuid)).message).toMatch(/deleted/i);
    expect((await c.client.applications.envs.list(apps.public)).filter((e) => e.key === 'NODE_ENV' && !e.is_preview)).toEqual([]);
  });

  it('tags: add (lower-cased), list, remove', async () => {
    const added = await c.client.applications.tags.add(apps.github, ['Team-A', 'ado-contract']);
    expect(added.map((t) => t.name).sort()).toEqual(['ado-contract', 'team-a']);
    const listed = await c.client.applications.tags.list(apps.github);
    const teamA = listed.find((t) => t.name === 'team-a')!;
    expect(teamA.uuid).toMatch(UUID);
    expect((await c.client.applications.tags.remove(apps.github, teamA.uuid)).message).toMatch(/removed/i);
    expect((await c.client.applications.tags.list(apps.github)).map((t) => t.name)).toEqual(['ado-contract']);
  });

  it('storages: create, list, update, delete', async () => {
    const s = await c.client.applications.storages.create(apps.public, { type: 'persistent', name: 'web-data', mount_path: '/data' });
    // Stored as `{app_uuid}-{name}` (ApplicationsController.php:4898); the answer is the created
    // row, which carries no `type` (Coolify 4.3.11 answers none: the list a storage is in says it).
    expect(s).toMatchObject({ uuid: expect.stringMatching(UUID), name: `${apps.public}-web-data`, mount_path: '/data', resource_type: 'App\\Models\\Application' });
    expect(s).not.toHaveProperty('type');
    const file = await c.client.applications.storages.create(apps.public, { type: 'file', mount_path: '/etc/app.conf', content: 'a=1' });
    const list = await c.client.applications.storages.list(apps.public);
    expect(list.persistent_storages.map((x) => x.uuid)).toEqual([s.uuid]);
    expect(list.file_storages.map((x) => x.uuid)).toEqual([file.uuid]);
    const upd = await c.client.applications.storages.update(apps.public, { uuid: s.uuid as string, type: 'persistent', mount_path: '/var/data' });
    expect(upd.mount_path).toBe('/var/data');
    expect((await c.client.applications.storages.delete(apps.public, file.uuid as string)).message).toMatch(/deleted/i);
  });

  // Answers as recorded from the real Coolify 4.3.11 (VolumeBackupsController).
  it('storageBackups: set (201 created, then 200 replaced), run, delete; storage delete refused while one exists', async () => {
    const s = (await c.client.applications.storages.list(apps.public)).persistent_storages[0]!.uuid as string;
    const created = await c.client.applications.storageBackups.set(apps.public, s, { frequency: 'daily' });
    expect(created).toEqual({
      uuid: expect.stringMatching(UUID), message: 'Storage backup schedule created.', storage_uuid: s, storage_type: 'persistent',
      frequency: 'daily', enabled: true, save_s3: false, disable_local_backup: false, stop_during_backup: false, s3_storage_uuid: null,
      retention_amount_locally: 7, retention_days_locally: 0, retention_max_storage_locally: 0,
      retention_amount_s3: 7, retention_days_s3: 0, retention_max_storage_s3: 0, timeout: null,
    });
    const replaced = await c.client.applications.storageBackups.set(apps.public, s, { frequency: '0 2 * * *', enabled: false, retention_amount_locally: 3, timeout: 600 });
    expect(replaced).toMatchObject({ uuid: created.uuid, message: 'Storage backup schedule updated.', frequency: '0 2 * * *', enabled: false, retention_amount_locally: 3, timeout: 600 });
    // Omitted fields go back to their defaults; `timeout` is kept.
    expect(await c.client.applications.storageBackups.set(apps.public, s, { frequency: 'hourly' })).toMatchObject({ enabled: true, retention_amount_locally: 7, timeout: 600 });
    expect(await c.client.applications.storageBackups.run(apps.public, s)).toEqual({ message: 'Storage backup queued.', uuid: created.uuid });
    await expectApiError(c.client.applications.storages.delete(apps.public, s), {
      status: 422, coolifyMessage: 'Delete this volume backup schedule and its archives before deleting the volume.',
    });
    expect((await c.client.applications.storageBackups.delete(apps.public, s)).message).toBe('Storage backup schedule and archives deleted.');
    await expectApiError(c.client.applications.storageBackups.delete(apps.public, s), { status: 404, coolifyMessage: 'Storage backup schedule not found.' });
    await expectApiError(c.client.applications.storageBackups.run(apps.public, s), { status: 404, coolifyMessage: 'Storage backup schedule not found.' });
  });

  it('storageBackups rejections: 422 rules and messages, 404s, S3 only when usable (as the real Coolify answers)', async () => {
    const s = (await c.client.applications.storages.list(apps.public)).persistent_storages[0]!.uuid as string;
    const set = (body: Record<string, unknown>) => c.client.applications.storageBackups.set(apps.public, s, body);
    await expectApiError(set({ frequency: 'daily', bogus: 1 }), { status: 422, field: 'bogus', coolifyMessage: 'Validation failed.' });
    await expectApiError(set({ frequency: 'not a cron' }), { status: 422, field: 'frequency' });
    await expectApiError(set({ frequency: 'daily', disable_local_backup: true }), { status: 422, field: 'disable_local_backup' });
    await expectApiError(set({ frequency: 'daily', save_s3: true }), { status: 422, field: 's3_storage_uuid' });
    const err = await expectApiError(set({ frequency: 'abc', timeout: 'abc', retention_days_s3: 1.5, enabled: 2 }), { status: 422 });
    expect(err.fieldErrors).toEqual({
      enabled: ['The enabled field must be true or false.'],
      retention_days_s3: ['The retention days s3 field must be an integer.'],
      timeout: ['The timeout field must be an integer.', 'The timeout field must be at least 60.'],
      frequency: ['The frequency must be a valid cron or human expression.'],
    });
    await expectApiError(c.client.applications.storageBackups.set('nope', s, { frequency: 'daily' }), { status: 404, coolifyMessage: 'Application not found.' });
    await expectApiError(c.client.applications.storageBackups.delete('nope', s), { status: 404, coolifyMessage: 'Resource not found.' });
    await expectApiError(c.client.applications.storageBackups.set(apps.public, 'nope', { frequency: 'daily' }), { status: 404, coolifyMessage: 'Storage not found.' });
  });

  it('scheduled tasks: create, list, update, executions, delete', async () => {
    const t = await c.client.applications.scheduledTasks.create(apps.public, { name: 'cleanup', command: 'npm run cleanup', frequency: '0 3 * * *' });
    expect(t).toMatchObject({ uuid: expect.stringMatching(UUID), name: 'cleanup', frequency: '0 3 * * *', enabled: true });
    expect((await c.client.applications.scheduledTasks.list(apps.public)).map((x) => x.uuid)).toEqual([t.uuid]);
    expect(await c.client.applications.scheduledTasks.update(apps.public, t.uuid, { frequency: 'hourly' })).toMatchObject({ frequency: 'hourly' });
    expect(await c.client.applications.scheduledTasks.executions(apps.public, t.uuid)).toEqual([]);
    expect((await c.client.applications.scheduledTasks.delete(apps.public, t.uuid)).message).toMatch(/deleted/i);
  });

  it('start → queued deployment; cancel; start again → finished and running:healthy; logs; restart; stop', async () => {
    const first = await c.client.applications.start(apps.public, { force: true });
    expect(first.deployment_uuid).toMatch(UUID);
    expect((await c.client.deployments.get(first.deployment_uuid!)).status).toBe('queued');
    expect((await c.client.deployments.list()).map((d) => d.deployment_uuid)).toContain(first.deployment_uuid);
    expect(await c.client.deployments.cancel(first.deployment_uuid!)).toMatchObject({ status: 'cancelled-by-user' });
    expect((await c.client.deployments.get(first.deployment_uuid!)).status).toBe('cancelled-by-user');

    const second = await c.client.applications.start(apps.public);
    c.advance(60);
    expect((await c.client.deployments.get(second.deployment_uuid!)).status).toBe('in_progress');
    c.advance(200);
    const done = await c.client.deployments.get(second.deployment_uuid!);
    expect(done).toMatchObject({ status: 'finished', deployment_uuid: second.deployment_uuid, pull_request_id: 0 });
    expect(typeof done.logs).toBe('string'); // root: read:sensitive
    expect((await c.client.applications.get(apps.public)).status).toBe('running:healthy');
    expect(await c.client.deployments.list()).toEqual([]); // only queued/in-progress are listed

    const logs = await c.client.applications.logs(apps.public, { lines: 2, showTimestamps: false });
    expect(logs.logs.split('\n')).toHaveLength(2);
    const restart = await c.client.applications.restart(apps.public);
    expect(restart).toMatchObject({ message: expect.any(String), deployment_uuid: expect.stringMatching(UUID) });
    expect((await c.client.applications.stop(apps.public, { dockerCleanup: true })).message).toMatch(/stopping/i);
    c.advance(500);
    await expectApiError(c.client.applications.logs(apps.public), { status: 400, code: 'COOLIFY_BAD_REQUEST', coolifyMessage: 'Application is not running.' });
  });

  it('rollbackImages lists what finished deployments left; rollback queues a deployment of the commit', async () => {
    const images = await c.client.applications.rollbackImages(apps.public);
    expect(images.current).toBeNull(); // the earlier test stopped it: nothing runs
    expect(images.images.length).toBeGreaterThan(0);
    expect(images.images[0]).toEqual({ tag: expect.any(String), created_at: expect.any(String), is_current: false });
    const r = await c.client.applications.rollback(apps.public, 'abc1234');
    expect(r).toMatchObject({ message: expect.any(String), deployment_uuid: expect.stringMatching(UUID) });
    expect((await c.client.deployments.get(r.deployment_uuid!)).status).toBe('queued');
    await expectApiError(c.client.applications.rollback(apps.public, '-x'), { status: 422 });
  });

  it('deploy by uuid, by tag, and a PR preview of an image app (pr + dockerTag); forApplication; deletePreview', async () => {
    const byUuid = await c.client.deploy({ uuids: [apps.dockerfile], force: true });
    expect(byUuid.deployments).toEqual([{ message: expect.any(String), resource_uuid: apps.dockerfile, deployment_uuid: expect.stringMatching(UUID) }]);

    const byTag = (await c.client.deploy({ tags: ['ado-contract'] })) as unknown as Record<string, unknown>;
    // Coolify's by-tag answer is {message: [...], details: [{resource_uuid, deployment_uuid}]}, not {deployments}.
    expect(byTag.details).toEqual(expect.arrayContaining([expect.objectContaining({ resource_uuid: apps.image })]));

    const pr = await c.client.deploy({ uuids: [apps.image], pullRequestId: 42, dockerTag: 'pr-42' });
    expect(pr.deployments[0]).toMatchObject({ resource_uuid: apps.image, deployment_uuid: expect.stringMatching(UUID) });
    const page = await c.client.deployments.forApplication(apps.image, { skip: 0, take: 1 });
    expect(page.count).toBe(2); // by tag + PR
    expect(page.deployments).toHaveLength(1);
    expect(page.deployments[0]).toMatchObject({ deployment_uuid: pr.deployments[0]!.deployment_uuid, pull_request_id: 42 });
    expect((await c.client.applications.deletePreview(apps.image, 42)).message).toMatch(/preview/i);
    await expectApiError(c.client.applications.deletePreview(apps.image, 42), { status: 404, code: 'COOLIFY_NOT_FOUND' });
  });

  it('move to another environment; delete is queued, then the app is gone', async () => {
    const before = await c.client.applications.get(apps.deployKey);
    expect((await c.client.applications.move(apps.deployKey, otherEnv)).message).toMatch(/moved/i);
    const after = await c.client.applications.get(apps.deployKey);
    expect(after.environment_id).not.toBe(before.environment_id);
    const staging = await c.client.projects.getEnvironment(project, otherEnv);
    expect(after.environment_id).toBe(staging.id);
    expect((await c.client.applications.delete(apps.deployKey, { deleteVolumes: false, dockerCleanup: true })).message).toMatch(/queued/i);
    expect((await c.client.applications.get(apps.deployKey)).uuid).toBe(apps.deployKey); // still visible until the job ran
    c.advance(100);
    await expectApiError(c.client.applications.get(apps.deployKey), { status: 404, code: 'COOLIFY_NOT_FOUND', coolifyMessage: 'Application not found.' });
  });

  describe('rejections (API-NOTES §4, §5, §10)', () => {
    it('unknown key on create → 422 with a field error', async () => {
      const err = await expectApiError(c.client.applications.createDockerImage({ ...c.place(project), docker_registry_image_name: 'nginx', labels: 'x' }), {
        status: 422, code: 'COOLIFY_VALIDATION', field: 'labels',
      });
      expect(err.fieldErrors.labels).toEqual(['This field is not allowed.']);
    });

    it('is_build_time → 422 (the name is is_buildtime); silently dropped in bulk', async () => {
      await expectApiError(c.client.applications.envs.create(apps.image, { key: 'X', value: '1', is_build_time: true } as never), {
        status: 422, field: 'is_build_time',
      });
      const bulk = await c.client.applications.envs.bulkUpsert(apps.image, [{ key: 'Y', value: '1', is_build_time: false } as never]);
      expect(bulk[0]).toMatchObject({ key: 'Y', is_buildtime: true });
    });

    it('duplicate env key → 409', async () => {
      await c.client.applications.envs.create(apps.image, { key: 'DUP', value: '1' });
      await expectApiError(c.client.applications.envs.create(apps.image, { key: 'DUP', value: '2' }), {
        status: 409, code: 'COOLIFY_CONFLICT', coolifyMessage: /already exists/,
      });
    });

    it('PATCH of a forbidden key (project_uuid, tags, dockerfile) → 422 naming it', async () => {
      for (const body of [{ project_uuid: project }, { tags: ['x1'] }, { dockerfile: b64('FROM scratch') }]) {
        const field = Object.keys(body)[0]!;
        await expectApiError(c.client.applications.update(apps.image, body), { status: 422, code: 'COOLIFY_VALIDATION', field });
      }
    });

    it('/deploy with an unknown uuid → 404; with nothing → TypeError before any request', async () => {
      await expectApiError(c.client.deploy({ uuids: ['zzzzzzzzzzzzzzzzzzzzzzzz'] }), { status: 404, code: 'COOLIFY_NOT_FOUND', coolifyMessage: 'No resources found.' });
      await expect(c.client.deploy({})).rejects.toThrow(TypeError);
    });

    it('deployment that is already finished cannot be cancelled → 400', async () => {
      const d = await c.client.applications.start(apps.dockerfile);
      c.advance(500);
      await expectApiError(c.client.deployments.cancel(d.deployment_uuid!), { status: 400, coolifyMessage: /cannot be cancelled/ });
    });
  });

  it('coverage: every applications/deploy/deployments client method was called', () => {
    expect(uncalled(c.client, c.called, CONTRACT_OWNERS.applications!)).toEqual([]);
  });
});
