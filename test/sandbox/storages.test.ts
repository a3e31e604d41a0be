/**
 * Storages as the real Coolify 4.3.11 answers them: persistent volume names are stored as
 * `{owner_uuid}-{name}` (ApplicationsController.php:4898, DatabasesController.php:4148); a
 * file storage's `content` is hidden without read:sensitive (LocalFileVolume.php:30-32).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { api, createImageApp, createProject } from './helpers.js';

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
});
