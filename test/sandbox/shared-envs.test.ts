/**
 * Shared variables as the real Coolify 4.3.11 answers them (checked against it): no uuid
 * (migration 2024_01_23_113129), create answers `201 {id}`, lookup by integer id only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { api, createProject } from './helpers.js';

describe('sandbox shared variables (SharedEnvironmentVariablesController.php)', () => {
  let sb: Sandbox;
  let p: string;
  beforeAll(async () => {
    sb = await startSandbox({ tokens: [{ token: '2|reader-token', abilities: ['read'] }] });
    p = await createProject(sb, 'shared');
  });
  afterAll(async () => sb.close());

  it('create answers 201 {id} only; records carry no uuid and no scope ids', async () => {
    const c = await api(sb, 'POST', `/projects/${p}/envs`, { key: 'H_SHARED', value: 'v1', is_literal: true, comment: 'c' });
    expect(c.status).toBe(201);
    expect(c.json).toEqual({ id: expect.any(Number) });
    const list = (await api(sb, 'GET', `/projects/${p}/envs`)).json as Array<Record<string, unknown>>;
    const row = list.find((e) => e.key === 'H_SHARED')!;
    expect(Object.keys(row).sort()).toEqual(['comment', 'created_at', 'id', 'is_literal', 'is_multiline', 'is_shown_once', 'key', 'type', 'updated_at', 'value']);
    const read = (await api(sb, 'GET', `/projects/${p}/envs`, undefined, { token: '2|reader-token' })).json as Array<Record<string, unknown>>;
    expect('value' in read[0]!).toBe(false);
    const team = await api(sb, 'POST', '/team/envs', { key: 'H_TEAM', value: 't' });
    expect(team.json).toEqual({ id: expect.any(Number) });
  });

  it('PATCH and DELETE by id; an unknown id is 404, a non-numeric one is 500 (bigint column)', async () => {
    const { id } = (await api(sb, 'POST', `/projects/${p}/envs`, { key: 'H_BYID', value: 'a' })).json as { id: number };
    const patched = await api(sb, 'PATCH', `/projects/${p}/envs/${id}`, { value: 'b' });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({ id, key: 'H_BYID', value: 'b', type: 'project' });
    expect('uuid' in patched.json).toBe(false);
    const missing = await api(sb, 'PATCH', `/projects/${p}/envs/999999`, { value: 'b' });
    expect([missing.status, missing.json.message]).toEqual([404, 'Environment variable not found.']);
    const word = await api(sb, 'DELETE', `/projects/${p}/envs/abcdefabcdefabcdefabcdef`);
    expect([word.status, word.json.message]).toEqual([500, 'Server Error']);
    const del = await api(sb, 'DELETE', `/projects/${p}/envs/${id}`);
    expect([del.status, del.json.message]).toEqual([200, 'Environment variable deleted.']);
  });
});

// What the apply lock rests on (docs/locking.md): 409 on a duplicate key, ids by create, and
// Coolify's own clock in `Date` and `updated_at`.
describe('sandbox team variables as the apply lock uses them', () => {
  it('a duplicate key is 409 with Coolify\'s message (SharedEnvironmentVariablesController.php:176-180); renaming onto one too (:222-227)', async () => {
    const sb = await startSandbox({});
    try {
      expect((await api(sb, 'POST', '/team/envs', { key: 'ADO_COOLIFY_LOCK_X', value: 'a' })).status).toBe(201);
      const dup = await api(sb, 'POST', '/team/envs', { key: 'ADO_COOLIFY_LOCK_X', value: 'b' });
      expect([dup.status, dup.json.message]).toEqual([409, 'Environment variable already exists. Use PATCH request to update it.']);
      const { id } = (await api(sb, 'POST', '/team/envs', { key: 'OTHER', value: 'c' })).json as { id: number };
      const rename = await api(sb, 'PATCH', `/team/envs/${id}`, { key: 'ADO_COOLIFY_LOCK_X' });
      expect([rename.status, rename.json.message]).toEqual([409, 'Environment variable already exists with this key.']);
    } finally {
      await sb.close();
    }
  });

  it('every answer is dated by the sandbox clock, the same clock that writes updated_at', async () => {
    let t = Date.parse('2030-01-02T03:04:05Z');
    const sb = await startSandbox({ now: () => t });
    try {
      const res = await fetch(`${sb.url}/api/v1/team/envs`, { headers: { Authorization: `Bearer ${sb.token}`, Accept: 'application/json' } });
      expect(res.headers.get('date')).toBe('Wed, 02 Jan 2030 03:04:05 GMT');
      const { id } = (await api(sb, 'POST', '/team/envs', { key: 'DATED', value: 'v' })).json as { id: number };
      t += 90_000;
      await api(sb, 'PATCH', `/team/envs/${id}`, { value: 'w' });
      const row = ((await api(sb, 'GET', '/team/envs')).json as Array<Record<string, unknown>>).find((e) => e.id === id)!;
      expect(Date.parse(String(row.created_at))).toBe(Date.parse('2030-01-02T03:04:05Z'));
      expect(Date.parse(String(row.updated_at))).toBe(Date.parse('2030-01-02T03:05:35Z'));
    } finally {
      await sb.close();
    }
  });
});
