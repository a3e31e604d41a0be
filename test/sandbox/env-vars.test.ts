import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { api, createImageApp, createProject } from './helpers.js';

interface Env {
  key: string;
  value?: string | null;
  is_preview: boolean;
  is_literal: boolean;
  is_multiline: boolean | null;
  uuid: string;
}

describe('sandbox env vars (API-NOTES §5)', () => {
  let sb: Sandbox;
  let app: string;
  beforeAll(async () => {
    sb = await startSandbox({ tokens: [{ token: '2|reader-token', abilities: ['read'] }] });
    app = await createImageApp(sb, await createProject(sb, 'envs'));
  });
  afterAll(async () => sb.close());

  const list = async (): Promise<Env[]> => (await api(sb, 'GET', `/applications/${app}/envs`)).json as Env[];

  it('creating a non-preview var auto-creates its preview copy; the list returns both', async () => {
    const r = await api(sb, 'POST', `/applications/${app}/envs`, { key: 'API_URL', value: 'https://x', is_buildtime: false, comment: 'managed' });
    expect(r.status).toBe(201);
    expect(Object.keys(r.json)).toEqual(['uuid']);
    const rows = (await list()).filter((e) => e.key === 'API_URL');
    expect(rows.map((e) => e.is_preview).sort()).toEqual([false, true]);
  });

  it('409 on a duplicate key', async () => {
    await api(sb, 'POST', `/applications/${app}/envs`, { key: 'DUP', value: '1' });
    const r = await api(sb, 'POST', `/applications/${app}/envs`, { key: 'DUP', value: '2' });
    expect(r.status).toBe(409);
    expect(r.json.message).toMatch(/already exists/);
  });

  it('is_build_time is 422 on POST (the name is is_buildtime)', async () => {
    const r = await api(sb, 'POST', `/applications/${app}/envs`, { key: 'BT', value: '1', is_build_time: true });
    expect(r.status).toBe(422);
    expect(r.json.errors.is_build_time).toEqual(['This field is not allowed.']);
  });

  it('rejects keys that do not match the key pattern', async () => {
    expect((await api(sb, 'POST', `/applications/${app}/envs`, { key: '1BAD-KEY', value: 'x' })).status).toBe(422);
  });

  it('PATCH is by key and not partial: omitted value becomes null, is_literal resets, a false flag stays', async () => {
    await api(sb, 'POST', `/applications/${app}/envs`, { key: 'LIT', value: 'v1', is_literal: true });
    const r = await api(sb, 'PATCH', `/applications/${app}/envs`, { key: 'LIT' });
    expect(r.status).toBe(201);
    const row = (await list()).find((e) => e.key === 'LIT' && !e.is_preview)!;
    expect(row.value).toBeNull();
    expect(row.is_literal).toBe(false);
    // `$env->is_multiline != $request->is_multiline` is false for false vs null: no change.
    expect(row.is_multiline).toBe(false);
    expect((await api(sb, 'PATCH', `/applications/${app}/envs`, { key: 'MISSING', value: 'x' })).status).toBe(404);
  });

  // Checked against Coolify 4.3.11: the loose compare sets a true flag to null, the NOT NULL
  // column refuses it, the answer is 500 and nothing is saved.
  it('PATCH that omits a flag which is true answers 500 and saves nothing', async () => {
    await api(sb, 'POST', `/applications/${app}/envs`, { key: 'ML', value: 'x', is_multiline: true });
    const r = await api(sb, 'PATCH', `/applications/${app}/envs`, { key: 'ML', value: 'y' });
    expect(r.status).toBe(500);
    expect(r.json).toEqual({ message: 'Server Error' });
    const row = (await list()).find((e) => e.key === 'ML' && !e.is_preview)!;
    expect(row).toMatchObject({ value: 'x', is_multiline: true });
    const ok = await api(sb, 'PATCH', `/applications/${app}/envs`, { key: 'ML', value: 'y', is_multiline: true });
    expect(ok.json).toMatchObject({ value: 'y', is_multiline: true, is_shown_once: false });
  });

  it('bulk upserts by key, never deletes, drops is_build_time silently', async () => {
    const before = (await list()).length;
    const r = await api(sb, 'PATCH', `/applications/${app}/envs/bulk`, {
      data: [
        { key: 'DUP', value: 'bulk-updated' },
        { key: 'NEW_ONE', value: 'n', is_build_time: true },
      ],
    });
    expect(r.status).toBe(201);
    expect(r.json).toHaveLength(2);
    const after = await list();
    expect(after.length).toBe(before + 2); // NEW_ONE + its preview copy
    expect(after.find((e) => e.key === 'DUP' && !e.is_preview)!.value).toBe('bulk-updated');
  });

  // Verified against the real Coolify 4.3.11: this order leaves two preview rows for B.
  it('bulk with each preview item right after its production key duplicates the later preview rows (cached relations)', async () => {
    const r = await api(sb, 'PATCH', `/applications/${app}/envs/bulk`, {
      data: [
        { key: 'ORD_A', value: 'a' }, { key: 'ORD_A', value: 'a-prev', is_preview: true },
        { key: 'ORD_B', value: 'b' }, { key: 'ORD_B', value: 'b-prev', is_preview: true },
      ],
    });
    expect(r.status).toBe(201);
    const rows = await list();
    const previews = (key: string): Array<string | null | undefined> => rows.filter((e) => e.key === key && e.is_preview).map((e) => e.value).sort();
    expect(previews('ORD_A')).toEqual(['a-prev']);
    expect(previews('ORD_B')).toEqual(['b', 'b-prev']);
  });

  it('production items in one call, preview items in a second: one preview row per key', async () => {
    await api(sb, 'PATCH', `/applications/${app}/envs/bulk`, { data: [{ key: 'TWO_A', value: 'a' }, { key: 'TWO_B', value: 'b' }] });
    await api(sb, 'PATCH', `/applications/${app}/envs/bulk`, {
      data: [{ key: 'TWO_A', value: 'a-prev', is_preview: true }, { key: 'TWO_B', value: 'b-prev', is_preview: true }],
    });
    const rows = await list();
    for (const k of ['TWO_A', 'TWO_B']) {
      expect(rows.filter((e) => e.key === k && e.is_preview).map((e) => e.value)).toEqual([`${k === 'TWO_A' ? 'a' : 'b'}-prev`]);
    }
  });

  it('value and real_value are left out for a token without read:sensitive', async () => {
    const rows = (await api(sb, 'GET', `/applications/${app}/envs`, undefined, { token: '2|reader-token' })).json as Array<Record<string, unknown>>;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect('value' in row).toBe(false);
      expect('real_value' in row).toBe(false);
    }
  });

  it('is_shown_once hides the value even from root for applications', async () => {
    await api(sb, 'POST', `/applications/${app}/envs`, { key: 'ONCE', value: 'secret', is_shown_once: true });
    const row = (await list()).find((e) => e.key === 'ONCE' && !e.is_preview)!;
    expect('value' in row).toBe(false);
  });

  it('deletes one variable by uuid', async () => {
    const row = (await list()).find((e) => e.key === 'DUP' && e.is_preview)!;
    expect((await api(sb, 'DELETE', `/applications/${app}/envs/${row.uuid}`)).status).toBe(200);
    expect((await list()).some((e) => e.uuid === row.uuid)).toBe(false);
  });

  it('database env vars: POST returns the env object; is_preview is not allowed', async () => {
    const p = await createProject(sb, 'dbenvs');
    const db = await api(sb, 'POST', '/databases/postgresql', { project_uuid: p, environment_name: 'production', server_uuid: sb.store.world.servers[0]!.uuid });
    const r = await api(sb, 'POST', `/databases/${db.json.uuid}/envs`, { key: 'PGTZ', value: 'UTC' });
    expect(r.status).toBe(201);
    expect(r.json.key).toBe('PGTZ');
    expect((await api(sb, 'POST', `/databases/${db.json.uuid}/envs`, { key: 'X1', value: 'a', is_preview: true })).status).toBe(422);
  });
});
