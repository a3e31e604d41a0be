/**
 * Env var records as Coolify 4.3.11 answers them: a created model carries only the attributes
 * its create() set, a row read from the table carries every column; database and service bulk
 * upserts mass-assign the item; the appended flags follow the key and value.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { api, createImageApp, createProject, seeded } from './helpers.js';

const ROW_KEYS = [
  'comment', 'created_at', 'is_buildpack_control', 'is_buildtime', 'is_coolify', 'is_literal', 'is_multiline', 'is_preview', 'is_really_required',
  'is_required', 'is_runtime', 'is_shared', 'is_shown_once', 'key', 'order', 'real_value', 'updated_at', 'uuid', 'value', 'version',
];
const keys = (o: Record<string, unknown>): string[] => Object.keys(o).sort();
const without = (list: string[], drop: string[]): string[] => list.filter((k) => !drop.includes(k));

describe('sandbox env var records (EnvironmentVariable model, env controllers)', () => {
  let sb: Sandbox;
  let app: string;
  let db: string;
  let svc: string;
  beforeAll(async () => {
    sb = await startSandbox({ rateLimitPerMinute: 0 });
    const project = await createProject(sb, 'env-records');
    app = await createImageApp(sb, project);
    const place = { project_uuid: project, environment_name: 'production', server_uuid: seeded(sb).main };
    db = (await api(sb, 'POST', '/databases/postgresql', place)).json.uuid as string;
    svc = (await api(sb, 'POST', '/services', { ...place, docker_compose_raw: Buffer.from('services:\n  web:\n    image: nginx\n').toString('base64') })).json.uuid as string;
  });
  afterAll(async () => sb.close());

  it('database and service creates answer the created model: no is_preview, is_required or order', async () => {
    for (const path of [`/databases/${db}/envs`, `/services/${svc}/envs`]) {
      const r = await api(sb, 'POST', path, { key: 'CREATED', value: 'v' });
      expect(r.status).toBe(201);
      expect(keys(r.json)).toEqual(without(ROW_KEYS, ['is_preview', 'is_required', 'order']));
      // Read back from the table, the same variable has every column.
      const row = ((await api(sb, 'GET', path)).json as Array<Record<string, unknown>>).find((e) => e.key === 'CREATED')!;
      expect(keys(row)).toEqual(ROW_KEYS);
    }
  });

  it('application bulk: a created variable lacks is_required and order, an updated one is the full row', async () => {
    const r = await api(sb, 'PATCH', `/applications/${app}/envs/bulk`, { data: [{ key: 'BULK_NEW', value: 'a' }] });
    expect(keys(r.json[0])).toEqual(without(ROW_KEYS, ['is_required', 'order']));
    const again = await api(sb, 'PATCH', `/applications/${app}/envs/bulk`, { data: [{ key: 'BULK_NEW', value: 'b' }] });
    expect(keys(again.json[0])).toEqual(ROW_KEYS);
    expect(again.json[0]).toMatchObject({ value: 'b', is_multiline: false, is_shown_once: false });
  });

  it('database bulk: a new variable carries only what the item sent; fillable flags are stored', async () => {
    const r = await api(sb, 'PATCH', `/databases/${db}/envs/bulk`, { data: [{ key: 'K1', value: 'v' }] });
    expect(r.status).toBe(201);
    expect(keys(r.json[0])).toEqual([
      'created_at', 'is_buildpack_control', 'is_buildtime', 'is_coolify', 'is_really_required', 'is_runtime', 'is_shared', 'key', 'real_value',
      'updated_at', 'uuid', 'value', 'version',
    ]);
    // Checked against Coolify 4.3.11: updateOrCreate mass-assigns is_preview, is_runtime, is_required and order.
    const flags = await api(sb, 'PATCH', `/services/${svc}/envs/bulk`, { data: [{ key: 'GOOD', value: 'x', is_runtime: false, is_preview: true, order: 3, is_required: true }] });
    expect(flags.json[0]).toMatchObject({ is_runtime: false, is_preview: true, order: 3, is_required: true, is_really_required: false });
    // An existing row keeps what the item does not send (fill, not replace).
    const kept = await api(sb, 'PATCH', `/services/${svc}/envs/bulk`, { data: [{ key: 'GOOD', comment: 'c' }] });
    expect(kept.json[0]).toMatchObject({ value: 'x', comment: 'c', order: 3 });
  });

  it('bulk without data is 400 "Bulk data is required."; a bad item is 422 on its own keys, earlier items stay', async () => {
    for (const path of [`/applications/${app}/envs/bulk`, `/databases/${db}/envs/bulk`]) {
      const empty = await api(sb, 'PATCH', path, { data: [] });
      expect(empty.status).toBe(400);
      expect(empty.json).toEqual({ message: 'Bulk data is required.' });
    }
    const r = await api(sb, 'PATCH', `/databases/${db}/envs/bulk`, { data: [{ key: 'SAVED_FIRST', value: 'a' }, { key: '1bad' }] });
    expect(r.status).toBe(422);
    expect(r.json.errors).toEqual({ key: ['The key field format is invalid.'] });
    const rows = (await api(sb, 'GET', `/databases/${db}/envs`)).json as Array<{ key: string }>;
    expect(rows.map((e) => e.key)).toContain('SAVED_FIRST');
    const noKey = await api(sb, 'POST', `/applications/${app}/envs`, { value: 'x' });
    expect(noKey.json.errors).toEqual({ key: ['This field is required.'] });
  });

  it('database and service PATCH leave omitted flags as they are', async () => {
    await api(sb, 'POST', `/databases/${db}/envs`, { key: 'FLAGGED', value: 'v', is_multiline: true, is_literal: true });
    const r = await api(sb, 'PATCH', `/databases/${db}/envs`, { key: 'FLAGGED', value: 'w' });
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({ value: 'w', is_multiline: true, is_literal: true, is_shown_once: false });
  });

  it('values are trimmed; real_value is quoted, escaped or JSON as the model computes it; the appended flags follow the key', async () => {
    const post = async (body: Record<string, unknown>): Promise<Record<string, unknown>> => (await api(sb, 'POST', `/databases/${db}/envs`, body)).json;
    expect(await post({ key: 'SERVICE_X', value: ' spaced ' })).toMatchObject({ value: 'spaced', real_value: 'spaced', is_coolify: true });
    expect(await post({ key: 'ESC', value: 'a"b\'c\\d\te' })).toMatchObject({ real_value: 'a\\"b\\\'c\\\\d\\te' });
    expect(await post({ key: 'LITERAL', value: 'x', is_literal: true })).toMatchObject({ real_value: "'x'" });
    expect(await post({ key: 'JS', value: '{"a":1}', is_literal: true })).toMatchObject({ real_value: '{"a":1}' });
    expect(await post({ key: 'NIXPACKS_NODE_VERSION', value: '22' })).toMatchObject({ is_buildpack_control: true, is_coolify: false });
    expect(await post({ key: 'SHARED', value: '{{team.NOPE}}' })).toMatchObject({ is_shared: true, real_value: '{{team.NOPE}}' });
  });

  it('an application variable created with is_shown_once gets a preview copy that is not shown once', async () => {
    await api(sb, 'POST', `/applications/${app}/envs`, { key: 'ONCE_COPY', value: 's', is_shown_once: true });
    const rows = (await api(sb, 'GET', `/applications/${app}/envs`)).json as Array<{ key: string; is_preview: boolean; is_shown_once: boolean }>;
    expect(rows.filter((e) => e.key === 'ONCE_COPY').map((e) => [e.is_preview, e.is_shown_once])).toEqual([[false, true], [true, false]]);
  });
});
