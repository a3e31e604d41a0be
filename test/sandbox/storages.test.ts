/**
 * Storages as the real Coolify 4.3.11 answers them: persistent volume names are stored as
 * `{owner_uuid}-{name}` (ApplicationsController.php:4898, DatabasesController.php:4148); a
 * file storage's `content` is hidden without read:sensitive (LocalFileVolume.php:30-32); the
 * key sets of list rows, create and update answers are the models' (serialize-storage.ts),
 * checked against the real 4.3.11.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { api, createImageApp, createProject, seeded } from './helpers.js';

const keys = (o: object): string[] => Object.keys(o).sort();
const STAMPS = ['created_at', 'id', 'resource_id', 'resource_type', 'updated_at', 'uuid'];

describe('sandbox storages', () => {
  let sb: Sandbox;
  let app: string;
  const writer = '3|writer-token';
  beforeAll(async () => {
    sb = await startSandbox({ tokens: [{ token: '2|reader-token', abilities: ['read'] }, { token: writer, abilities: ['read', 'write'] }] });
    app = await createImageApp(sb, await createProject(sb, 'storages'));
  });
  afterAll(async () => sb.close());

  it('stores a persistent volume name with the owner uuid in front', async () => {
    const r = await api(sb, 'POST', `/applications/${app}/storages`, { type: 'persistent', name: 'data', mount_path: '/data' });
    expect(r.status).toBe(201);
    expect(r.json.name).toBe(`${app}-data`);
    const list = await api(sb, 'GET', `/applications/${app}/storages`);
    expect(list.json.persistent_storages.map((s: { name: string }) => s.name)).toEqual([`${app}-data`]);
  });

  it('hides file content without read:sensitive (list, create and update answers)', async () => {
    const created = await api(sb, 'POST', `/applications/${app}/storages`, { type: 'file', mount_path: '/etc/a.conf', content: 'a=1' }, { token: writer });
    expect(created.status).toBe(201);
    expect('content' in created.json).toBe(false);
    const patched = await api(sb, 'PATCH', `/applications/${app}/storages`, { uuid: created.json.uuid, type: 'file', content: 'a=2' }, { token: writer });
    expect('content' in patched.json).toBe(false);
    const hidden = await api(sb, 'GET', `/applications/${app}/storages`, undefined, { token: '2|reader-token' });
    expect(hidden.json.file_storages).toHaveLength(1);
    expect('content' in hidden.json.file_storages[0]).toBe(false);
    const shown = await api(sb, 'GET', `/applications/${app}/storages`);
    expect(shown.json.file_storages[0].content).toBe('a=2');
  });

  it('answers a persistent volume with the columns Coolify answers: no type, the owner as resource_type/resource_id', async () => {
    const created = await api(sb, 'POST', `/applications/${app}/storages`, { type: 'persistent', name: 'cols', mount_path: '/cols' });
    // LocalPersistentVolume::create answers only the attributes it was given (no container_id, no is_preview_suffix_enabled).
    expect(keys(created.json)).toEqual([...STAMPS, 'host_path', 'mount_path', 'name'].sort());
    expect(created.json.resource_type).toBe('App\\Models\\Application');
    const row = (await api(sb, 'GET', `/applications/${app}/storages`)).json.persistent_storages.find((x: { uuid: string }) => x.uuid === created.json.uuid);
    expect(keys(row)).toEqual([...STAMPS, 'container_id', 'host_path', 'is_preview_suffix_enabled', 'mount_path', 'name'].sort());
    expect(row.resource_id).toBe(created.json.resource_id);
    const patched = await api(sb, 'PATCH', `/applications/${app}/storages`, { uuid: created.json.uuid, type: 'persistent', mount_path: '/cols2' });
    // isReadOnlyVolume() loaded the owning application: the model, with id and private_key_id, without $hidden.
    expect(keys(patched.json)).toEqual([...keys(row), 'resource'].sort());
    expect(patched.json.resource).toMatchObject({ id: row.resource_id, uuid: app, private_key_id: null, destination: { server: { uuid: seeded(sb).main } } });
    for (const hidden of ['dockerfile', 'docker_compose_raw', 'custom_labels', 'http_basic_auth_password', 'environment', 'settings']) expect(patched.json.resource).not.toHaveProperty(hidden);
    expect(Date.parse(patched.json.updated_at)).toBeGreaterThanOrEqual(Date.parse(row.updated_at));
  });

  it('stores a file mount under the application configuration directory, with the LocalFileVolume columns', async () => {
    const created = await api(sb, 'POST', `/applications/${app}/storages`, { type: 'file', mount_path: 'etc//b.conf', content: 'b' });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ fs_path: `/data/coolify/applications/${app}/etc/b.conf`, mount_path: '/etc/b.conf', content: 'b', is_directory: false, is_binary: false, is_too_large: false, service: null, resource: { uuid: app } });
    expect(created.json).not.toHaveProperty('type');
    expect(created.json).not.toHaveProperty('host_path');
    const row = (await api(sb, 'GET', `/applications/${app}/storages`)).json.file_storages.find((x: { uuid: string }) => x.uuid === created.json.uuid);
    expect(keys(row)).toEqual([...STAMPS, 'chmod', 'chown', 'content', 'fs_path', 'is_based_on_git', 'is_binary', 'is_directory', 'is_host_file', 'is_preview_suffix_enabled', 'is_too_large', 'mount_path'].sort());
    const patched = await api(sb, 'PATCH', `/applications/${app}/storages`, { uuid: created.json.uuid, type: 'file', content: 'c' });
    expect(patched.json).toMatchObject({ content: 'c', fs_path: row.fs_path, service: { uuid: app } });
    // The table of `type` is searched: a file uuid is no persistent storage.
    expect((await api(sb, 'PATCH', `/applications/${app}/storages`, { uuid: created.json.uuid, type: 'persistent', mount_path: '/x' })).status).toBe(404);
  });

  it('keeps a directory or host file path as given, and refuses what Coolify refuses', async () => {
    const dir = await api(sb, 'POST', `/applications/${app}/storages`, { type: 'file', mount_path: '/srv/dir', is_directory: true, fs_path: 'srv/dir' });
    expect(dir.json).toMatchObject({ fs_path: '/srv/dir', is_directory: true, service: null });
    expect(dir.json).not.toHaveProperty('content');
    const host = await api(sb, 'POST', `/applications/${app}/storages`, { type: 'file', mount_path: '/etc/h.conf', is_host_file: true, fs_path: '/srv//h.conf' });
    expect(host.json).toMatchObject({ fs_path: '/srv/h.conf', is_host_file: true, content: null });
    expect(host.json).not.toHaveProperty('resource');
    const refused = async (body: Record<string, unknown>): Promise<unknown> => {
      const r = await api(sb, 'POST', `/applications/${app}/storages`, body);
      expect(r.status).toBe(422);
      return r.json.errors;
    };
    expect(await refused({ type: 'file', mount_path: '/srv/d2', is_directory: true })).toEqual({ fs_path: 'The fs_path field is required for directory mounts.' });
    expect(await refused({ type: 'file', mount_path: '/etc/../x', content: 'x' })).toEqual({ mount_path: "Invalid file storage path: relative path segments ('.' or '..') are not allowed." });
    expect(await refused({ type: 'persistent', name: 'n', mount_path: '/n', content: 'x' })).toEqual({ content: "Field 'content' is not valid for type 'persistent'." });
  });
});

describe('sandbox service and database storages', () => {
  let sb: Sandbox;
  let svc: string;
  let sub: string;
  beforeAll(async () => {
    sb = await startSandbox();
    const project = await createProject(sb, 'svc-storages');
    const compose = Buffer.from('services:\n  web:\n    image: nginx:1.27\n').toString('base64');
    const r = await api(sb, 'POST', '/services', { project_uuid: project, environment_name: 'production', server_uuid: seeded(sb).main, docker_compose_raw: compose, instant_deploy: false });
    svc = r.json.uuid;
    sub = (await api(sb, 'GET', `/services/${svc}`)).json.applications[0].uuid;
  });
  afterAll(async () => sb.close());

  it('puts a service volume on the named sub-application, prefixed with its uuid', async () => {
    expect((await api(sb, 'POST', `/services/${svc}/storages`, { type: 'persistent', name: 'data', mount_path: '/data', resource_uuid: 'nope' })).json).toEqual({ message: 'Service resource not found.' });
    const created = await api(sb, 'POST', `/services/${svc}/storages`, { type: 'persistent', name: 'data', mount_path: '/data', resource_uuid: sub });
    expect(created.json).toMatchObject({ name: `${sub}-data`, resource_type: 'App\\Models\\ServiceApplication' });
    expect(created.json).not.toHaveProperty('resource_uuid');
    const row = (await api(sb, 'GET', `/services/${svc}/storages`)).json.persistent_storages[0];
    // ServicesController.php:2367-2381: the list names the sub-resource.
    expect(row).toMatchObject({ resource_uuid: sub, resource_type: 'application', resource_id: created.json.resource_id });
    const patched = await api(sb, 'PATCH', `/services/${svc}/storages`, { uuid: created.json.uuid, type: 'persistent', is_preview_suffix_enabled: false });
    expect(patched.json).toMatchObject({ is_preview_suffix_enabled: false, resource_type: 'App\\Models\\ServiceApplication' });
    expect(patched.json).not.toHaveProperty('resource');
  });

  it('stores a service file mount under the service directory; its update carries the sub-application and its service', async () => {
    const created = await api(sb, 'POST', `/services/${svc}/storages`, { type: 'file', mount_path: '/etc/s.conf', content: 'x', resource_uuid: sub });
    expect(created.json).toMatchObject({ fs_path: `/data/coolify/services/${svc}/etc/s.conf`, service: null, resource: { uuid: sub } });
    const patched = await api(sb, 'PATCH', `/services/${svc}/storages`, { uuid: created.json.uuid, type: 'file', content: 'y' });
    expect(patched.json).toMatchObject({ content: 'y', service: { uuid: sub, service: { uuid: svc } } });
    expect(patched.json.service.service).not.toHaveProperty('destination');
  });

  it('answers a database volume update with the database model as resource', async () => {
    const project = await createProject(sb, 'db-storages');
    const db = (await api(sb, 'POST', '/databases/postgresql', { project_uuid: project, environment_name: 'production', server_uuid: seeded(sb).main, instant_deploy: false })).json.uuid;
    const created = await api(sb, 'POST', `/databases/${db}/storages`, { type: 'persistent', name: 'x', mount_path: '/x' });
    expect(created.json.resource_type).toBe('App\\Models\\StandalonePostgresql');
    const patched = await api(sb, 'PATCH', `/databases/${db}/storages`, { uuid: created.json.uuid, type: 'persistent', mount_path: '/y' });
    expect(patched.json.resource).toMatchObject({ id: created.json.resource_id, uuid: db, database_type: 'standalone-postgresql' });
    for (const hidden of ['postgres_password', 'init_scripts', 'internal_db_url', 'environment']) expect(patched.json.resource).not.toHaveProperty(hidden);
  });
});
