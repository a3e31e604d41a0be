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
