import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { routeAbsent } from '../../src/sandbox/contract/release-rules.js';
import { api, createImageApp, createProject, INSTANT, seeded } from './helpers.js';

let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

async function emulate(version?: string): Promise<Sandbox> {
  sb = await startSandbox({ timings: INSTANT, rateLimitPerMinute: 0, ...(version ? { coolifyVersion: version } : {}) });
  return sb;
}

async function postgres(s: Sandbox, project: string): Promise<string> {
  const r = await api(s, 'POST', '/databases/postgresql', { project_uuid: project, environment_name: 'production', server_uuid: seeded(s).main, instant_deploy: false });
  if (r.status !== 200 && r.status !== 201) throw new Error(`db create failed: ${r.status} ${r.text}`);
  return r.json.uuid as string;
}

describe('sandbox --coolify-version', () => {
  it.each(['4.3.11', '4.3.23', '4.4.2'])('/version answers %s', async (v) => {
    const s = await emulate(v);
    expect((await api(s, 'GET', '/version')).text).toBe(v);
  });

  it('defaults to 4.3.11', async () => {
    const s = await emulate();
    expect((await api(s, 'GET', '/version')).text).toBe('4.3.11');
  });

  it('refuses to emulate a release older than 4.3.11', async () => {
    await expect(startSandbox({ coolifyVersion: '4.2.0' })).rejects.toThrow(/older than 4\.3\.11/);
  });

  it('follows each release allow-list: missing_backup_notification_days only from 4.3.23', async () => {
    const old = await emulate('4.3.11');
    const db = await postgres(old, await createProject(old));
    const rejected = await api(old, 'POST', `/databases/${db}/backups`, { frequency: 'daily', missing_backup_notification_days: 2 });
    expect(rejected.status).toBe(422);
    expect(rejected.json).toEqual({ message: 'Validation failed.', errors: { missing_backup_notification_days: ['This field is not allowed.'] } });
    await old.close();
    const next = await emulate('4.3.23');
    const db2 = await postgres(next, await createProject(next));
    const made = await api(next, 'POST', `/databases/${db2}/backups`, { frequency: 'daily', missing_backup_notification_days: 2 });
    expect(made.status).toBe(201);
    const list = (await api(next, 'GET', `/databases/${db2}/backups`)).json as Array<Record<string, unknown>>;
    expect(list[0]!.missing_backup_notification_days).toBe(2);
  });

  it('rejects custom_container_name_prefix before 4.4.2', async () => {
    const s = await emulate('4.3.23');
    const app = await createImageApp(s, await createProject(s));
    const r = await api(s, 'PATCH', `/applications/${app}`, { custom_container_name_prefix: 'x' });
    expect(r.json).toEqual({ message: 'Validation failed.', errors: { custom_container_name_prefix: ['This field is not allowed.'] } });
  });

  it('knows which routes a release lacks (preview PATCH arrived in 4.3.23 among the known releases)', () => {
    expect(routeAbsent('4.3.11', 'PATCH', '/applications/a/previews/7')).toBe(true);
    expect(routeAbsent('4.3.23', 'PATCH', '/applications/a/previews/7')).toBe(false);
    expect(routeAbsent('4.3.23', 'POST', '/databases/sqlite')).toBe(true);
    expect(routeAbsent('4.4.2', 'POST', '/databases/sqlite')).toBe(false);
    expect(routeAbsent('4.3.11', 'POST', '/databases/postgresql')).toBe(false);
  });

  it.each([
    ['4.3.11', 10],
    ['4.3.23', 0],
    ['4.4.2', 0],
  ])('a new application in %s reads back max_restart_count %s', async (v, expected) => {
    const s = await emulate(v);
    const app = await createImageApp(s, await createProject(s));
    expect((await api(s, 'GET', `/applications/${app}`)).json.max_restart_count).toBe(expected);
  });

  it('records request bodies in the request log', async () => {
    const s = await emulate('4.3.23');
    await createProject(s, 'logged');
    const entry = s.requestLog.find((e) => e.method === 'POST' && e.path === '/api/v1/projects');
    expect(entry?.body).toMatchObject({ name: 'logged' });
  });
});
