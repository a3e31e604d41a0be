import { describe, expect, it } from 'vitest';
import { readProjectSnapshot, type ImportReaderClient } from '../../src/import/read-snapshot.js';
import type { WireRecord } from '../../src/import/types.js';

/** A fake client for `import`: one project with one environment and the given lists. */
function fake(lists: { applications?: unknown; databases?: unknown; storages?: unknown; services?: unknown; serviceTasks?: unknown } = {}): ImportReaderClient {
  const ok = <T>(v: unknown): Promise<T> => Promise.resolve(v as T);
  const none = { list: () => ok<WireRecord[]>([]) };
  return {
    projects: {
      list: () => ok([{ uuid: 'p1', name: 'shop' }]),
      get: () => ok({ uuid: 'p1', name: 'shop', environments: [{ id: 7, uuid: 'e1', name: 'production' }] }),
      sharedEnvs: none,
      environmentSharedEnvs: () => none,
    },
    servers: { list: () => ok([{ uuid: 's1', name: 'main' }]), resources: () => ok([]) },
    githubApps: none,
    privateKeys: none,
    applications: {
      list: () => ok(lists.applications ?? []),
      get: (u) => ok({ uuid: u, name: 'web', environment_id: 7 }),
      envs: { list: () => ok([{ key: 'A', value: '1' }]) },
      tags: none,
      storages: { list: () => ok(lists.storages ?? []) },
      scheduledTasks: { list: () => ok([{ uuid: 't1', name: 'gc' }]) },
    },
    databases: { list: () => ok(lists.databases ?? []), envs: none, tags: none },
    services: { list: () => ok(lists.services ?? []), envs: none, tags: none, scheduledTasks: { list: () => ok(lists.serviceTasks ?? []) } },
    send: () => ok([]),
  };
}

describe('readProjectSnapshot', () => {
  it('reads through the raw reader: env vars, tasks and backups as the state reader reads them', async () => {
    const snap = await readProjectSnapshot(
      fake({
        applications: [{ uuid: 'a1', name: 'web', environment_id: 7 }],
        databases: [{ uuid: 'd1', name: 'pg', environment_id: 7, database_type: 'standalone-postgresql', backup_configs: [{ id: 2, uuid: 'b2' }, { id: 1, uuid: 'b1' }] }],
      }),
      { project: 'shop' },
    );
    const env = snap.environments[0]!;
    expect(env.applications[0]!.envs).toEqual([{ key: 'A', value: '1' }]);
    expect(env.applications[0]!.scheduledTasks.map((t) => t.uuid)).toEqual(['t1']);
    expect(env.databases[0]!.record).not.toHaveProperty('backup_configs');
    expect(env.databases[0]!.backups.map((b) => b.uuid)).toEqual(['b1', 'b2']);
  });

  it('checks Coolify’s answers like the state reader does', async () => {
    await expect(readProjectSnapshot(fake({ databases: [{ uuid: 'd1', name: 'pg', environment_id: 'seven' }] }), { project: 'shop' })).rejects.toMatchObject({
      code: 'COOLIFY_UNEXPECTED_ANSWER',
      message: expect.stringContaining('GET /databases (item 0)'),
    });
    await expect(readProjectSnapshot(fake({ applications: { message: 'Unauthenticated.' } }), { project: 'shop' })).rejects.toMatchObject({
      code: 'COOLIFY_UNEXPECTED_ANSWER',
    });
  });
});
